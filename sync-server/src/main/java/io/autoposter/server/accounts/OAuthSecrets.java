package io.autoposter.server.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** States, PKCE verifiers and challenges (RFC 7636, S256), and the hash a state is stored as. */
final class OAuthSecrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private OAuthSecrets() {}

  /** 256 random bits, base64url: states and PKCE verifiers (43 characters, RFC 7636). */
  static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The S256 code challenge: base64url(SHA-256(verifier)) without padding. */
  static String challenge(String verifier) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  /** What the database keeps of a state: its SHA-256 in hex. */
  static String hash(String state) {
    return HexFormat.of().formatHex(sha256(state.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
