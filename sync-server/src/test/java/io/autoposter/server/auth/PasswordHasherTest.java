package io.autoposter.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void hashIsArgon2idPhcStringWithOwaspParameters() {
    String hash = hasher.hash("a long enough password");

    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hash).doesNotContain("a long enough password");
  }

  @Test
  void sameInputHashesDifferentlyBecauseOfTheSalt() {
    assertThat(hasher.hash("same password here")).isNotEqualTo(hasher.hash("same password here"));
  }

  @Test
  void onlyTheRightPasswordMatches() {
    String hash = hasher.hash("the right password");

    assertThat(hasher.matches("the right password", hash)).isTrue();
    assertThat(hasher.matches("the wrong password", hash)).isFalse();
    assertThat(hasher.matches("the right password", "not a phc string")).isFalse();
  }

  @Test
  void tokenHashIsHexSha256AndNeverTheToken() {
    String token = new SessionTokens().newToken();

    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(SessionTokens.hash(token)).matches("[0-9a-f]{64}").isNotEqualTo(token);
  }
}
