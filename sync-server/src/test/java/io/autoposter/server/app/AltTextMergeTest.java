package io.autoposter.server.app;

import static io.autoposter.server.app.SyncDesk.applied;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Post;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.SetDelta;
import io.autoposter.model.sync.TextField;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alt texts through push, the posts table and pull: each picture's text is a text field of its own,
 * so concurrent edits of one picture's text conflict and edits of different pictures both land,
 * while the media set is never touched by an alt text edit.
 */
class AltTextMergeTest {
  private static final MediaRef RISOTTO = new MediaRef("a".repeat(64), MediaTypes.JPEG, 120_000);
  private static final MediaRef CHEF = new MediaRef("b".repeat(64), MediaTypes.PNG, 90_000);

  @TempDir static Path dataDir;
  static TestServer server;

  SyncDesk desk;
  SyncClient laptop;
  SyncClient tablet;
  Post post;
  long base;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir, Map.of("autoposter.publisher.enabled", "false"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void postWithTwoPicturesOnTwoLaptops() {
    desk = new SyncDesk(server, "Alt Text Agency");
    laptop = desk.ownerLaptop();
    tablet = desk.editorLaptop();
    Post draft = desk.draft("Risotto night");
    post =
        PostPatch.EMPTY
            .withAltText(RISOTTO.sha256(), "A bowl of truffle risotto")
            .applyTo(
                new PostPatch(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new SetDelta<>(List.of(RISOTTO, CHEF), List.of()),
                        null)
                    .applyTo(draft));
    base = desk.created(laptop, post);
  }

  @Test
  void aCreatedPostKeepsItsAltTextsOnTheServer() {
    assertThat(tablet.latest(post.id()).altTexts())
        .containsExactly(Map.entry(RISOTTO.sha256(), "A bowl of truffle risotto"));
  }

  @Test
  void altTextEditsOfDifferentPicturesBothLand() {
    applied(
        laptop,
        laptop.edit(post.id(), base, PostPatch.EMPTY.withAltText(RISOTTO.sha256(), "Risotto")));
    applied(
        tablet,
        tablet.edit(post.id(), base, PostPatch.EMPTY.withAltText(CHEF.sha256(), "The chef")));

    Post merged = tablet.latest(post.id());
    assertThat(merged.altTexts())
        .containsOnly(Map.entry(RISOTTO.sha256(), "Risotto"), Map.entry(CHEF.sha256(), "The chef"));
    assertThat(merged.media()).containsExactly(RISOTTO, CHEF);
    assertThat(tablet.openConflicts()).isEmpty();
  }

  @Test
  void concurrentEditsOfOnePicturesAltTextOpenAConflictNamingThePicture() {
    applied(
        laptop,
        laptop.edit(post.id(), base, PostPatch.EMPTY.withAltText(RISOTTO.sha256(), "Laptop text")));
    applied(
        tablet,
        tablet.edit(post.id(), base, PostPatch.EMPTY.withAltText(RISOTTO.sha256(), "Tablet text")));

    assertThat(tablet.latest(post.id()).altTextFor(RISOTTO)).isEqualTo("Laptop text");
    PostConflict conflict = tablet.openConflicts().getFirst();
    assertThat(conflict.kind()).isEqualTo(ConflictKind.TEXT);
    assertThat(conflict.field()).isEqualTo(TextField.altText(RISOTTO.sha256()));
    assertThat(conflict.incoming().text()).isEqualTo("Tablet text");

    applied(tablet, tablet.resolve(conflict, tablet.version(post.id()), "Tablet text", false));

    assertThat(laptop.latest(post.id()).altTextFor(RISOTTO)).isEqualTo("Tablet text");
    assertThat(laptop.openConflicts()).isEmpty();
  }

  @Test
  void removingAPictureTakesItsAltTextAlong() {
    applied(
        laptop,
        laptop.edit(
            post.id(),
            base,
            new PostPatch(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new SetDelta<>(List.of(), List.of(RISOTTO)),
                null)));

    Post merged = tablet.latest(post.id());
    assertThat(merged.media()).containsExactly(CHEF);
    assertThat(merged.altTexts()).isEmpty();
  }
}
