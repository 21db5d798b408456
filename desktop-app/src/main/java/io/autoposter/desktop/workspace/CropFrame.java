package io.autoposter.desktop.workspace;

import io.autoposter.desktop.storage.CropArea;

/**
 * A crop frame over a picture of {@code imageWidth} × {@code imageHeight} pixels, in whole pixels:
 * always inside the picture, always of the chosen shape. Pure geometry for the crop dialog.
 */
record CropFrame(int imageWidth, int imageHeight, int x, int y, int width, int height) {

  CropFrame {
    if (imageWidth <= 0 || imageHeight <= 0) {
      throw new IllegalArgumentException("a picture has a size");
    }
    if (width <= 0 || height <= 0 || x < 0 || y < 0) {
      throw new IllegalArgumentException("a crop frame has a size and lies in the picture");
    }
    if (x + width > imageWidth || y + height > imageHeight) {
      throw new IllegalArgumentException("a crop frame lies inside the picture");
    }
  }

  /**
   * The largest frame of {@code widthPerHeight} that fits the picture, centred. When rounding to
   * whole pixels, the frame leans towards square, so a 1.91:1 crop is never wider than 1.91:1 and a
   * 4:5 crop never narrower than 4:5 (the limits networks check).
   */
  static CropFrame largest(int imageWidth, int imageHeight, double widthPerHeight) {
    if (!(widthPerHeight > 0)) {
      throw new IllegalArgumentException("a crop shape has a positive ratio");
    }
    int width;
    int height;
    if (imageWidth / (double) imageHeight > widthPerHeight) {
      // The picture is wider than the shape: full height, narrower width.
      height = imageHeight;
      double exact = height * widthPerHeight;
      width = widthPerHeight >= 1 ? (int) Math.floor(exact) : (int) Math.ceil(exact);
      width = Math.max(1, Math.min(imageWidth, width));
    } else {
      width = imageWidth;
      double exact = width / widthPerHeight;
      height = widthPerHeight >= 1 ? (int) Math.ceil(exact) : (int) Math.floor(exact);
      height = Math.max(1, Math.min(imageHeight, height));
    }
    return new CropFrame(
        imageWidth,
        imageHeight,
        (imageWidth - width) / 2,
        (imageHeight - height) / 2,
        width,
        height);
  }

  /** This frame moved by ({@code dx}, {@code dy}) pixels, stopping at the picture's edges. */
  CropFrame moveBy(double dx, double dy) {
    return moveTo(x + dx, y + dy);
  }

  /** This frame with its top left corner at ({@code left}, {@code top}), kept inside. */
  CropFrame moveTo(double left, double top) {
    int newX = (int) Math.round(Math.clamp(left, 0, imageWidth - width));
    int newY = (int) Math.round(Math.clamp(top, 0, imageHeight - height));
    return new CropFrame(imageWidth, imageHeight, newX, newY, width, height);
  }

  /** True when the frame keeps the whole picture (nothing to crop). */
  boolean isWholePicture() {
    return width == imageWidth && height == imageHeight;
  }

  CropArea area() {
    return new CropArea(x, y, width, height);
  }

  /** "1080 × 1350 px". */
  String sizeText() {
    return width + " × " + height + " px";
  }
}
