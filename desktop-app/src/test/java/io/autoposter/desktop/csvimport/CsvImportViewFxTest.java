package io.autoposter.desktop.csvimport;

import static io.autoposter.desktop.queue.FxScreens.awaitFx;
import static io.autoposter.desktop.queue.FxScreens.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.csvimport.CsvImportViewModel.Stage;
import io.autoposter.desktop.queue.FxScreens;
import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.FxTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * CSV import on Monocle: the sample file's two bad rows are listed, the import asks before it skips
 * them, and the 18 valid posts end up in the store.
 */
class CsvImportViewFxTest {

  static final Path SAMPLE = Path.of("../docs/samples/import-20-posts.csv");

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private LocalStore store;
  private FxTaskExecutor tasks;
  private CsvImportViewModel model;

  @BeforeEach
  void start() throws Exception {
    store = LocalStore.open(dir.resolve("local"));
    QueueFixture.fill(store, QueueFixture.BRANDS, List.of());
    tasks = new FxTaskExecutor();
    model = new CsvImportViewModel(store, tasks, QueueFixture.CLOCK);
    FxScreens.show(() -> new CsvImportView(model).node(), false);
  }

  @AfterEach
  void stop() throws Exception {
    FxScreens.close();
    tasks.close();
    store.close();
  }

  @SuppressWarnings("unchecked")
  private TableView<ImportRow> table() {
    return robot.lookup("#importTable").queryAs(TableView.class);
  }

  /**
   * The text of a label, read on the FX thread: a lookup from the test thread walks the scene graph
   * while the FX thread may still be swapping the import stages' children.
   */
  private String textOf(String query) {
    return onFx(() -> robot.lookup(query).queryLabeled().getText());
  }

  private int storedPosts() {
    AtomicInteger count = new AtomicInteger();
    store.forEachPost(p -> count.incrementAndGet());
    return count.get();
  }

  @Test
  void theSampleFilesTwoBadRowsAreListedAndTheRestImportedAfterConfirmation() {
    onFx(
        () -> {
          model.load(SAMPLE);
          return null;
        });
    awaitFx("preview", () -> model.stageProperty().get() == Stage.PREVIEW);

    assertThat(textOf("#importSummary")).isEqualTo("20 rows: 18 ready to import, 2 with errors");
    robot.clickOn("#onlyErrors");
    awaitFx("only errors", () -> table().getItems().size() == 2);
    assertThat(onFx(() -> table().getItems().stream().map(ImportRow::line).toList()))
        .containsExactly(12, 19);
    assertThat(onFx(() -> robot.lookup(".result-error").queryAll())).hasSize(2);
    assertThat(storedPosts()).isZero();

    robot.clickOn("#importButton");
    robot.clickOn("Import the 18 valid rows");

    awaitFx("done", () -> model.stageProperty().get() == Stage.DONE);
    awaitFx("done shown", () -> !robot.lookup("#importDone").queryAll().isEmpty());
    assertThat(textOf("#importDone")).startsWith("Imported 18 posts.");
    assertThat(storedPosts()).isEqualTo(18);
  }

  @Test
  void cancellingTheQuestionImportsNothing() {
    onFx(
        () -> {
          model.load(SAMPLE);
          return null;
        });
    awaitFx("preview", () -> model.stageProperty().get() == Stage.PREVIEW);

    robot.clickOn("#importButton");
    robot.clickOn("Cancel");

    assertThat(onFx(() -> model.stageProperty().get())).isEqualTo(Stage.PREVIEW);
    assertThat(storedPosts()).isZero();
  }
}
