package io.autoposter.desktop.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Images generated for tests: a logo in memory, food photos as files. */
public final class TestImages {

  /** A 64×64 PNG: a rounded orange square with a white "R". */
  public static final byte[] PNG = logo();

  private TestImages() {}

  private static byte[] logo() {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xC2, 0x41, 0x0C));
    g.fillRoundRect(0, 0, 64, 64, 18, 18);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
    g.drawString("R", 19, 47);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A JPEG that looks like a photo: a warm table, a plate, a bowl of risotto. */
  public static Path foodPhoto(Path file, int width, int height, Color table) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, table, width, height, table.darker().darker()));
    g.fillRect(0, 0, width, height);
    int plate = Math.min(width, height) * 2 / 3;
    int cx = width * 3 / 5;
    int cy = height / 2;
    g.setColor(new Color(245, 243, 238));
    g.fillOval(cx - plate / 2, cy - plate / 2, plate, plate);
    g.setColor(new Color(232, 205, 140));
    g.fillOval(cx - plate / 3, cy - plate / 3, plate * 2 / 3, plate * 2 / 3);
    g.setColor(new Color(110, 140, 60));
    for (int i = 0; i < 9; i++) {
      g.fillOval(
          cx - plate / 5 + (i * 37) % (plate / 3), cy - plate / 6 + (i * 53) % (plate / 3), 26, 16);
    }
    g.dispose();
    ImageIO.write(image, "jpeg", file.toFile());
    return file;
  }
}
