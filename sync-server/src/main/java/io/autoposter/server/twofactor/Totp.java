package io.autoposter.server.twofactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords over RFC 4226 HOTP with HMAC-SHA1. */
final class Totp {
  static final int STEP_SECONDS = 30;
  static final int DIGITS = 6;

  /** Accepts the previous and the next step too, for clocks a little off. */
  static final int WINDOW = 1;

  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private Totp() {}

  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The HOTP value of the step, zero-padded to {@code digits}. */
  static String code(byte[] secret, long step, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      String value = Integer.toString(binary % POWERS[digits]);
      return "0".repeat(digits - value.length()) + value;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
    }
  }

  /**
   * The step the code belongs to when it matches one within the window and is newer than {@code
   * lastUsedStep} (a code is accepted once); empty otherwise.
   */
  static OptionalLong verify(byte[] secret, String code, Instant now, long lastUsedStep) {
    if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      boolean same =
          MessageDigest.isEqual(
              code(secret, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
              code.getBytes(StandardCharsets.US_ASCII));
      if (same && step > lastUsedStep) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }
}
