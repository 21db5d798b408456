package io.autoposter.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionRulesTest {

  @Test
  void captionOverTheXLimitIsAnError() {
    List<Finding> findings = CaptionRules.check("a".repeat(281), List.of(Network.X));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("X_TOO_LONG");
              assertThat(f.blocksScheduling()).isTrue();
              assertThat(f.message()).contains("280").contains("281").contains("1 too many");
            });
  }

  @Test
  void emojiCountsTwiceOnXAndOnceElsewhere() {
    String caption = "🍕".repeat(140);
    assertThat(CaptionRules.measure(Network.X, caption).used()).isEqualTo(280);
    assertThat(CaptionRules.measure(Network.LINKEDIN, caption).used()).isEqualTo(140);
    assertThat(CaptionRules.check(caption, List.of(Network.X)))
        .noneMatch(Finding::blocksScheduling);
    assertThat(CaptionRules.check(caption + "🍕", List.of(Network.X)))
        .anyMatch(Finding::blocksScheduling);
  }

  @Test
  void sameCaptionCanFitOneNetworkAndNotAnother() {
    List<Finding> findings =
        CaptionRules.check("b".repeat(2_500), List.of(Network.INSTAGRAM, Network.LINKEDIN));
    assertThat(findings).extracting(Finding::network).containsExactly(Network.INSTAGRAM);
  }

  @Test
  void nearTheLimitIsAWarningOnly() {
    List<Finding> findings = CaptionRules.check("c".repeat(270), List.of(Network.X));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("10 characters left");
            });
  }

  @Test
  void blankCaptionIsAnError() {
    assertThat(CaptionRules.check("  ", List.of(Network.FACEBOOK)))
        .extracting(Finding::code)
        .containsExactly(CaptionRules.EMPTY);
  }

  @Test
  void facebookAboveItsLimitIsAnError() {
    assertThat(CaptionRules.check("e".repeat(63_207), List.of(Network.FACEBOOK)))
        .extracting(Finding::code)
        .containsExactly("FACEBOOK_TOO_LONG");
  }
}
