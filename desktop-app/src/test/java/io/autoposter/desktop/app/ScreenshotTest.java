package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static io.autoposter.desktop.app.FxTestSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Writes a PNG of every screen to target/screenshots for a person to look at. */
class ScreenshotTest {

  static final Brand VERDE =
      new Brand(
          BrandId.parse("22222222-3333-4444-5555-666666666666"),
          "Studio Verde",
          ZoneId.of("Europe/Berlin"),
          "#15803D");

  @TempDir Path dataDir;
  private final FakeServer server =
      new FakeServer()
          .withBrand(FakeServer.ROMA)
          .withBrand(VERDE)
          .withPost(
              post(
                  "Our autumn menu is here! Slow-cooked ragù, hand-rolled pappardelle and a"
                      + " pumpkin risotto that tastes like Sunday at nonna's. Book your table for"
                      + " the launch weekend — the first 50 guests get a free glass of Chianti."
                      + " #TrattoriaRoma #AutumnMenu #FoodLovers",
                  Set.of(Network.FACEBOOK, Network.INSTAGRAM, Network.X),
                  "2026-12-04T17:30:00Z",
                  PostStatus.SCHEDULED,
                  ""))
          .withPost(
              post(
                  "Buongiorno! Fresh cornetti are out of the oven.",
                  Set.of(Network.SANDBOX),
                  "2026-11-20T07:00:00Z",
                  PostStatus.PUBLISHED,
                  "sandbox-post-1042"))
          .withPost(
              post(
                  "Thank you for 10,000 followers — here is a look behind the kitchen door.",
                  Set.of(Network.INSTAGRAM),
                  "2026-11-21T18:00:00Z",
                  PostStatus.FAILED,
                  "Instagram refused the image: the aspect ratio 3:1 is outside 4:5 to 1.91:1."
                      + " Replace the image and schedule again."))
          .withPost(
              post(
                  "Live music this Friday with Trio Bellini.",
                  Set.of(Network.FACEBOOK, Network.LINKEDIN),
                  "2026-11-22T19:00:00Z",
                  PostStatus.PUBLISHING,
                  ""))
          .withPost(
              post(
                  "Idea: a weekly 'pasta of the week' series",
                  Set.of(Network.INSTAGRAM),
                  null,
                  PostStatus.DRAFT,
                  ""));
  private final FxRobot robot = new FxRobot();
  private AutoposterApp app;

  private static Post post(
      String caption, Set<Network> networks, String due, PostStatus status, String outcome) {
    return new Post(
        PostId.random(),
        FakeServer.ROMA.id(),
        caption,
        networks,
        due == null ? null : io.autoposter.desktop.testing.FixtureDates.shift(due),
        FakeServer.ROMA.zone(),
        status,
        outcome);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxTestSupport.stop(app);
    }
    server.close();
  }

  private void signIn(String password) {
    onFx(
        () -> {
          robot.lookup("#serverUrl").queryTextInputControl().setText(server.url());
          robot.lookup("#email").queryTextInputControl().setText("ana@bellavista.agency");
          robot.lookup("#password").queryTextInputControl().setText(password);
          return null;
        });
    robot.clickOn("#signIn");
  }

  private void awaitPosts(int count) {
    awaitFx(
        count + " posts",
        () -> robot.lookup("#postList").queryListView().getItems().size() == count);
  }

  @Test
  void everyScreenInLightAndDark() throws Exception {
    app = FxTestSupport.start(new AppSettings(dataDir, server.url(), false, null, null));
    Path signInPng = screenshot("01-sign-in");

    signIn("wrong password");
    awaitFx("error", () -> !robot.lookup("#signInError").queryLabeled().getText().isEmpty());
    screenshot("02-sign-in-error");

    signIn(FakeServer.PASSWORD);
    awaitFx("workspace", () -> robot.lookup("#postList").tryQuery().isPresent());
    awaitFx(
        "brands",
        () -> robot.lookup("#brandSelector").queryAs(ComboBox.class).getItems().size() == 2);
    selectBrand(FakeServer.ROMA);
    awaitPosts(5);
    awaitFx("synced", () -> robot.lookup("#syncStatus").queryLabeled().getText().equals("Synced"));
    screenshot("03-workspace-posts");

    onFx(
        () -> {
          robot
              .lookup("#caption")
              .queryAs(TextArea.class)
              .setText(
                  "Pizza night is back! Every Thursday from 19:00 we fire up the wood oven. "
                      .repeat(5));
          robot.lookup("#network-x").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
          return null;
        });
    awaitFx("X over its limit", () -> robot.lookup("#schedule").queryButton().isDisabled());
    screenshot("04-compose-x-too-long");

    selectBrand(VERDE);
    awaitFx(
        "empty state",
        () ->
            robot
                .lookup("#emptyState")
                .queryLabeled()
                .getText()
                .equals("No posts yet for Studio Verde — compose one on the right."));
    onFx(
        () -> {
          robot.lookup("#caption").queryAs(TextArea.class).setText("");
          return null;
        });
    screenshot("05-workspace-empty");

    onFx(
        () -> {
          AutoposterApp.applyTheme(true);
          return null;
        });
    selectBrand(FakeServer.ROMA);
    awaitPosts(5);
    screenshot("06-workspace-dark");

    FxTestSupport.stop(app);
    app =
        FxTestSupport.start(
            new AppSettings(dataDir.resolve("fresh"), server.url(), true, null, null));
    screenshot("07-sign-in-dark");

    assertThat(Files.size(signInPng)).isPositive();
  }

  @SuppressWarnings("unchecked")
  private void selectBrand(Brand brand) {
    onFx(
        () -> {
          ComboBox<Brand> box = robot.lookup("#brandSelector").queryAs(ComboBox.class);
          box.getSelectionModel().select(brand);
          return null;
        });
  }
}
