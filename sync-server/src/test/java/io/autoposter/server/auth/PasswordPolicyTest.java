package io.autoposter.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.server.api.ProblemException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void shipsTheCommonPasswordList() {
    assertThat(PasswordPolicy.listSize()).isGreaterThan(10_000);
  }

  @Test
  void lengthIsCountedInCharactersFrom12To128() {
    assertThat(code("a".repeat(11))).isEqualTo("PASSWORD_LENGTH");
    assertThat(code("a".repeat(129))).isEqualTo("PASSWORD_LENGTH");
    assertThat(PasswordPolicy.check("plenty long enough")).isEqualTo("plenty long enough");
    assertThat(PasswordPolicy.check("🔒".repeat(12))).hasSize(24);
  }

  @Test
  void commonPasswordsAreRefusedIgnoringCase() {
    assertThat(code("password1234")).isEqualTo("PASSWORD_TOO_COMMON");
    assertThat(code("PASSWORD1234")).isEqualTo("PASSWORD_TOO_COMMON");
  }

  private static String code(String password) {
    try {
      PasswordPolicy.check(password);
      return "accepted";
    } catch (ProblemException e) {
      return e.problem().code();
    }
  }

  @Test
  void nullIsTooShort() {
    assertThatThrownBy(() -> PasswordPolicy.check(null)).isInstanceOf(ProblemException.class);
  }
}
