package io.autoposter.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AltTextPatchTest {
  private static final MediaRef PHOTO = new MediaRef("a".repeat(64), MediaTypes.JPEG, 1_000);
  private static final MediaRef OTHER = new MediaRef("c".repeat(64), MediaTypes.PNG, 2_000);
  private static final PostId ID = PostId.random();
  private static final BrandId BRAND = BrandId.random();

  private static Post post(List<MediaRef> media, Map<String, String> altTexts) {
    return new Post(
        ID,
        BRAND,
        "Truffle risotto tonight",
        "",
        Map.of(),
        Set.of(Network.INSTAGRAM),
        Set.of(),
        media,
        altTexts,
        Set.of(),
        null,
        ZoneId.of("Europe/Rome"),
        PostStatus.DRAFT,
        "");
  }

  @Test
  void anAltTextEditIsATextFieldAndLeavesTheMediaSetAlone() {
    Post before = post(List.of(PHOTO), Map.of());
    Post after = post(List.of(PHOTO), Map.of(PHOTO.sha256(), "Risotto in a white bowl"));

    PostPatch patch = PostPatch.between(before, after);

    assertThat(patch.media()).isNull();
    assertThat(patch.altTexts())
        .containsExactly(Map.entry(PHOTO.sha256(), "Risotto in a white bowl"));
    assertThat(patch.textFields()).containsExactly(TextField.altText(PHOTO.sha256()));
    assertThat(patch.applyTo(before)).isEqualTo(after);
  }

  @Test
  void anEmptyAltTextRemovesTheDescription() {
    Post before = post(List.of(PHOTO), Map.of(PHOTO.sha256(), "Risotto"));

    Post after = PostPatch.EMPTY.withAltText(PHOTO.sha256(), "").applyTo(before);

    assertThat(after.altTexts()).isEmpty();
  }

  @Test
  void removingAPictureDropsItsAltTextWithoutATextEdit() {
    Post before =
        post(List.of(PHOTO, OTHER), Map.of(PHOTO.sha256(), "Risotto", OTHER.sha256(), "Chef"));
    Post after = post(List.of(OTHER), Map.of(OTHER.sha256(), "Chef"));

    PostPatch patch = PostPatch.between(before, after);

    assertThat(patch.altTexts()).isNull();
    assertThat(patch.applyTo(before)).isEqualTo(after);
  }

  @Test
  void aPostKeepsAltTextsOnlyForItsOwnMedia() {
    Post post = post(List.of(PHOTO), Map.of(OTHER.sha256(), "A picture that is not attached"));

    assertThat(post.altTexts()).isEmpty();
  }

  @Test
  void theAltTextFieldNamesThePictureAndReadsAndPatchesIt() {
    String field = TextField.altText(PHOTO.sha256());
    Post post = post(List.of(PHOTO), Map.of(PHOTO.sha256(), "Risotto"));

    assertThat(TextField.isKnown(field)).isTrue();
    assertThat(TextField.isKnown("altText.nothex")).isFalse();
    assertThat(TextField.read(post, field)).isEqualTo("Risotto");
    assertThat(TextField.patch(field, "Risotto, close up").applyTo(post).altTextFor(PHOTO))
        .isEqualTo("Risotto, close up");
    assertThat(TextField.label(field)).isEqualTo("alt text of a picture");
    assertThat(TextField.networkOf(field)).isEmpty();
  }
}
