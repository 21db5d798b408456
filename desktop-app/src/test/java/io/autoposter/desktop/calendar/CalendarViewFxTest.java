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
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The calendar on Monocle with the fixture's brands and posts: switching views, drags. */
class CalendarViewFxTest {

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private LocalStore store;
  private FxTaskExecutor tasks;
  Stage stage;

  @AfterEach
  void close() throws Exception {
    FxScreens.close();
    if (tasks != null) {
      tasks.close();
    }
    store.close();
  }

  CalendarViewModel open(boolean dark) throws Exception {
    store = LocalStore.open(dir.resolve("local"));
    CalendarFixture.fill(store);
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

  LocalStore store() {
    return store;
  }

  /** A post of the quieter bike shop, whose days have room to show every chip. */
  private static Post scheduledBikesPost(LocalDate from, LocalDate to) {
    return QueueFixture.posts().stream()
        .filter(p -> p.brandId().equals(QueueFixture.BIKES.id()))
        .filter(p -> p.status() == PostStatus.SCHEDULED)
        .filter(p -> !p.dueAt().atZone(p.zone()).toLocalDate().isBefore(from))
        .filter(p -> p.dueAt().atZone(p.zone()).toLocalDate().isBefore(to))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void dragAPostToAnotherDayOfTheMonthMovesItAtTheSameTime() throws Exception {
    CalendarViewModel model = open(false);
    onFx(
        () -> {
          model.brandProperty().set(QueueFixture.BIKES);
          return null;
        });
    Post post = scheduledBikesPost(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1));
    awaitFx(
        "the chip",
        () -> robot.lookup(CalendarKeys.tagged("chip-" + post.id())).tryQuery().isPresent());

    ZonedDateTime was = post.dueAt().atZone(post.zone());
    LocalDate target = was.toLocalDate().plusDays(was.getDayOfMonth() < 20 ? 2 : -2);
    robot
        .drag(robot.lookup(CalendarKeys.tagged("chip-" + post.id())).<Node>query())
        .dropTo(robot.lookup(CalendarKeys.tagged("day-" + target)).<Node>query());

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
  void theSwitchAndTheKeysChangeTheView() throws Exception {
    CalendarViewModel model = open(false);
    assertThat(onFx(() -> model.titleProperty().get())).isEqualTo("December 2026");

    robot.clickOn("#calendarModeWeek");
    awaitFx("the week", () -> model.days().size() == 7);
    awaitFx(
        "the hour grid",
        () -> robot.lookup(CalendarKeys.tagged("column-2026-12-06")).tryQuery().isPresent());
    assertThat(onFx(() -> model.titleProperty().get())).isEqualTo("30 Nov – 6 Dec 2026");

    robot.type(KeyCode.D);
    awaitFx("the day", () -> model.days().size() == 1);
    assertThat(onFx(() -> model.titleProperty().get())).isEqualTo("Tuesday 1 December 2026");
    robot.type(KeyCode.PAGE_DOWN);
    awaitFx("the next day", () -> model.titleProperty().get().startsWith("Wednesday 2"));

    robot.type(KeyCode.M);
    awaitFx("the month again", () -> model.days().size() == 42);
    assertThat(
            robot
                .lookup("#calendarModeMonth")
                .<javafx.scene.control.ToggleButton>query()
                .isSelected())
        .isTrue();
  }

  @Test
  void dragAPostToATimeSlotOfTheWeekMovesItThere() throws Exception {
    CalendarViewModel model = open(false);
    onFx(
        () -> {
          model.brandProperty().set(QueueFixture.BIKES);
          model.dateProperty().set(LocalDate.of(2026, 12, 9));
          model.modeProperty().set(CalendarMode.WEEK);
          return null;
        });
    awaitFx(
        "the week",
        () -> robot.lookup(CalendarKeys.tagged("column-2026-12-07")).tryQuery().isPresent());
    Post post = scheduledBikesPost(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13));
    awaitFx(
        "the chip",
        () -> robot.lookup(CalendarKeys.tagged("chip-" + post.id())).tryQuery().isPresent());
    LocalDate was = post.dueAt().atZone(post.zone()).toLocalDate();
    LocalDate target = was.getDayOfWeek().getValue() < 5 ? was.plusDays(1) : was.minusDays(1);
    Node column = robot.lookup(CalendarKeys.tagged("column-" + target)).query();
    // 14:40 on the grid snaps to the 14:30 slot.
    Point2D slot =
        onFx(
            () -> {
              Bounds screen = column.localToScreen(column.getBoundsInLocal());
              return new Point2D(
                  screen.getMinX() + screen.getWidth() / 2,
                  screen.getMinY() + (14 + 40 / 60.0) * TimeGrid.HOUR);
            });
    robot.drag(robot.lookup(CalendarKeys.tagged("chip-" + post.id())).<Node>query()).dropTo(slot);

    awaitFx(
        "the post moved",
        () ->
            store
                .post(post.id())
                .orElseThrow()
                .post()
                .dueAt()
                .equals(ZonedDateTime.of(target, LocalTime.of(14, 30), post.zone()).toInstant()));
    awaitFx("the message", () -> model.messageProperty().get().endsWith(", 14:30."));
  }

  @Test
  void anEmptyMonthSaysWhatToDo() throws Exception {
    CalendarViewModel model = open(true);
    onFx(
        () -> {
          model.dateProperty().set(YearMonth.of(2027, 6).atDay(1));
          return null;
        });
    awaitFx("the empty note", () -> !model.emptyNoteProperty().get().isEmpty());
    assertThat(robot.lookup("#calendarEmpty").tryQuery()).isPresent();
    FxScreens.screenshot(stage, "51-calendar-empty-month-dark");
  }

  @Test
  void pagingRefillsTheMonthsCellsWithTheNewPageOnly() throws Exception {
    CalendarViewModel model = open(false);
    awaitFx("chips of December", () -> visibleChips() > 0);
    Node firstCell = robot.lookup(".calendar-day").query();

    onFx(
        () -> {
          model.dateProperty().set(YearMonth.of(2027, 6).atDay(1));
          return null;
        });
    awaitFx("the empty June", () -> !model.emptyNoteProperty().get().isEmpty());

    assertThat(visibleChips()).isZero();
    assertThat(robot.lookup(".calendar-more").queryAll().stream().filter(Node::isVisible))
        .isEmpty();
    assertThat(robot.lookup(CalendarKeys.tagged("day-2027-05-31")).<Node>query())
        .isSameAs(firstCell);
  }

  private long visibleChips() {
    return onFx(
        () ->
            robot.lookup(".calendar-chip").queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("calendar-swatch"))
                .filter(n -> n.isVisible() && n.getParent().isVisible())
                .count());
  }
}
