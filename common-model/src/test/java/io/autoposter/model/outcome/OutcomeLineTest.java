package io.autoposter.model.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Network;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeLineTest {

  @Test
  void aPublishedLineGivesItsNetworkAndPermalink() {
    List<OutcomeLine> lines =
        OutcomeLine.parse(
            OutcomeLine.join(
                List.of(
                    "Published to X (@trattoriaroma): https://x.example/i/web/status/17",
                    "",
                    "Published to LinkedIn (Trattoria Roma): https://www.linkedin.example/feed/update/urn:li:share:9 — the first comment could not be added.")));

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .isEqualTo(
            new OutcomeLine(
                Optional.of(Network.X),
                true,
                "Published to X (@trattoriaroma)",
                Optional.of("https://x.example/i/web/status/17"),
                FixAction.NONE));
    assertThat(lines.get(1).network()).contains(Network.LINKEDIN);
    assertThat(lines.get(1).permalink())
        .contains("https://www.linkedin.example/feed/update/urn:li:share:9");
    assertThat(lines.get(1).text())
        .isEqualTo(
            "Published to LinkedIn (Trattoria Roma) — the first comment could not be added.");
  }

  @Test
  void aProblemLineGivesItsNetworkAndFix() {
    OutcomeLine line =
        OutcomeLine.parse(
                "Instagram says Autoposter's access to @trattoriaroma has expired or was revoked. "
                    + FixAction.RECONNECT_ACCOUNT.words())
            .getFirst();

    assertThat(line.published()).isFalse();
    assertThat(line.network()).contains(Network.INSTAGRAM);
    assertThat(line.fix()).isEqualTo(FixAction.RECONNECT_ACCOUNT);
    assertThat(line.permalink()).isEmpty();
  }

  @Test
  void linesWithoutPermalinkOrKnownWordsStayAsTheyAre() {
    assertThat(OutcomeLine.parse("Published to sandbox as sbx-12."))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.published()).isTrue();
              assertThat(l.permalink()).isEmpty();
              assertThat(l.network()).isEmpty();
            });
    assertThat(OutcomeLine.parse("X: the post for @shop is held because Autoposter found it late."))
        .singleElement()
        .satisfies(l -> assertThat(l.network()).contains(Network.X));
    assertThat(OutcomeLine.parse("  ")).isEmpty();
    assertThat(OutcomeLine.parse(null)).isEmpty();
  }
}
