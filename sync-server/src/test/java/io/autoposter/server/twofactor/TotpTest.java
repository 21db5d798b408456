package io.autoposter.server.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B (SHA-1) test vectors, plus our 6-digit, ±1 step, no-reuse rules. */
class TotpTest {
  private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void matchesTheRfcVectors(long seconds, String expected) {
    long step = Totp.step(Instant.ofEpochSecond(seconds));

    assertThat(Totp.code(SECRET, step, 8)).isEqualTo(expected);
    // Six digits are the last six of the same truncated value.
    assertThat(Totp.code(SECRET, step, 6)).isEqualTo(expected.substring(2));
  }

  @Test
  void acceptsOneStepEitherSideAndNeverTheSameStepTwice() {
    Instant now = Instant.ofEpochSecond(1111111111);
    long step = Totp.step(now);

    assertThat(Totp.verify(SECRET, Totp.code(SECRET, step - 1, 6), now, 0)).hasValue(step - 1);
    assertThat(Totp.verify(SECRET, Totp.code(SECRET, step + 1, 6), now, 0)).hasValue(step + 1);
    assertThat(Totp.verify(SECRET, Totp.code(SECRET, step - 2, 6), now, 0)).isEmpty();
    assertThat(Totp.verify(SECRET, Totp.code(SECRET, step, 6), now, step)).isEmpty();
    assertThat(Totp.verify(SECRET, "12345", now, 0)).isEmpty();
  }

  @Test
  void base32RoundTripsAndMatchesRfc4648() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.decode("MZXW6YTBOI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void secretBoxBindsTheAssociatedData(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    SecretBox box = SecretBox.openOrCreate(dir.resolve("secrets").resolve("server.key"));
    String sealed = box.seal("JBSWY3DPEHPK3PXP", "totp|a");

    assertThat(sealed).doesNotContain("JBSWY3DPEHPK3PXP");
    assertThat(
            SecretBox.openOrCreate(dir.resolve("secrets").resolve("server.key"))
                .open(sealed, "totp|a"))
        .isEqualTo("JBSWY3DPEHPK3PXP");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> box.open(sealed, "totp|b"))
        .isInstanceOf(IllegalStateException.class);
  }
}
