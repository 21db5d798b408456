package io.autoposter.desktop.account;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Draws a QR code into a JavaFX image: black modules on white with the standard 4-module quiet
 * zone, each module a whole number of pixels so the code stays crisp (and scannable in the dark
 * theme, since the white is part of the image).
 */
final class QrCode {

  private static final int QUIET_ZONE = 4;

  private QrCode() {}

  /** An image of about {@code targetSize} pixels square (whole pixels per module). */
  static WritableImage render(String text, int targetSize) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      0,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code", e);
    }
    int modules = matrix.getWidth() + 2 * QUIET_ZONE;
    int scale = Math.max(1, Math.round((float) targetSize / modules));
    int size = modules * scale;
    WritableImage image = new WritableImage(size, size);
    PixelWriter pixels = image.getPixelWriter();
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int mx = x / scale - QUIET_ZONE;
        int my = y / scale - QUIET_ZONE;
        boolean dark =
            mx >= 0
                && my >= 0
                && mx < matrix.getWidth()
                && my < matrix.getHeight()
                && matrix.get(mx, my);
        pixels.setColor(x, y, dark ? Color.BLACK : Color.WHITE);
      }
    }
    return image;
  }
}
