package io.autoposter.server.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content fingerprint reconciliation matches read-back posts by: SHA-256 (16 hex digits) of the
 * text with whitespace collapsed, so a platform that trims or folds spaces still matches.
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(String text) {
    String normal = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean same(String a, String b) {
    return of(a).equals(of(b));
  }
}
