package io.autoposter.desktop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The calendar without the toolkit, on a real local store: pages, views, moves, quota. */
class CalendarViewModelTest extends CalendarModelFixture {

  @Test
  void aMonthIsSixWeeksFromMondayWithTheBrandsLocalDays() {
    // 23:30 in Berlin on 4 December is 22:30 UTC: still the 4th there.
    Post late = post(BERLIN, "Late class", "2026-12-04T22:30:00Z", PostStatus.SCHEDULED);
    CalendarViewModel model = calendar(BERLIN, late);
    model.dateProperty().set(LocalDate.of(2026, 12, 10));

    assertThat(model.days()).hasSize(42);
    assertThat(model.days().getFirst().date()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(model.days().getFirst().date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(model.titleProperty().get()).isEqualTo("December 2026");
    assertThat(day(model, LocalDate.of(2026, 12, 4)).items())
        .singleElement()
        .satisfies(i -> assertThat(i.time()).isEqualTo("23:30"));
    assertThat(day(model, LocalDate.of(2026, 12, 5)).items()).isEmpty();
    assertThat(model.emptyNoteProperty().get()).isEmpty();

    model.next();
    assertThat(model.emptyNoteProperty().get())
        .startsWith("No posts in January 2027 for Studio Lumen Yoga. Press Ctrl+N");
  }

  @Test
  void theWeekViewShowsMondayToSundayAndStepsByWeeks() {
    Post yoga = post(BERLIN, "Morning flow", "2026-10-07T07:15:00Z", PostStatus.SCHEDULED);
    CalendarViewModel model = calendar(BERLIN, yoga);
    model.modeProperty().set(CalendarMode.WEEK);

    assertThat(model.titleProperty().get()).isEqualTo("28 Sep – 4 Oct 2026");
    assertThat(model.days()).hasSize(7).allMatch(DayCell::inMonth);
    assertThat(model.days().getFirst().date()).isEqualTo(LocalDate.of(2026, 9, 28));
    assertThat(model.emptyNoteProperty().get())
        .isEqualTo(
            "No posts in the week of 28 Sep for Studio Lumen Yoga. Press Ctrl+N to write one,"
                + " or open the month to drag posts here.");

    model.next();
    assertThat(model.titleProperty().get()).isEqualTo("5 – 11 Oct 2026");
    assertThat(day(model, LocalDate.of(2026, 10, 7)).items())
        .singleElement()
        .satisfies(i -> assertThat(i.wallTime()).isEqualTo(LocalTime.of(9, 15)));
    assertThat(model.emptyNoteProperty().get()).isEmpty();

    model.today();
    assertThat(model.days().getFirst().date()).isEqualTo(LocalDate.of(2026, 9, 28));
  }

  @Test
  void theDayViewShowsOneDayAndTheMonthsNumberOpensIt() {
    Post yoga = post(BERLIN, "Morning flow", "2026-10-07T07:15:00Z", PostStatus.SCHEDULED);
    CalendarViewModel model = calendar(BERLIN, yoga);

    model.openDay(LocalDate.of(2026, 10, 7));
    assertThat(model.modeProperty().get()).isEqualTo(CalendarMode.DAY);
    assertThat(model.titleProperty().get()).isEqualTo("Wednesday 7 October 2026");
    assertThat(model.days()).singleElement().satisfies(d -> assertThat(d.items()).hasSize(1));

    model.previous();
    assertThat(model.titleProperty().get()).isEqualTo("Tuesday 6 October 2026");
    assertThat(model.emptyNoteProperty().get())
        .startsWith("No posts in Tue 6 Oct for Studio Lumen Yoga. Press Ctrl+N to write one");

    model.modeProperty().set(CalendarMode.MONTH);
    assertThat(model.titleProperty().get()).isEqualTo("October 2026");
  }

  @Test
  void theBrandsZoneIsNamedWithThePersonsOwnClockBesideIt() {
    CalendarViewModel model = calendar(BERLIN);

    assertThat(model.zoneNoteProperty().get())
        .isEqualTo("Times in Berlin (CEST) · your clock (UTC) is 2 h behind");
    assertThat(model.localHour(LocalDate.of(2026, 10, 1), 9)).isEqualTo("07:00");
    assertThat(model.localHour(LocalDate.of(2026, 10, 26), 9)).isEqualTo("08:00");
    assertThat(model.zoneName(LocalDate.of(2026, 10, 1))).isEqualTo("CEST");
    assertThat(model.localZoneName(LocalDate.of(2026, 10, 1))).isEqualTo("UTC");
  }

  @Test
  void movingKeepsTheWallClockTimeAcrossTheAutumnChange() {
    // 10:00 CEST on 20 October (08:00 UTC) to 27 October, after the clocks went back: 10:00 CET.
    Post yoga = post(BERLIN, "Morning flow", "2026-10-20T08:00:00Z", PostStatus.SCHEDULED);
    CalendarViewModel model = calendar(BERLIN, yoga);

    MoveCheck check = model.checkMove(yoga.id(), LocalDate.of(2026, 10, 27));
    assertThat(check.allowed()).isTrue();
    assertThat(check.needsConfirmation()).isFalse();
    assertThat(check.needsChoice()).isFalse();
    model.move(yoga.id(), check.choices().getFirst().due());

    assertThat(store.post(yoga.id()).orElseThrow().post().dueAt())
        .isEqualTo(Instant.parse("2026-10-27T09:00:00Z"));
    assertThat(model.messageProperty().get()).isEqualTo("Moved to Tue 27 Oct, 10:00.");
    assertThat(localChanges).isEqualTo(1);
    assertThat(day(model, LocalDate.of(2026, 10, 27)).items()).hasSize(1);
  }

  @Test
  void aSlotInTheWeekMovesThePostToThatDayAndTime() {
    Post yoga = post(BERLIN, "Morning flow", "2026-10-07T07:15:00Z", PostStatus.SCHEDULED);
    CalendarViewModel model = calendar(BERLIN, yoga);
    model.dateProperty().set(LocalDate.of(2026, 10, 7));
    model.modeProperty().set(CalendarMode.WEEK);

    MoveCheck check = model.checkMove(yoga.id(), LocalDate.of(2026, 10, 9), LocalTime.of(18, 30));
    assertThat(check.message()).isEqualTo("Move “Morning flow” to Fri 9 Oct, 18:30.");
    model.move(yoga.id(), check.choices().getFirst().due());

    assertThat(store.post(yoga.id()).orElseThrow().post().dueAt())
        .isEqualTo(Instant.parse("2026-10-09T16:30:00Z"));
    assertThat(day(model, LocalDate.of(2026, 10, 9)).items())
        .singleElement()
        .satisfies(i -> assertThat(i.time()).isEqualTo("18:30"));
    assertThat(
            model.checkMove(yoga.id(), LocalDate.of(2026, 10, 9), LocalTime.of(18, 30)).allowed())
        .isFalse();
  }

  @Test
  void intoThePastAsksFirstAndPublishedPostsStay() {
    Post coming = post(BERLIN, "Open day", "2026-10-10T08:00:00Z", PostStatus.SCHEDULED);
    Post done = post(BERLIN, "Welcome", "2026-10-02T08:00:00Z", PostStatus.PUBLISHED);
    CalendarViewModel model = calendar(BERLIN, coming, done);

    MoveCheck past = model.checkMove(coming.id(), LocalDate.of(2026, 9, 30));
    assertThat(past.needsConfirmation()).isTrue();
    assertThat(past.message()).contains("in the past");
    MoveCheck earlierToday =
        model.checkMove(coming.id(), LocalDate.of(2026, 10, 1), LocalTime.of(9, 30));
    assertThat(earlierToday.needsConfirmation()).isTrue();

    MoveCheck published = model.checkMove(done.id(), LocalDate.of(2026, 10, 5));
    assertThat(published.allowed()).isFalse();
    model.refuse(published);
    model.move(done.id(), Instant.parse("2026-10-05T08:00:00Z"));
    assertThat(model.messageProperty().get()).isEqualTo("Published posts cannot be moved.");
    assertThat(store.post(done.id()).orElseThrow().post().dueAt()).isEqualTo(done.dueAt());
  }

  @Test
  void theDailyInstagramAndXQuotasAreCountedInEveryView() {
    Post a = post(BERLIN, "One", "2026-10-12T08:00:00Z", PostStatus.SCHEDULED, Network.INSTAGRAM);
    Post b = post(BERLIN, "Two", "2026-10-12T12:00:00Z", PostStatus.SCHEDULED, Network.INSTAGRAM);
    Post c = post(BERLIN, "Three", "2026-10-12T14:00:00Z", PostStatus.SCHEDULED, Network.X);
    Post d = post(BERLIN, "Idea", "2026-10-12T15:00:00Z", PostStatus.DRAFT, Network.INSTAGRAM);
    CalendarViewModel model = calendar(BERLIN, a, b, c, d);
    LocalDate monday = LocalDate.of(2026, 10, 12);

    for (CalendarMode mode : CalendarMode.values()) {
      model.dateProperty().set(monday);
      model.modeProperty().set(mode);
      DayCell day = day(model, monday);
      assertThat(day.quota()).as(mode.label()).isEqualTo("IG 2/100 · X 1/100");
      assertThat(day.overQuota()).isFalse();
      assertThat(day.items()).hasSize(4);
    }

    model.open(a.id());
    assertThat(opened).containsExactly(a.id());
  }

  @Test
  void chipsCarryNetworksStatusAndATruncatedCaption() {
    String caption =
        "Our winter menu is here! Slow-cooked ragù, hand-rolled pappardelle and a pumpkin risotto"
            + " that tastes like Sunday at nonna's 🍷 Book your table for the launch weekend.";
    Post menu =
        post(
            BERLIN,
            caption,
            "2026-10-12T08:00:00Z",
            PostStatus.NEEDS_ATTENTION,
            Network.INSTAGRAM,
            Network.FACEBOOK);
    CalendarViewModel model = calendar(BERLIN, menu);
    model.dateProperty().set(LocalDate.of(2026, 10, 12));

    CalendarItem item = day(model, LocalDate.of(2026, 10, 12)).items().getFirst();
    assertThat(item.networks()).containsExactlyInAnyOrder(Network.INSTAGRAM, Network.FACEBOOK);
    assertThat(item.status()).isEqualTo(PostStatus.NEEDS_ATTENTION);
    assertThat(item.snippet()).endsWith("…").hasSizeLessThanOrEqualTo(90);
    assertThat(model.details(item.id()))
        .startsWith(
            "Needs attention · Facebook, Instagram\n10:00 in Berlin · Mon 12 Oct, 08:00"
                + " your time (UTC)");
  }

  @Test
  void itOpensOnTheBrandChosenInTheHeaderAndKeepsItsOwnChoiceOtherwise() {
    store = io.autoposter.desktop.storage.LocalStore.open(dir.resolve("local"));
    io.autoposter.desktop.queue.QueueFixture.fill(
        store, java.util.List.of(BERLIN, NEW_YORK), java.util.List.of());
    CalendarViewModel model =
        new CalendarViewModel(
            store,
            io.autoposter.desktop.ui.TaskExecutor.sameThread(),
            NOW,
            opened::add,
            () -> localChanges++);

    model.reload(NEW_YORK.id());
    assertThat(model.brandProperty().get()).isEqualTo(NEW_YORK);

    model.reload(null);
    assertThat(model.brandProperty().get())
        .as("no header brand: keeps its own")
        .isEqualTo(NEW_YORK);

    model.reload(io.autoposter.model.BrandId.random());
    assertThat(model.brandProperty().get()).as("an unknown brand").isEqualTo(NEW_YORK);

    model.reload(BERLIN.id());
    assertThat(model.brandProperty().get()).isEqualTo(BERLIN);
  }
}
