package io.autoposter.desktop.queue;

import static io.autoposter.desktop.queue.FxScreens.awaitFx;
import static io.autoposter.desktop.queue.FxScreens.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.PostTableViewModel.Mode;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.FxTaskExecutor;
import io.autoposter.model.PostId;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The queue on Monocle: typing in the search field filters the table; Enter opens a post. */
class PostTableViewFxTest {

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private final List<PostId> opened = new CopyOnWriteArrayList<>();
  private LocalStore store;
  private FxTaskExecutor tasks;

  @BeforeEach
  void start() throws Exception {
    store = LocalStore.open(dir.resolve("local"));
    QueueFixture.fill(store);
    tasks = new FxTaskExecutor();
    FxScreens.show(
        () -> {
          PostTableViewModel model =
              new PostTableViewModel(store, tasks, QueueFixture.CLOCK, Mode.QUEUE, opened::add);
          model.reload();
          return new PostTableView(model).node();
        },
        false);
    awaitFx("queue rows", () -> table().getItems().size() == 41);
  }

  @AfterEach
  void stop() throws Exception {
    FxScreens.close();
    tasks.close();
    store.close();
  }

  @SuppressWarnings("unchecked")
  private TableView<QueueRow> table() {
    return robot.lookup("#postTable").queryAs(TableView.class);
  }

  @Test
  void typingInTheSearchFieldFiltersTheTable() {
    robot.clickOn("#textFilter").write("stollen");

    awaitFx("filtered", () -> table().getItems().size() < 41);
    assertThat(onFx(() -> table().getItems().stream().map(QueueRow::snippet).toList()))
        .isNotEmpty()
        .allMatch(caption -> caption.contains("Stollen"));
    assertThat(robot.lookup("#postCount").queryLabeled().getText()).endsWith("of 41 posts");

    robot.clickOn("#textFilter").write(" nothing-like-this");
    awaitFx("no match", () -> table().getItems().isEmpty());
    assertThat(robot.lookup("No posts match these filters").tryQuery()).isPresent();

    robot.clickOn("#clearFiltersEmpty");
    awaitFx("all again", () -> table().getItems().size() == 41);
  }

  @Test
  void enterOpensTheFocusedPost() {
    QueueRow second = onFx(() -> table().getItems().get(1));
    onFx(
        () -> {
          table().requestFocus();
          table().getSelectionModel().clearAndSelect(1);
          table().getFocusModel().focus(1);
          return null;
        });

    robot.type(KeyCode.ENTER);

    awaitFx("opened", () -> !opened.isEmpty());
    assertThat(opened).containsExactly(second.id());
  }
}
