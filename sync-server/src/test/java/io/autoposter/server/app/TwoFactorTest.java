package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.api.OneTimeCodeRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.model.api.TotpEnrollment;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-factor over HTTP: enrol, confirm, sign in with a code or a recovery code, switch off. */
class TwoFactorTest {
  @TempDir Path dataDir;

  @Test
  void enrolConfirmAndSignInWithCodes() throws Exception {
    MutableClock clock = MutableClock.startingNow();
    try (TestServer server = TestServer.start(dataDir, Map.of(), clock)) {
      SessionResponse owner = server.register("TOTP Agency");
      Reply started = server.post("/api/v1/auth/totp/enrollment", owner.token(), "{}");
      assertThat(started.status()).isEqualTo(201);
      TotpEnrollment enrollment = started.as(TotpEnrollment.class);
      assertThat(enrollment.otpauthUri())
          .startsWith("otpauth://totp/Autoposter:")
          .contains("secret=" + enrollment.secret())
          .contains("issuer=Autoposter");
      assertThat(enrollment.recoveryCodes())
          .hasSize(10)
          .allMatch(c -> c.matches("[0-9a-z]{4}-[0-9a-z]{4}"));

      assertThat(confirm(server, owner, "000000").problem().code())
          .isEqualTo("INVALID_ONE_TIME_CODE");
      String code = code(enrollment.secret(), clock);
      assertThat(confirm(server, owner, code).status()).isEqualTo(204);

      Reply noCode = server.signIn(owner.email(), TestServer.PASSWORD);
      assertThat(noCode.status()).isEqualTo(401);
      assertThat(noCode.problem().code()).isEqualTo("TWO_FACTOR_REQUIRED");
      // The code that confirmed the enrolment cannot be used again in the same time step.
      assertThat(signIn(server, owner, code).problem().code()).isEqualTo("INVALID_ONE_TIME_CODE");

      clock.advance(Duration.ofSeconds(30));
      String next = code(enrollment.secret(), clock);
      assertThat(signIn(server, owner, next).status()).isEqualTo(200);
      assertThat(signIn(server, owner, next).status()).isEqualTo(401);

      String recovery = enrollment.recoveryCodes().getFirst();
      assertThat(signIn(server, owner, recovery.toUpperCase()).status()).isEqualTo(200);
      assertThat(signIn(server, owner, recovery).status()).isEqualTo(401);

      clock.advance(Duration.ofSeconds(30));
      Reply off =
          server.post(
              "/api/v1/auth/totp/disable",
              owner.token(),
              new OneTimeCodeRequest(code(enrollment.secret(), clock)));
      assertThat(off.status()).as(off.body()).isEqualTo(204);
      assertThat(server.signIn(owner.email(), TestServer.PASSWORD).status()).isEqualTo(200);
    }
  }

  @Test
  void wrongCodesAreRateLimited() {
    MutableClock clock = MutableClock.startingNow();
    try (TestServer server = TestServer.start(dataDir, Map.of(), clock)) {
      SessionResponse owner = server.register("Guess Agency");
      server.post("/api/v1/auth/totp/enrollment", owner.token(), "{}");
      for (int i = 0; i < 6; i++) {
        assertThat(confirm(server, owner, "000000").status()).isEqualTo(400);
      }
      Reply limited = confirm(server, owner, "000000");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.problem().code()).isEqualTo("RATE_LIMITED");
    }
  }

  private static Reply confirm(TestServer server, SessionResponse session, String code) {
    return server.post(
        "/api/v1/auth/totp/enrollment/confirm", session.token(), new OneTimeCodeRequest(code));
  }

  private static Reply signIn(TestServer server, SessionResponse session, String code) {
    return server.post(
        "/api/v1/auth/sign-in",
        null,
        new SignInRequest(session.email(), TestServer.PASSWORD, "phone", code));
  }

  /** What an authenticator app shows: RFC 6238 with HMAC-SHA1, 6 digits, 30 s. */
  static String code(String base32Secret, java.time.Clock clock) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
      long step = clock.instant().getEpochSecond() / 30;
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[19] & 0xf;
      int value = (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000;
      return "%06d".formatted(value);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
