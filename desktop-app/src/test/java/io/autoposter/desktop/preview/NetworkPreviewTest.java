package io.autoposter.desktop.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.rules.PostRules;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each feed shows of a post, decided without the toolkit. */
class NetworkPreviewTest {

  static final String LONG =
      "Our autumn menu is here! 🍂 Slow-cooked ragù, hand-rolled pappardelle and a pumpkin risotto"
          + " that tastes like Sunday at nonna's. Book your table for the launch weekend — the first"
          + " 50 guests get a free glass of Chianti. #TrattoriaRoma #autumn";

  static Post post(String caption, Set<Network> networks, List<MediaRef> media) {
    return new Post(
        PostId.random(),
        BrandId.random(),
        caption,
        "Book at trattoria-roma.it",
        Map.of(),
        networks,
        Set.of(),
        media,
        Set.of(),
        null,
        ZoneId.of("Europe/Rome"),
        PostStatus.DRAFT,
        "");
  }

  static MediaRef picture(char digit, int width, int height) {
    return new MediaRef(String.valueOf(digit).repeat(64), "image/jpeg", 200_000, width, height);
  }

  static NetworkPreview preview(Post post, Network network) {
    return NetworkPreview.of(post, network, "Trattoria Roma", PostRules.check(post));
  }

  @Test
  void instagramCutsAfterAbout125CharactersWithMoreAndNeedsAPicture() {
    NetworkPreview ig =
        preview(post(LONG, Set.of(Network.INSTAGRAM), List.of()), Network.INSTAGRAM);

    assertThat(ig.truncated()).isTrue();
    assertThat(ig.moreLabel()).isEqualTo("… more");
    assertThat(ig.text().length()).isLessThanOrEqualTo(NetworkPreview.INSTAGRAM_CHARS);
    assertThat(LONG).startsWith(ig.text());
    assertThat(ig.text()).doesNotEndWith(" ");
    assertThat(ig.handle()).isEqualTo("@trattoriaroma");
    assertThat(ig.mediaRequiredMissing()).isTrue();
    assertThat(ig.findings()).extracting(f -> f.code()).contains("INSTAGRAM_MEDIA_REQUIRED");
    assertThat(ig.firstComment()).isEqualTo("Book at trattoria-roma.it");
  }

  @Test
  void instagramCropsAPanoramaToItsWidestRatioAndShowsTheCarouselCount() {
    Post carousel =
        post(
            "Terrace views",
            Set.of(Network.INSTAGRAM),
            List.of(picture('a', 3000, 1000), picture('b', 1080, 1080), picture('c', 1080, 1350)));

    NetworkPreview ig = preview(carousel, Network.INSTAGRAM);

    assertThat(ig.imageRatio()).isEqualTo(1.91);
    assertThat(ig.media()).hasSize(1);
    assertThat(ig.hiddenMedia()).isEqualTo(2);
    assertThat(ig.truncated()).isFalse();
  }

  @Test
  void facebookSaysSeeMoreAfterFiveLinesAndLinkedInAfterThree() {
    String lines = "Line one\nLine two\nLine three\nLine four\nLine five\nLine six";
    Post post = post(lines, Set.of(Network.FACEBOOK, Network.LINKEDIN), List.of());

    NetworkPreview facebook = preview(post, Network.FACEBOOK);
    NetworkPreview linkedIn = preview(post, Network.LINKEDIN);

    assertThat(facebook.text()).isEqualTo("Line one\nLine two\nLine three\nLine four\nLine five");
    assertThat(facebook.moreLabel()).isEqualTo("See more");
    assertThat(linkedIn.text()).isEqualTo("Line one\nLine two\nLine three");
    assertThat(linkedIn.moreLabel()).isEqualTo("…see more");
  }

