package io.autoposter.desktop.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A picture's width and height read from its header, without decoding the pixels, so the rules
 * engine can check aspect ratios (Instagram's 4:5 to 1.91:1) before anything is uploaded.
 */
record ImageSize(int width, int height) {

  /** The size of the picture in {@code file}; empty for videos and formats ImageIO cannot read. */
  static Optional<ImageSize> of(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        return width > 0 && height > 0
            ? Optional.of(new ImageSize(width, height))
            : Optional.empty();
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      // A picture whose header ImageIO cannot parse is still attachable; the ratio stays unknown.
      return Optional.empty();
    }
  }
}
