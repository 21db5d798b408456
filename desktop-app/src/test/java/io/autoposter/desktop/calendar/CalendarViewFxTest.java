package io.autoposter.desktop.calendar;

import static io.autoposter.desktop.queue.FxScreens.awaitFx;
import static io.autoposter.desktop.queue.FxScreens.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.FxScreens;
import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.FxTaskExecutor;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The month grid on Monocle with the fixture's four brands and 60 posts: drag, screenshots. */
class CalendarViewFxTest {

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private LocalStore store;
  private FxTaskExecutor tasks;
  private Stage stage;

  @AfterEach
  void close() throws Exception {
    FxScreens.close();
    if (tasks != null) {
      tasks.close();
    }
    store.close();
  }

  private CalendarViewModel open(boolean dark) throws Exception {
    store = LocalStore.open(dir.resolve("local"));
    QueueFixture.fill(store);
    tasks = new FxTaskExecutor();
    CalendarViewModel model =
        new CalendarViewModel(store, tasks, QueueFixture.CLOCK, id -> {}, () -> {});
    stage =
        FxScreens.show(
            () -> {
              CalendarView view = new CalendarView(model);
              model.reload();
              return view.node();
            },
            dark);
    awaitFx("the month", () -> model.days().size() == 42);
    return model;
  }

  @Test
  void dragAPostToAnotherDayMovesItAtTheSameTime() throws Exception {
    CalendarViewModel model = open(false);
    Post post =
        QueueFixture.posts().stream()
            .filter(p -> p.brandId().equals(QueueFixture.ROMA.id()))
            .filter(p -> p.status() == PostStatus.SCHEDULED)
            .filter(p -> YearMonth.from(p.dueAt().atZone(p.zone())).equals(YearMonth.of(2026, 12)))
            .findFirst()
            .orElseThrow();
    onFx(
        () -> {
          model.brandProperty().set(QueueFixture.ROMA);
          return null;
        });
    awaitFx("the chip", () -> robot.lookup("#chip-" + post.id()).tryQuery().isPresent());
    FxScreens.screenshot(stage, "50-calendar-month-light");

    ZonedDateTime was = post.dueAt().atZone(post.zone());
    LocalDate target = was.toLocalDate().plusDays(was.getDayOfMonth() < 20 ? 2 : -2);
    Node chip = robot.lookup("#chip-" + post.id()).query();
    Node cell = robot.lookup("#day-" + target).query();
    robot.drag(chip).dropTo(cell);

    awaitFx(
        "the post moved",
        () ->
            store
                .post(post.id())
                .orElseThrow()
                .post()
                .dueAt()
                .equals(ZonedDateTime.of(target, was.toLocalTime(), post.zone()).toInstant()));
    assertThat(model.messageProperty().get()).startsWith("Moved to");
  }

  @Test
  void darkAndAnEmptyMonth() throws Exception {
    CalendarViewModel model = open(true);
    onFx(
        () -> {
          model.brandProperty().set(QueueFixture.ROMA);
          return null;
        });
    awaitFx("chips", () -> robot.lookup(".calendar-chip").tryQuery().isPresent());
    FxScreens.screenshot(stage, "50-calendar-month-dark");
    onFx(
        () -> {
          model.monthProperty().set(YearMonth.of(2027, 6));
          return null;
        });
    awaitFx("the empty note", () -> !model.emptyNoteProperty().get().isEmpty());
    FxScreens.screenshot(stage, "51-calendar-empty-month-dark");
  }
}
