package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.testing.TestImages;
import io.autoposter.desktop.workspace.ComposeViewModel;
import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The composer's media in the real app on Monocle: attach, alt text, crop, undo and redo with the
 * keyboard, the brand's media library; screenshots target/screenshots/94-… to 98-…, light and dark.
 */
class MediaEditingFxTest {

  @TempDir Path dataDir;
  @TempDir Path pictures;
  private final FakeServer server = new FakeServer();
  private final FxRobot robot = new FxRobot();
  private AutoposterApp app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxTestSupport.stop(app);
    }
    server.close();
  }

  private void start(boolean dark, boolean libraryHistory) throws Exception {
    for (Brand brand : QueueFixture.BRANDS) {
      server.withBrand(brand);
    }
    List<Post> posts = new java.util.ArrayList<>(QueueFixture.posts());
    posts.forEach(server::withPost);
    app = FxTestSupport.start(new AppSettings(dataDir, "http://127.0.0.1:1", dark, null, null));
    FxTestSupport.signIn(robot, server);
    awaitFx(
        "every post synced",
        () ->
            app.context().isSignedIn()
                && app.context().store().allPosts().size() == posts.size()
                && robot.lookup("#listTitle").tryQuery().isPresent());
    // Trattoria Roma: the pictures are of its food.
    onFx(
        () -> {
          app.workspace().brands().stream()
              .filter(b -> b.name().equals(QueueFixture.ROMA.name()))
              .findFirst()
              .ifPresent(app.workspace().selectedBrandProperty()::set);
          return null;
        });
    if (libraryHistory) {
      // Earlier posts whose pictures only the server has, arriving with the next sync.
      List<Post> earlier = postsWithMedia();
      earlier.forEach(server::withPost);
      onFx(
          () -> {
            app.workspace().syncNow();
            return null;
          });
      awaitFx(
          "the earlier posts",
          () -> app.context().store().allPosts().size() == posts.size() + earlier.size());
    }
  }

  /** Earlier posts of Trattoria Roma whose pictures only the server has. */
  private List<Post> postsWithMedia() {
    awaitFx("a brand", () -> app.workspace().selectedBrandProperty().get() != null);
    io.autoposter.model.BrandId roma =
        onFx(() -> app.workspace().selectedBrandProperty().get().id());
    String[] alts = {
      "Hand-rolled pappardelle with slow-cooked ragù",
      "The dining room decorated for Christmas",
      "Our sommelier pouring a Chianti Classico"
    };
    List<Post> posts = new java.util.ArrayList<>();
    for (int i = 0; i < alts.length; i++) {
      MediaRef ref =
          new MediaRef(
              String.valueOf((char) ('a' + i)).repeat(64),
              MediaTypes.JPEG,
              1_800_000L + i * 90_000,
              1080,
              1350);
      posts.add(
          new Post(
              PostId.random(),
              roma,
              "From our kitchen " + (i + 1),
              "",
              Map.of(),
              Set.of(Network.INSTAGRAM),
              Set.of(),
              List.of(ref),
              Map.of(ref.sha256(), alts[i]),
              Set.of(),
              Instant.parse("2026-11-2" + (i + 1) + "T17:00:00Z"),
              QueueFixture.ROMA.zone(),
              PostStatus.PUBLISHED,
              "instagram:1790" + i));
    }
    return posts;
  }

  private ComposeViewModel compose() {
    return app.workspace().compose();
  }

  private void check(Network network) {
    CheckBox box = robot.lookup("#network-" + network.name().toLowerCase()).queryAs(CheckBox.class);
    if (!box.isSelected()) {
      robot.clickOn(box);
    }
  }

  private void attachTwoPictures() throws IOException {
    Path terrace =
        TestImages.foodPhoto(
            pictures.resolve("terrace-at-sunset.jpg"), 1600, 1000, new Color(150, 90, 50));
    Path risotto =
        TestImages.foodPhoto(
            pictures.resolve("truffle-risotto.jpg"), 1080, 1350, new Color(90, 60, 40));
    check(Network.INSTAGRAM);
    check(Network.X);
    check(Network.LINKEDIN);
    onFx(
        () -> {
          compose().attach(terrace);
          return null;
        });
    awaitFx(
        "the first picture",
        () -> compose().media().size() == 1 && !compose().attachingProperty().get());
    onFx(
        () -> {
          compose().attach(risotto);
          return null;
        });
    awaitFx("both pictures", () -> robot.lookup(".media-row").queryAll().size() == 2);
    // The caption last: a draft saves itself only once it has one, so with both pictures.
    robot
        .clickOn("#caption")
        .write("Truffle season is here 🍄 Book a table on the terrace this weekend.");
    onFx(
        () -> {
          robot.lookup("#composeScroll").queryAs(ScrollPane.class).setVvalue(0.3);
          return null;
        });
  }

  private void writeAltText(int row, String text) {
    fire(".alt-button", row);
    awaitFx("the alt text sheet", () -> robot.lookup("#altTextInput").tryQuery().isPresent());
    robot.clickOn("#altTextInput").write(text);
  }

  /**
   * Presses a button of a media row. Rows are redrawn as uploads progress, so the button is found
   * and pressed in one step on the FX thread rather than found first and clicked later.
   */
  private void fire(String style, int index) {
    onFx(
        () -> {
          java.util.List<javafx.scene.control.Button> buttons =
              robot.lookup(style).queryAllAs(javafx.scene.control.Button.class).stream()
                  .filter(b -> b.getScene() != null)
                  .toList();
          buttons.get(index).fire();
          return null;
        });
  }

  /**
   * Waits until the draft saved itself and the sync settled, as it would while a person looks at
   * the screen: a sync that reloads an unchanged form starts its undo history afresh.
   */
  private void awaitSaved(java.util.function.Predicate<Post> saved) {
    awaitFx(
        "the draft saved and synced",
        () ->
            !compose().hasUnsavedChanges()
                && app.context().store().allPosts().stream()
                    .anyMatch(
                        p ->
                            p.post().caption().startsWith("Truffle season")
                                && !p.pendingSync()
                                && saved.test(p.post())));
  }

  @Test
  void attachAltTextCropUndoAndTheLibrary() throws Exception {
    start(false, true);
    attachTwoPictures();
    MediaRef terrace = compose().media().getFirst().ref();

    writeAltText(0, "The terrace at sunset, tables laid for dinner");
    FxTestSupport.screenshot("95-compose-alt-text-sheet");
    robot.clickOn("#altTextSave");
    awaitFx("the sheet closed", () -> robot.lookup("#altTextInput").tryQuery().isEmpty());
    FxTestSupport.screenshot("94-compose-media-alt-text");
    assertThat(compose().findings()).anyMatch(f -> f.code().equals("ALT_TEXT_MISSING"));
    awaitSaved(post -> post.altTextFor(terrace).startsWith("The terrace"));

    fire(".crop-button", 0);
    awaitFx("the crop sheet", () -> robot.lookup("#cropFrame").tryQuery().isPresent());
    robot.clickOn("#crop-4x5");
    robot.drag("#cropFrame").dropBy(-120, 0);
    FxTestSupport.screenshot("96-compose-crop-sheet");
    robot.clickOn("#cropApply");
    awaitFx(
        "the crop in the post",
        () ->
            robot.lookup("#cropSheet").tryQuery().isEmpty()
                && !compose().media().getFirst().ref().equals(terrace));
    MediaRef cropped = compose().media().getFirst().ref();
    assertThat(cropped.width() / (double) cropped.height()).isEqualTo(0.8);
    assertThat(compose().media().getFirst().name()).isEqualTo("terrace-at-sunset.jpg (cropped)");

    String caption = onFx(() -> compose().captionProperty().get());
    robot.clickOn("#caption");
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    awaitFx("the original back", () -> compose().media().getFirst().ref().equals(terrace));
    assertThat(onFx(() -> compose().captionProperty().get())).isEqualTo(caption);
    awaitFx(
        "its alt text back",
        () ->
            robot.lookup(".alt-text").tryQuery().stream()
                .anyMatch(
                    n ->
                        ((javafx.scene.control.Label) n)
                            .getText()
                            .equals("Alt text: The terrace at sunset, tables laid for dinner")));
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
    awaitFx("the crop again", () -> compose().media().getFirst().ref().equals(cropped));
    assertThat(onFx(() -> compose().captionProperty().get()))
        .as("undo and redo leave the caption as it was")
        .isEqualTo(caption);

    robot.clickOn("#openLibrary");
    // This draft's pictures (once saved) and the three earlier posts' pictures.
    awaitFx("the library", () -> robot.lookup(".library-tile").queryAll().size() >= 4);
    FxTestSupport.screenshot("97-compose-media-library");
    // The earlier posts' pictures come last (their posts changed least recently).
    fire(".library-tile", onFx(() -> robot.lookup(".library-tile").queryAll().size()) - 1);
    awaitFx("attached from the library", () -> compose().media().size() == 3);
    assertThat(
            onFx(
                () ->
                    compose()
                        .previewPostProperty()
                        .get()
                        .altTextFor(compose().media().getLast().ref())))
        .as("the alt text the picture had in its post")
        .isNotBlank();
  }

  @Test
  void theSameInDarkWithAnEmptyLibraryFirst() throws Exception {
    start(true, false);
    robot.clickOn("#openLibrary");
    awaitFx(
        "the empty library",
        () ->
            robot
                .lookup("#libraryStatus")
                .tryQuery()
                .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("No pictures"))
                .orElse(false));
    FxTestSupport.screenshot("98-compose-media-library-empty-dark");
    robot.clickOn("#libraryClose");

    attachTwoPictures();
    writeAltText(1, "A bowl of truffle risotto on a wooden table");
    FxTestSupport.screenshot("95-compose-alt-text-sheet-dark");
    robot.clickOn("#altTextSave");
    awaitFx("the sheet closed", () -> robot.lookup("#altTextInput").tryQuery().isEmpty());
    FxTestSupport.screenshot("94-compose-media-alt-text-dark");
    fire(".crop-button", 0);
    awaitFx("the crop sheet", () -> robot.lookup("#cropFrame").tryQuery().isPresent());
    FxTestSupport.screenshot("96-compose-crop-sheet-dark");
    robot.clickOn("#cropCancel");
    awaitSaved(post -> post.media().size() == 2);
    robot.clickOn("#openLibrary");
    awaitFx("the library", () -> robot.lookup(".library-tile").queryAll().size() == 2);
    FxTestSupport.screenshot("97-compose-media-library-dark");
  }
}
