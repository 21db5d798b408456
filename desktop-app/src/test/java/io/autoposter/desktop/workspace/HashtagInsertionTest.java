package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HashtagInsertionTest {

  private static final List<String> DINNER = List.of("#pasta", "#roma", "#cena");

  @Test
  void atTheEndOfAWordASpaceComesFirst() {
    assertThat(HashtagInsertion.at("Tonight's special", 17, DINNER))
        .isEqualTo(" #pasta #roma #cena");
  }

  @Test
  void afterASpaceNoExtraSpace() {
    assertThat(HashtagInsertion.at("Tonight ", 8, DINNER)).isEqualTo("#pasta #roma #cena");
  }

  @Test
  void inTheMiddleOfTextBothSidesGetASpace() {
    assertThat(HashtagInsertion.at("ab", 1, List.of("#x"))).isEqualTo(" #x ");
  }

  @Test
  void tagsAlreadyInTheTextAreLeftOutIgnoringCase() {
    assertThat(HashtagInsertion.at("Risotto #Roma, tonight", 22, DINNER))
        .isEqualTo(" #pasta #cena");
  }

  @Test
  void nothingWhenEveryTagIsThere() {
    assertThat(HashtagInsertion.at("#pasta #roma #cena", 18, DINNER)).isEmpty();
  }

  @Test
  void anEmptyCaptionGetsJustTheTags() {
    assertThat(HashtagInsertion.at("", 0, DINNER)).isEqualTo("#pasta #roma #cena");
  }

  @Test
  void aCaretOutsideTheTextIsClamped() {
    assertThat(HashtagInsertion.at("Hi", 99, List.of("#x"))).isEqualTo(" #x");
  }
}
