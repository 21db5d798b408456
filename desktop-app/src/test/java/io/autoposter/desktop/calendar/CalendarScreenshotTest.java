package io.autoposter.desktop.calendar;

import static io.autoposter.desktop.queue.FxScreens.awaitFx;
import static io.autoposter.desktop.queue.FxScreens.onFx;

import io.autoposter.desktop.queue.FxScreens;
import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.FxTaskExecutor;
import io.autoposter.model.Brand;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/** Month, week and day of a busy brand in light and dark, a clock-change week, an empty week. */
class CalendarScreenshotTest {

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private LocalStore store;
  private FxTaskExecutor tasks;
  private Stage stage;
  private CalendarViewModel model;

  @AfterEach
  void close() throws Exception {
    FxScreens.close();
    if (tasks != null) {
      tasks.close();
    }
    store.close();
  }

  private void open(boolean dark) throws Exception {
    store = LocalStore.open(dir.resolve("local"));
    CalendarFixture.fill(store);
    tasks = new FxTaskExecutor();
    model = new CalendarViewModel(store, tasks, QueueFixture.CLOCK, id -> {}, () -> {});
    stage =
        FxScreens.show(
            () -> {
              CalendarView view = new CalendarView(model);
              model.reload();
              return view.node();
            },
            dark);
    awaitFx("the month", () -> model.days().size() == 42);
  }

  private void page(Brand brand, CalendarMode mode, LocalDate date, String name) throws Exception {
    onFx(
        () -> {
          model.brandProperty().set(brand);
          model.dateProperty().set(date);
          model.modeProperty().set(mode);
          return null;
        });
    awaitFx(
        mode.label(),
        () ->
            model.days().size()
                    == (mode == CalendarMode.MONTH ? 42 : mode == CalendarMode.WEEK ? 7 : 1)
                && model.days().stream().anyMatch(d -> d.date().equals(date)));
    awaitFx(
        "drawn",
        () ->
            robot.lookup(".calendar-chip").tryQuery().isPresent()
                || !model.emptyNoteProperty().get().isEmpty());
    FxScreens.screenshot(stage, name);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void monthWeekAndDayOfABusyBrand(boolean dark) throws Exception {
    open(dark);
    String theme = dark ? "dark" : "light";
    page(
        CalendarFixture.ROMA,
        CalendarMode.MONTH,
        LocalDate.of(2026, 12, 1),
        "50-calendar-month-" + theme);
    page(
        CalendarFixture.ROMA,
        CalendarMode.WEEK,
        LocalDate.of(2026, 12, 9),
        "53-calendar-week-" + theme);
    page(
        CalendarFixture.ROMA,
        CalendarMode.DAY,
        LocalDate.of(2026, 12, 9),
        "54-calendar-day-" + theme);
  }

  @Test
  void aWeekWithTheAutumnClockChangeAndAnEmptyWeek() throws Exception {
    open(false);
    page(
        CalendarFixture.NORDLICHT,
        CalendarMode.WEEK,
        LocalDate.of(2026, 10, 22),
        "55-calendar-week-clock-change-light");
    page(
        CalendarFixture.NORDLICHT,
        CalendarMode.WEEK,
        LocalDate.of(2027, 2, 10),
        "56-calendar-week-empty-light");
  }
}
