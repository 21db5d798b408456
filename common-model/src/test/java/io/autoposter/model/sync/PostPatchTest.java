package io.autoposter.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.SocialAccountId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostPatchTest {
  private static final MediaRef PHOTO = media('a');
  private static final MediaRef VIDEO = new MediaRef("b".repeat(64), MediaTypes.MP4, 10_000);
  private static final SocialAccountId PAGE = SocialAccountId.random();

  private static MediaRef media(char c) {
    return new MediaRef(String.valueOf(c).repeat(64), MediaTypes.JPEG, 1_000);
  }

  private static Post post() {
    return new Post(
        PostId.random(),
        BrandId.random(),
        "Truffle risotto tonight",
        "Book via link in bio",
        Map.of(Network.X, "Risotto 🍄"),
        Set.of(Network.INSTAGRAM, Network.X),
        Set.of(PAGE),
        List.of(PHOTO),
        Set.of("dinner"),
        null,
        ZoneId.of("Europe/Rome"),
        PostStatus.DRAFT,
        "");
  }

  private static Post with(
      Post p,
      String caption,
      Map<Network, String> variants,
      List<MediaRef> media,
      Set<String> tags) {
    return new Post(
        p.id(),
        p.brandId(),
        caption,
        p.firstComment(),
        variants,
        p.networks(),
        p.targets(),
        media,
        tags,
        p.dueAt(),
        p.zone(),
        p.status(),
        p.outcome());
  }

  @Test
  void betweenThenApplyToGivesTheEditedPostBack() {
    Post before = post();
    Post after =
        with(
            before,
            "Truffle risotto, tonight only",
            Map.of(Network.INSTAGRAM, "Risotto for the feed"),
            List.of(PHOTO, VIDEO),
            Set.of("specials"));

    PostPatch patch = PostPatch.between(before, after);

    assertThat(patch.applyTo(before)).isEqualTo(after);
    assertThat(patch.caption()).isEqualTo("Truffle risotto, tonight only");
    assertThat(patch.firstComment()).as("unchanged fields stay out of the patch").isNull();
    assertThat(patch.variants())
        .containsEntry(Network.X, "")
        .containsEntry(Network.INSTAGRAM, "Risotto for the feed");
    assertThat(patch.media().added()).containsExactly(VIDEO);
    assertThat(patch.tags().added()).containsExactly("specials");
    assertThat(patch.tags().removed()).containsExactly("dinner");
    assertThat(patch.textFields()).containsExactly("caption", "variant.INSTAGRAM", "variant.X");
  }

  @Test
  void noDifferenceIsAnEmptyPatch() {
    Post same = post();
    assertThat(PostPatch.between(same, same).isEmpty()).isTrue();
    assertThat(PostPatch.EMPTY.applyTo(same)).isEqualTo(same);
  }

  @Test
  void scheduleAndStatusTravelTogetherAndAStatusChangeClearsTheOutcome() {
    Post failed = post().withStatus(PostStatus.FAILED, "Token expired");
    Instant due = Instant.parse("2026-12-24T17:00:00Z");
    PostPatch patch =
        new PostPatch(
            null,
            null,
            null,
            null,
            new Schedule(due, ZoneId.of("Europe/Rome")),
            PostStatus.SCHEDULED,
            null,
            null,
            null,
            null);

    Post rescheduled = patch.applyTo(failed);

    assertThat(rescheduled.dueAt()).isEqualTo(due);
    assertThat(rescheduled.status()).isEqualTo(PostStatus.SCHEDULED);
    assertThat(rescheduled.outcome()).isEmpty();
  }

  @Test
  void replayThatWouldMakeAnInvalidPostThrows() {
    PostPatch schedule =
        new PostPatch(null, null, null, null, null, PostStatus.SCHEDULED, null, null, null, null);
    assertThatThrownBy(() -> schedule.applyTo(post()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("due time");
  }

  @Test
  void setDeltaKeepsOrderAndRefusesAddingAndRemovingTheSameElement() {
    SetDelta<String> delta = SetDelta.between(List.of("a", "b"), List.of("b", "c", "d"));
    assertThat(delta.added()).containsExactly("c", "d");
    assertThat(delta.removed()).containsExactly("a");
    assertThat(delta.applyTo(List.of("a", "b", "x"))).containsExactly("b", "x", "c", "d");
    assertThatThrownBy(() -> new SetDelta<>(List.of("a"), List.of("a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textFieldsReadAndPatchByName() {
    Post p = post();
    assertThat(TextField.read(p, TextField.variant(Network.X))).isEqualTo("Risotto 🍄");
    assertThat(TextField.read(p, TextField.variant(Network.LINKEDIN))).isEmpty();
    assertThat(TextField.patch(TextField.FIRST_COMMENT, "New comment").applyTo(p).firstComment())
        .isEqualTo("New comment");
    assertThat(TextField.label("variant.INSTAGRAM")).isEqualTo("Instagram caption");
    assertThat(TextField.isKnown("variant.NOPE")).isFalse();
    assertThat(TextField.isKnown("firstComment")).isTrue();
  }

  @Test
  void tagsAreNormalizedAndMediaDeduplicatedInOrder() {
    Post p =
        with(post(), "x", Map.of(), List.of(VIDEO, PHOTO, VIDEO), Set.of("  summer   sale ", "b"));
    assertThat(p.tags()).containsExactly("b", "summer sale");
    assertThat(p.media()).containsExactly(VIDEO, PHOTO);
    assertThatThrownBy(() -> Post.normalizeTag("   ")).hasMessageContaining("blank");
  }

  @Test
  void mediaTypesAreRecognisedByContent() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
    byte[] mov = {0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '};
    byte[] webp = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'};
    assertThat(MediaTypes.sniff(png)).hasValue(MediaTypes.PNG);
    assertThat(MediaTypes.sniff(jpeg)).hasValue(MediaTypes.JPEG);
    assertThat(MediaTypes.sniff(mp4)).hasValue(MediaTypes.MP4);
    assertThat(MediaTypes.sniff(mov)).hasValue(MediaTypes.QUICKTIME);
    assertThat(MediaTypes.sniff(webp)).hasValue(MediaTypes.WEBP);
    assertThat(MediaTypes.sniff("hello world".getBytes())).isEmpty();
    assertThat(MediaTypes.sniff(new byte[0])).isEmpty();
  }
}
