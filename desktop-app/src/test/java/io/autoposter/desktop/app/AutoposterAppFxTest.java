package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.workspace.PostRow;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.PushRequest;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real app on headless Monocle: sign in through the screen, compose, see the post. */
class AutoposterAppFxTest {

  @TempDir Path dataDir;
  private final FakeServer server = new FakeServer().withBrand(FakeServer.ROMA);
  private final FxRobot robot = new FxRobot();
  private AutoposterApp app;

  @BeforeEach
  void start() throws Exception {
    app = FxTestSupport.start(new AppSettings(dataDir, "http://127.0.0.1:1", false, null, null));
  }

  @AfterEach
  void stop() throws Exception {
    FxTestSupport.stop(app);
    server.close();
  }

  @Test
  void signInComposeAndSeeThePostInTheList() {
    Button signIn = robot.lookup("#signIn").queryButton();
    assertThat(signIn.isDisabled()).isTrue();

    robot.clickOn("#serverUrl").push(KeyCode.CONTROL, KeyCode.A).write(server.url());
    robot.clickOn("#email").write("ana@agency.test");
    robot.clickOn("#password").write(FakeServer.PASSWORD);
    assertThat(robot.lookup("#serverUrl").queryAs(TextField.class).getText())
        .isEqualTo(server.url());
    robot.clickOn("#signIn");

    awaitFx("the workspace", () -> robot.lookup("#postList").tryQuery().isPresent());
    awaitFx(
        "the brand from the first sync",
        () ->
            app.context().isSignedIn()
                && !robot.lookup("#brandSelector").tryQuery().isEmpty()
                && robot.lookup("#listTitle").queryLabeled().getText().equals("Trattoria Roma"));
    assertThat(onFx(() -> robot.lookup("#agencyName").queryLabeled().getText()))
        .isEqualTo("Bellavista Marketing");
    // "Reading the posts of Trattoria Roma…" while the list is read, then what to do next.
    awaitFx(
        "the empty list's hint",
        () ->
            robot
                .lookup("#emptyState")
                .queryLabeled()
                .getText()
                .equals("No posts yet for Trattoria Roma — compose one on the right."));

    robot.clickOn("#caption").write("Aperitivo hour: spritz and bruschetta from 18:00!");
    awaitFx("schedule enabled", () -> !robot.lookup("#schedule").queryButton().isDisabled());
    robot.clickOn("#schedule");

    ListView<PostRow> list = robot.lookup("#postList").queryListView();
    awaitFx("the new post in the list", () -> list.getItems().size() == 1);
    PostRow row = onFx(() -> list.getItems().getFirst());
    assertThat(row.caption()).isEqualTo("Aperitivo hour: spritz and bruschetta from 18:00!");
    assertThat(row.status()).isEqualTo(PostStatus.SCHEDULED);
    assertThat(row.networks()).isEqualTo("Sandbox");

    // The background sync pushes it soon after the change.
    awaitFx("the push", () -> !server.pushes().isEmpty());
    PushRequest push = server.pushes().getFirst();
    assertThat(push.mutations()).hasSize(1);
    awaitFx(
        "status line back to Synced",
        () -> robot.lookup("#syncStatus").queryLabeled().getText().equals("Synced"));
  }
}