  @Test
  void xShowsLinksShortenedAndTheWeightedCountTurningOverAt280() {
    String caption =
        "New menu 🍝 https://www.trattoria-roma.it/menu/autunno-2026/degustazione?utm=x "
            + "a".repeat(250);
    NetworkPreview x = preview(post(caption, Set.of(Network.X), List.of()), Network.X);

    assertThat(x.text()).contains("trattoria-roma.it/menu…").doesNotContain("https://");
    // 9 + 2 (emoji) + 1 + 23 (any link) + 1 + 250
    assertThat(x.counter()).isEqualTo("286/280");
    assertThat(x.overLimit()).isTrue();
    assertThat(x.findings()).extracting(f -> f.code()).contains("X_TOO_LONG");
    assertThat(x.linkCard())
        .hasValueSatisfying(c -> assertThat(c.host()).isEqualTo("trattoria-roma.it"));
  }

  @Test
  void aLinkCardOnlyWithoutPicturesAndEachNetworkGetsItsOwnCaption() {
    Post post =
        new Post(
            PostId.random(),
            BrandId.random(),
            "See https://trattoria-roma.it",
            "",
            Map.of(Network.LINKEDIN, "A longer story for LinkedIn"),
            Set.of(Network.FACEBOOK, Network.LINKEDIN),
            Set.of(),
            List.of(picture('d', 1200, 628)),
            Set.of(),
            null,
            ZoneId.of("Europe/Rome"),
            PostStatus.DRAFT,
            "");

    assertThat(preview(post, Network.FACEBOOK).linkCard()).isEmpty();
    assertThat(preview(post, Network.LINKEDIN).text()).isEqualTo("A longer story for LinkedIn");
  }

  @Test
  void rightToLeftCaptionsAreMarkedAndEmojiAreNeverCutInHalf() {
    String arabic = "عرض خاص: بيتزا مارغريتا بنصف السعر كل ثلاثاء! احجز طاولتك الآن";
    assertThat(
            preview(post(arabic, Set.of(Network.FACEBOOK), List.of()), Network.FACEBOOK)
                .rightToLeft())
        .isTrue();

    String emoji = "🍕".repeat(200);
    NetworkPreview ig =
        preview(post(emoji, Set.of(Network.INSTAGRAM), List.of()), Network.INSTAGRAM);
    assertThat(ig.text().codePoints().allMatch(cp -> cp == "🍕".codePointAt(0))).isTrue();
  }

  @Test
  void handlesLeaveOutAccentsAndSpaces() {
    assertThat(NetworkPreview.handleOf("Café Société")).isEqualTo("@cafesociete");
    assertThat(NetworkPreview.handleOf("東京")).isEqualTo("@brand");
  }

  @Test
  void rightToLeftCaptionsAreBrokenIntoLinesAtSpaces() {
    assertThat(PreviewText.lines("aaa bbb ccc\nddd", 7)).containsExactly("aaa bbb", "ccc", "ddd");
    assertThat(PreviewText.lines("averyveryverylongword x", 5))
        .containsExactly("averyveryverylongword", "x");
  }

  @Test
  void anXThreadShowsItsFirstTweetWithTheRestAsRepliesAndCountsTheLongest() {
    NetworkPreview x =
        preview(
            post(
                "Menu thread 🍂\n---\nStarters: https://www.trattoria-roma.it/menu/antipasti-di-stagione\n---\n"
                    + "z".repeat(281),
                Set.of(Network.X),
                List.of()),
            Network.X);

    assertThat(x.text()).isEqualTo("Menu thread 🍂");
    assertThat(x.replies()).hasSize(2);
    assertThat(x.replies().getFirst()).startsWith("Starters: trattoria-roma.it/").endsWith("…");
    assertThat(x.counter()).isEqualTo("3 tweets · longest 281/280");
    assertThat(x.overLimit()).isTrue();
    assertThat(x.findings())
        .extracting(f -> f.message())
        .anyMatch(m -> m.startsWith("Tweet 3 of 3 has 281"));
  }

  @Test
  void aSingleTweetHasNoReplies() {
    NetworkPreview x = preview(post("One tweet", Set.of(Network.X), List.of()), Network.X);
    assertThat(x.replies()).isEmpty();
    assertThat(x.counter()).isEqualTo("9/280");
  }
}
