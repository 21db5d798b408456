package io.autoposter.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class XThreadTest {

  @Test
  void aCaptionWithoutSeparatorIsOneTweetAsTyped() {
    XThread thread = XThread.of("Pizza night\n\n--- not a separator ---\nwith dashes");
    assertThat(thread.isThread()).isFalse();
    assertThat(thread.tweets())
        .containsExactly("Pizza night\n\n--- not a separator ---\nwith dashes");
  }

  @Test
  void separatorLinesSplitTweetsAndTheBlankLinesAroundThemGo() {
    XThread thread =
        XThread.of("1/ Our new menu 🍕\n\n---\n2/ Starters\nand more\r\n  ---  \n3/ Book now");
    assertThat(thread.tweets())
        .containsExactly("1/ Our new menu 🍕", "2/ Starters\nand more", "3/ Book now");
  }

  @Test
  void eachTweetIsHeldToTheLimitOnItsOwn() {
    String caption = "a".repeat(250) + "\n---\n" + "b".repeat(281) + "\n---\nshort";
    List<Finding> findings = CaptionRules.check(caption, List.of(Network.X));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("X_TOO_LONG");
              assertThat(f.message())
                  .contains("Tweet 2 of 3")
                  .contains("281")
                  .contains("1 too many");
            });
    assertThat(CaptionRules.measure(Network.X, caption).used()).isEqualTo(281);
  }

  @Test
  void aThreadOfShortTweetsPassesThoughTheWholeIsLong() {
    String caption =
        String.join("\n---\n", List.of("x".repeat(200), "y".repeat(200), "z".repeat(200)));
    assertThat(CaptionRules.check(caption, List.of(Network.X))).isEmpty();
    assertThat(CaptionRules.measure(Network.X, caption).exceeded()).isFalse();
  }

  @Test
  void anEmptyTweetAndTooManyTweetsAreErrors() {
    assertThat(CaptionRules.check("one\n---\n---\nthree", List.of(Network.X)))
        .extracting(Finding::code, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "X_THREAD_EMPTY_TWEET", "Tweet 2 of 3 is empty: remove the extra --- line."));
    String long26 = String.join("\n---\n", java.util.Collections.nCopies(26, "tweet"));
    assertThat(CaptionRules.check(long26, List.of(Network.X)))
        .extracting(Finding::code)
        .containsExactly("X_THREAD_TOO_LONG");
  }

  @Test
  void otherNetworksWarnThatTheyShowTheSeparator() {
    List<Finding> findings =
        CaptionRules.check("one\n---\ntwo", List.of(Network.X, Network.LINKEDIN));
    assertThat(findings)
        .extracting(Finding::network, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Network.LINKEDIN, "THREAD_SEPARATOR_SHOWN"));
    assertThat(findings.getFirst().blocksScheduling()).isFalse();
  }
}
