package io.autoposter.desktop.storage;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Cuts a rectangle out of a picture and writes it as a new JPEG (the original file is never
 * touched). Transparent parts become white, as JPEG has no transparency.
 */
final class PictureCrop {

  static final float QUALITY = 0.92f;

  private PictureCrop() {}

  /** Writes the {@code area} of the picture in {@code source} to {@code target} as JPEG. */
  static void write(Path source, CropArea area, Path target) throws IOException {
    BufferedImage picture = ImageIO.read(source.toFile());
    if (picture == null) {
      throw new IllegalArgumentException("This picture cannot be cropped: its format is unknown.");
    }
    if (area.x() + area.width() > picture.getWidth()
        || area.y() + area.height() > picture.getHeight()) {
      throw new IllegalArgumentException("The crop reaches outside the picture.");
    }
    BufferedImage crop = new BufferedImage(area.width(), area.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = crop.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, area.width(), area.height());
      g.drawImage(
          picture,
          0,
          0,
          area.width(),
          area.height(),
          area.x(),
          area.y(),
          area.x() + area.width(),
          area.y() + area.height(),
          null);
    } finally {
      g.dispose();
    }
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(target))) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.setOutput(out);
      writer.write(null, new IIOImage(crop, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
