package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The workspace screens of issue 5 in the real app with four brands and 60 posts, light and dark:
 * target/screenshots/47-… and 73-… onwards, for a person to review.
 */
class WorkspaceScreenshotTest {

  @TempDir Path dataDir;
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

  private void start(boolean dark) throws Exception {
    for (Brand brand : QueueFixture.BRANDS) {
      server.withBrand(brand);
    }
    for (Post post : QueueFixture.posts()) {
      server.withPost(post);
    }
    app = FxTestSupport.start(new AppSettings(dataDir, "http://127.0.0.1:1", dark, null, null));
    FxTestSupport.signIn(robot, server);
    awaitFx(
        "every post synced",
        () ->
            app.context().isSignedIn()
                && app.context().store().allPosts().size() == QueueFixture.posts().size()
                && robot.lookup("#listTitle").tryQuery().isPresent());
  }

  private void check(Network network) {
    CheckBox box = robot.lookup("#network-" + network.name().toLowerCase()).queryAs(CheckBox.class);
    if (!box.isSelected()) {
      robot.clickOn(box);
    }
  }

  @Test
  void composerPreviewsAndPostScreensLight() throws Exception {
    start(false);
    FxTestSupport.screenshot("47-posts-four-brands");

    robot.clickOn("#caption");
    robot.write(
        "Truffle season is here! 🍄 From Friday our chef shaves fresh white truffle over"
            + " hand-cut tagliolini, risotto and even our fried eggs. Only until the truffles run"
            + " out — book at https://www.trattoria-roma.it/prenota and tell us it's for the"
            + " truffles. #TrattoriaRoma #tartufo #autunno");
    check(Network.INSTAGRAM);
    check(Network.X);
    check(Network.LINKEDIN);
    awaitFx("the X counter", () -> robot.lookup("#captionScope").query().isVisible());
    FxTestSupport.screenshot("73-compose-three-networks-findings");

    robot.clickOn("#scope-x");
    onFx(
        () -> {
          app.workspace()
              .compose()
              .editorTextProperty()
              .set("Truffle season from Friday 🍄 book now: https://trattoria-roma.it/prenota");
          return null;
        });
    awaitFx("X has its own caption", () -> robot.lookup("#useMainCaption").query().isVisible());
    FxTestSupport.screenshot("74-compose-own-caption-for-x");

    robot.clickOn("#showPreview");
    awaitFx("the preview", () -> robot.lookup("#previewText").tryQuery().isPresent());
    FxTestSupport.screenshot("75-compose-preview-instagram");
    robot.clickOn("#previewTab-x");
    awaitFx("the X card", () -> robot.lookup("#xCounter").tryQuery().isPresent());
    FxTestSupport.screenshot("76-compose-preview-x");
    robot.clickOn("#showWrite");

    onFx(
        () -> {
          // The spring change of the selected brand's zone in 2027, half an hour in.
          java.time.LocalDateTime skipped =
              app.workspace()
                  .selectedBrandProperty()
                  .get()
                  .zone()
                  .getRules()
                  .nextTransition(java.time.Instant.parse("2027-01-01T00:00:00Z"))
                  .getDateTimeBefore()
                  .plusMinutes(30);
          app.workspace().compose().dueDateProperty().set(skipped.toLocalDate());
          app.workspace().compose().dueTimeProperty().set(skipped.toLocalTime().toString());
          return null;
        });
    awaitFx("the DST question", () -> robot.lookup("#dueQuestion").query().isVisible());
    scrollComposeTo(robot, 0.75);
    FxTestSupport.screenshot("77-compose-time-skipped-by-dst");
    assertThat(robot.lookup("#schedule").queryButton().isDisabled()).isTrue();

    robot.clickOn("#nav-queue");
    awaitFx("the queue", () -> !tableItems().isEmpty());
    FxTestSupport.screenshot("78-app-queue");

    robot.push(KeyCode.CONTROL, KeyCode.K);
    robot.write("menu");
    awaitFx("search results", () -> !tableItems().isEmpty());
    FxTestSupport.screenshot("79-app-search");

    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
    awaitFx("the calendar", () -> robot.lookup(".calendar-day").tryQuery().isPresent());
    FxTestSupport.screenshot("52-app-calendar");

    robot.clickOn("#nav-settings");
    awaitFx("settings", () -> robot.lookup("#shortcuts").tryQuery().isPresent());
    FxTestSupport.screenshot("82-settings");
  }

  @Test
  void theSameInDark() throws Exception {
    start(true);
    FxTestSupport.screenshot("47-posts-four-brands-dark");
    robot
        .clickOn("#caption")
        .write("Truffle season is here! 🍄 " + "Hand-cut tagliolini. ".repeat(12));
    check(Network.INSTAGRAM);
    check(Network.LINKEDIN);
    robot.clickOn("#showPreview");
    awaitFx("the preview", () -> robot.lookup("#previewText").tryQuery().isPresent());
    FxTestSupport.screenshot("75-compose-preview-instagram-dark");
    robot.clickOn("#showWrite");
    robot.clickOn("#nav-queue");
    awaitFx("the queue", () -> !tableItems().isEmpty());
    FxTestSupport.screenshot("78-app-queue-dark");
    robot.clickOn("#nav-settings");
    awaitFx("settings", () -> robot.lookup("#shortcuts").tryQuery().isPresent());
    FxTestSupport.screenshot("82-settings-dark");
    @SuppressWarnings("unchecked")
    ComboBox<Brand> brands = robot.lookup("#brandSelector").queryAs(ComboBox.class);
    assertThat(onFx(() -> brands.getItems().size())).isEqualTo(QueueFixture.BRANDS.size());
  }

  private java.util.List<?> tableItems() {
    return onFx(() -> robot.lookup(".table-view").queryAs(TableView.class).getItems());
  }

  private static void scrollComposeTo(FxRobot robot, double value) {
    onFx(
        () -> {
          robot
              .lookup("#composeScroll")
              .queryAs(javafx.scene.control.ScrollPane.class)
              .setVvalue(value);
          return null;
        });
  }
}
