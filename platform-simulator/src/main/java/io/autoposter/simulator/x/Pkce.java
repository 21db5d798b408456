package io.autoposter.simulator.x;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** RFC 7636: does the verifier match the challenge sent to the authorize step? */
final class Pkce {
  private Pkce() {}

  static boolean matches(String challenge, String method, String verifier) {
    if (verifier == null || verifier.length() < 43 || verifier.length() > 128) {
      return false;
    }
    if (method.equalsIgnoreCase("plain")) {
      return MessageDigest.isEqual(
          challenge.getBytes(StandardCharsets.US_ASCII),
          verifier.getBytes(StandardCharsets.US_ASCII));
    }
    return MessageDigest.isEqual(
        challenge.getBytes(StandardCharsets.US_ASCII),
        s256(verifier).getBytes(StandardCharsets.US_ASCII));
  }

  static String s256(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
