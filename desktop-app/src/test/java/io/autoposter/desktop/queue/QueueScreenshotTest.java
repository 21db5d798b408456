package io.autoposter.desktop.queue;

import static io.autoposter.desktop.queue.FxScreens.awaitFx;
import static io.autoposter.desktop.queue.FxScreens.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.csvimport.CsvImportView;
import io.autoposter.desktop.csvimport.CsvImportViewModel;
import io.autoposter.desktop.queue.PostTableViewModel.Mode;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.FxTaskExecutor;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/**
 * PNGs of Queue, History, Drafts and CSV import in light and dark for a person to review:
 * target/screenshots/60-… to 67-….
 */
class QueueScreenshotTest {

  static final Path SAMPLE = Path.of("../docs/samples/import-20-posts.csv");

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private LocalStore store;
  private FxTaskExecutor tasks;

  @BeforeEach
  void open() {
    store = LocalStore.open(dir.resolve("local"));
    tasks = new FxTaskExecutor();
  }

  @AfterEach
  void stop() throws Exception {
    FxScreens.close();
    tasks.close();
    store.close();
  }

  private static String suffix(boolean dark) {
    return dark ? "-dark" : "-light";
  }

  private PostTableViewModel[] table(Mode mode, boolean dark) throws Exception {
    PostTableViewModel[] model = new PostTableViewModel[1];
    FxScreens.show(
        () -> {
          model[0] = new PostTableViewModel(store, tasks, QueueFixture.CLOCK, mode, id -> {});
          model[0].reload();
          return new PostTableView(model[0]).node();
        },
        dark);
    awaitFx("loaded", () -> model[0].shownProperty().get() != PostTableViewModel.Shown.LOADING);
    // Focus the table, as after a click in it: an empty focused search field hides its hint.
    onFx(
        () -> {
          postTable().requestFocus();
          return null;
        });
    return model;
  }

  @SuppressWarnings("unchecked")
  private TableView<QueueRow> postTable() {
    return robot.lookup("#postTable").queryAs(TableView.class);
  }

  private Stage stage() {
    return (Stage) onFx(() -> postTableOrAny().getScene().getWindow());
  }

  private javafx.scene.Node postTableOrAny() {
    return robot.lookup(".root").query();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void queue(boolean dark) throws Exception {
    QueueFixture.fill(store);
    table(Mode.QUEUE, dark);
    awaitFx("rows", () -> postTable().getItems().size() == 41);
    FxScreens.screenshot(stage(), "60-queue" + suffix(dark));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void queueFilteredWithSelection(boolean dark) throws Exception {
    QueueFixture.fill(store);
    PostTableViewModel model = table(Mode.QUEUE, dark)[0];
    onFx(
        () -> {
          model.brandProperty().set(QueueFixture.ROMA);
          model.textProperty().set("menu");
          return null;
        });
    awaitFx(
        "filtered", () -> !postTable().getItems().isEmpty() && postTable().getItems().size() < 41);
    onFx(
        () -> {
          model.reschedule(List.of(postTable().getItems().getLast()), new Reschedule.ShiftDays(7));
          return null;
        });
    awaitFx("moved", () -> !model.resultProperty().get().isEmpty() && !model.busyProperty().get());
    onFx(
        () -> {
          postTable().getSelectionModel().selectRange(0, 2);
          return null;
        });
    FxScreens.screenshot(stage(), "61-queue-filtered" + suffix(dark));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void history(boolean dark) throws Exception {
    QueueFixture.fill(store);
    PostTableViewModel model = table(Mode.HISTORY, dark)[0];
    awaitFx("rows", () -> postTable().getItems().size() == 13);
    // Deleting a published post is refused: the result line says so.
    onFx(
        () -> {
          model.delete(
              postTable().getItems().stream()
                  .filter(r -> r.status() == PostStatus.PUBLISHED)
                  .limit(1)
                  .toList());
          return null;
        });
    awaitFx("result", () -> !model.resultProperty().get().isEmpty() && !model.busyProperty().get());
    assertThat(model.resultProperty().get()).contains("published post was skipped");
    FxScreens.screenshot(stage(), "62-history" + suffix(dark));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void draftsEmpty(boolean dark) throws Exception {
    List<Post> noDrafts =
        QueueFixture.posts().stream().filter(p -> p.status() != PostStatus.DRAFT).toList();
    QueueFixture.fill(store, QueueFixture.BRANDS, noDrafts);
    table(Mode.DRAFTS, dark);
    awaitFx("empty", () -> robot.lookup("No drafts").tryQuery().isPresent());
    FxScreens.screenshot(stage(), "63-drafts-empty" + suffix(dark));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void queueNoMatch(boolean dark) throws Exception {
    QueueFixture.fill(store);
    PostTableViewModel model = table(Mode.QUEUE, dark)[0];
    onFx(
        () -> {
          model.textProperty().set("gluten-free croissant");
          model.networkProperty().set(io.autoposter.model.Network.LINKEDIN);
          return null;
        });
    awaitFx("no match", () -> robot.lookup("No posts match these filters").tryQuery().isPresent());
    FxScreens.screenshot(stage(), "66-queue-no-match" + suffix(dark));
  }

  // ---- CSV import ----

  private CsvImportViewModel csv(boolean dark) throws Exception {
    QueueFixture.fill(store, QueueFixture.BRANDS, List.of());
    CsvImportViewModel model = new CsvImportViewModel(store, tasks, QueueFixture.CLOCK);
    FxScreens.show(() -> new CsvImportView(model).node(), dark);
    return model;
  }

  private static void run(CsvImportViewModel model, Consumer<CsvImportViewModel> action) {
    onFx(
        () -> {
          action.accept(model);
          return null;
        });
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void csvPreviewWithTwoBadRows(boolean dark) throws Exception {
    CsvImportViewModel model = csv(dark);
    run(model, m -> m.load(SAMPLE));
    awaitFx("preview", () -> model.stageProperty().get() == CsvImportViewModel.Stage.PREVIEW);
    FxScreens.screenshot(stage(), "64-csv-preview" + suffix(dark));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void csvDone(boolean dark) throws Exception {
    CsvImportViewModel model = csv(dark);
    run(model, m -> m.load(SAMPLE));
    awaitFx("preview", () -> model.stageProperty().get() == CsvImportViewModel.Stage.PREVIEW);
    run(model, m -> m.importValidRows(true));
    awaitFx("done", () -> model.stageProperty().get() == CsvImportViewModel.Stage.DONE);
    FxScreens.screenshot(stage(), "65-csv-done" + suffix(dark));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void csvChoose(boolean dark) throws Exception {
    csv(dark);
    awaitFx("shown", () -> robot.lookup("Choose CSV file…").tryQuery().isPresent());
    FxScreens.screenshot(stage(), "67-csv-choose" + suffix(dark));
  }
}
