package io.autoposter.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizesTest {

  @Test
  void sizesReadLikePeopleSayThem() {
    assertThat(Sizes.of(1)).isEqualTo("1 byte");
    assertThat(Sizes.of(512)).isEqualTo("512 bytes");
    assertThat(Sizes.of(48_200)).isEqualTo("48.2 KB");
    assertThat(Sizes.of(2_400_000)).isEqualTo("2.4 MB");
    assertThat(Sizes.of(10_000_000)).isEqualTo("10 MB");
    assertThat(Sizes.of(250_400_000)).isEqualTo("250 MB");
    assertThat(Sizes.progress(3_200_000, 10_000_000)).isEqualTo("3.2 of 10 MB");
    assertThat(Sizes.progress(120_000, 800_000)).isEqualTo("120 of 800 KB");
  }

  @Test
  void snippetsCutAtAWordAndNeverSplitAnEmoji() {
    assertThat(Snippets.of("Short", 10)).isEqualTo("Short");
    assertThat(Snippets.of("one\ntwo   three", 40)).isEqualTo("one two three");
    assertThat(Snippets.of("Autumn menu is here with truffles", 20))
        .isEqualTo("Autumn menu is here…");
    assertThat(Snippets.of("🍕".repeat(10), 5)).isEqualTo("🍕🍕🍕🍕…");
  }

  @Test
  void rightToLeftIsTheFirstStrongCharacter() {
    assertThat(TextDirection.isRightToLeft("مرحبا بكم")).isTrue();
    assertThat(TextDirection.isRightToLeft("🍕 שלום")).isTrue();
    assertThat(TextDirection.isRightToLeft("123 Hello مرحبا")).isFalse();
    assertThat(TextDirection.isRightToLeft("")).isFalse();
  }
}
