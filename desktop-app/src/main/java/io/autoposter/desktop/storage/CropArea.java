package io.autoposter.desktop.storage;

/** A rectangle of a picture in its own pixels, from its top left corner: what a crop keeps. */
public record CropArea(int x, int y, int width, int height) {

  public CropArea {
    if (x < 0 || y < 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a crop needs a place in the picture and a size");
    }
  }
}
