package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;

import io.autoposter.desktop.testing.FakeServer;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Queue, CSV import and search wired into the real app, headless. */
class PostScreensFxTest {

  static final Path SAMPLE = Path.of("..", "docs", "samples", "import-20-posts.csv");

  @TempDir Path dataDir;
  private final FakeServer server = new FakeServer().withBrand(FakeServer.ROMA);
  private final FxRobot robot = new FxRobot();
  private AutoposterApp app;

  @BeforeEach
  void start() throws Exception {
    app = FxTestSupport.start(new AppSettings(dataDir, "http://127.0.0.1:1", false, null, null));
    FxTestSupport.signIn(robot, server);
    awaitFx(
        "the workspace with the brand",
        () ->
            robot.lookup("#listTitle").tryQuery().isPresent()
                && robot
                    .lookup("#listTitle")
                    .queryLabeled()
                    .getText()
                    .equals(FakeServer.ROMA.name()));
  }

  @AfterEach
  void stop() throws Exception {
    FxTestSupport.stop(app);
    server.close();
  }

  @SuppressWarnings("unchecked")
  private TableView<Object> table() {
    return (TableView<Object>) robot.lookup(".table-view").queryAs(TableView.class);
  }

  @Test
  void importFromTheQueueThenSearchAndOpenAPostInTheComposer() throws Exception {
    robot.clickOn("#nav-queue");
    awaitFx("the empty queue", () -> robot.lookup("#importCsv").tryQuery().isPresent());
    robot.clickOn("#importCsv");
    awaitFx("the import screen", () -> robot.lookup("#backToQueue").tryQuery().isPresent());

    // The file chooser is the operating system's; the test hands the file to the screen's model.
    io.autoposter.desktop.csvimport.CsvImportViewModel model =
        onFx(() -> app.postScreens().lastImport());
    onFx(
        () -> {
          model.load(SAMPLE.toAbsolutePath());
          return null;
        });
    awaitFx("two bad rows", () -> model.invalidCountProperty().get() == 2);
    onFx(() -> model.importValidRows(true));
    awaitFx("18 posts imported", () -> app.context().store().allPosts().size() == 18);

    robot.clickOn("#backToQueue");
    // One row of the sample has no due time: it is a draft, not in the queue.
    awaitFx("17 scheduled posts in the queue", () -> table().getItems().size() == 17);

    robot.push(KeyCode.CONTROL, KeyCode.K);
    awaitFx("the search screen", () -> robot.lookup("#textFilter").queryAs(Node.class).isFocused());
    robot.write("Trio Bellini");
    awaitFx("one match", () -> table().getItems().size() == 1);

    Node match =
        robot
            .lookup(".table-row-cell")
            .match((javafx.scene.control.TableRow<?> row) -> !row.isEmpty())
            .query();
    robot.clickOn(match, MouseButton.PRIMARY).push(KeyCode.ENTER);
    awaitFx(
        "the post in the composer",
        () -> robot.lookup("#caption").queryTextInputControl().getText().contains("Trio Bellini"));
  }
}
