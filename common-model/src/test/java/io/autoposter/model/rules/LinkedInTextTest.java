package io.autoposter.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkedInTextTest {

  @Test
  void everyReservedCharacterIsEscaped() {
    assertThat(LinkedInText.escape("\\|{}@[]()<>#*_~"))
        .isEqualTo("\\\\\\|\\{\\}\\@\\[\\]\\(\\)\\<\\>\\#\\*\\_\\~");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Hello, world!;Hello, world!",
        "#launch day;\\#launch day",
        "mail me@example.com (soon);mail me\\@example.com \\(soon\\)",
        "snake_case ~ 5 * 3;snake\\_case \\~ 5 \\* 3",
        "é 😀 ok? yes.;é 😀 ok? yes.",
      })
  void escapesOnlyTheReservedCharacters(String in, String out) {
    assertThat(LinkedInText.escape(in)).isEqualTo(out);
  }
}
