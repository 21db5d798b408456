package io.autoposter.desktop.calendar;

import static io.autoposter.desktop.calendar.CalendarModelFixture.BERLIN;
import static io.autoposter.desktop.calendar.CalendarModelFixture.NEW_YORK;
import static io.autoposter.desktop.calendar.CalendarModelFixture.day;
import static io.autoposter.desktop.calendar.CalendarModelFixture.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Weeks with a clock change: Europe/Berlin and America/New_York on both switch days. The grid shows
 * the brand's wall-clock hours; a drop on a time the clocks skip or pass twice asks.
 */
class CalendarClockChangeTest {

  @Nested
  class InTheWeekView extends CalendarModelFixture {

    @Test
    void berlinsSpringDayHas23HoursAndItsPostsKeepTheirWallTimes() {
      // Sunday 28 March 2027: 02:00 CET becomes 03:00 CEST.
      Post before = post(BERLIN, "Before", "2027-03-28T00:30:00Z", PostStatus.SCHEDULED);
      Post after = post(BERLIN, "After", "2027-03-28T01:30:00Z", PostStatus.SCHEDULED);
      CalendarViewModel model = week(BERLIN, LocalDate.of(2027, 3, 24), before, after);

      DayCell sunday = day(model, LocalDate.of(2027, 3, 28));
      assertThat(sunday.clockChanges())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.skipped()).isTrue();
                assertThat(c.from()).isEqualTo(LocalTime.of(2, 0));
                assertThat(c.to()).isEqualTo(LocalTime.of(3, 0));
                assertThat(c.note()).isEqualTo("Clocks go forward 02:00 → 03:00 · 23-hour day");
              });
      assertThat(sunday.items())
          .extracting(CalendarItem::wallTime)
          .containsExactly(LocalTime.of(1, 30), LocalTime.of(3, 30));
      assertThat(day(model, LocalDate.of(2027, 3, 27)).clockChanges()).isEmpty();
    }

    @Test
    void berlinsAutumnDayHas25HoursAndNamesTheRepeatedHoursZone() {
      // Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
      Post first = post(BERLIN, "First", "2026-10-25T00:30:00Z", PostStatus.SCHEDULED);
      Post second = post(BERLIN, "Second", "2026-10-25T01:30:00Z", PostStatus.SCHEDULED);
      CalendarViewModel model = week(BERLIN, LocalDate.of(2026, 10, 22), first, second);

      DayCell sunday = day(model, LocalDate.of(2026, 10, 25));
      assertThat(sunday.clockChanges())
          .singleElement()
          .satisfies(
              c -> assertThat(c.note()).isEqualTo("Clocks go back 03:00 → 02:00 · 25-hour day"));
      assertThat(sunday.items())
          .extracting(CalendarItem::time)
          .containsExactly("02:30 CEST", "02:30 CET");
    }

    @Test
    void newYorksSpringAndAutumnDaysAreFound() {
      CalendarViewModel model = week(NEW_YORK, LocalDate.of(2026, 11, 1));
      assertThat(day(model, LocalDate.of(2026, 11, 1)).clockChanges())
          .singleElement()
          .satisfies(
              c -> assertThat(c.note()).isEqualTo("Clocks go back 02:00 → 01:00 · 25-hour day"));

      model.dateProperty().set(LocalDate.of(2027, 3, 14));
      assertThat(model.days().getFirst().date()).isEqualTo(LocalDate.of(2027, 3, 8));
      assertThat(day(model, LocalDate.of(2027, 3, 14)).clockChanges())
          .singleElement()
          .satisfies(
              c -> assertThat(c.note()).isEqualTo("Clocks go forward 02:00 → 03:00 · 23-hour day"));
      assertThat(model.days()).filteredOn(d -> !d.clockChanges().isEmpty()).hasSize(1);
    }

    @Test
    void aSlotTheSpringChangeSkipsOffersTheTimesAfterAndBefore() {
      Post class1 = post(BERLIN, "Sunrise yoga", "2027-03-25T08:00:00Z", PostStatus.SCHEDULED);
      CalendarViewModel model = week(BERLIN, LocalDate.of(2027, 3, 25), class1);

      MoveCheck check =
          model.checkMove(class1.id(), LocalDate.of(2027, 3, 28), LocalTime.of(2, 30));
      assertThat(check.needsChoice()).isTrue();
      assertThat(check.message())
          .isEqualTo(
              "02:30 does not exist on Sun 28 Mar in Berlin: the clocks jump from 02:00 to 03:00."
                  + " When should “Sunrise yoga” go out?");
      assertThat(check.choices())
          .extracting(MoveCheck.Choice::label)
          .containsExactly("03:30 CEST, after the change", "01:30 CET, before the change");

      model.move(class1.id(), check.choices().getFirst().due());
      assertThat(store().post(class1.id()).orElseThrow().post().dueAt())
          .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
      assertThat(model.messageProperty().get()).isEqualTo("Moved to Sun 28 Mar, 03:30.");
    }

    @Test
    void aSlotTheAutumnChangeRepeatsOffersTheFirstAndTheSecond() {
      Post gelato = post(NEW_YORK, "Late gelato", "2026-10-29T16:00:00Z", PostStatus.SCHEDULED);
      CalendarViewModel model = week(NEW_YORK, LocalDate.of(2026, 10, 29), gelato);

      MoveCheck check =
          model.checkMove(gelato.id(), LocalDate.of(2026, 11, 1), LocalTime.of(1, 30));
      assertThat(check.message())
          .startsWith(
              "01:30 happens twice on Sun 1 Nov in New York: the clocks go back from 02:00"
                  + " to 01:00.");
      assertThat(check.choices())
          .extracting(MoveCheck.Choice::label)
          .containsExactly("The first 01:30 (EDT, UTC-04:00)", "The second 01:30 (EST, UTC-05:00)");

      model.move(gelato.id(), check.choices().get(1).due());
      assertThat(store().post(gelato.id()).orElseThrow().post().dueAt())
          .isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
      assertThat(model.messageProperty().get()).isEqualTo("Moved to Sun 1 Nov, 01:30 EST.");
    }

    private CalendarViewModel week(io.autoposter.model.Brand brand, LocalDate date, Post... posts) {
      CalendarViewModel model = calendar(brand, posts);
      model.dateProperty().set(date);
      model.modeProperty().set(CalendarMode.WEEK);
      return model;
    }
  }

  @Nested
  class InTheMonthView extends CalendarModelFixture {

    @Test
    void aTimeTheSpringChangeSkipsIsAskedNotShifted() {
      Post gelato =
          post(NEW_YORK, "Gelato at midnight", "2027-03-01T07:30:00Z", PostStatus.SCHEDULED);
      CalendarViewModel model = calendar(NEW_YORK, gelato);
      model.dateProperty().set(LocalDate.of(2027, 3, 1));

      MoveCheck check = model.checkMove(gelato.id(), LocalDate.of(2027, 3, 14));
      assertThat(check.needsChoice()).isTrue();
      assertThat(check.message()).startsWith("02:30 does not exist on Sun 14 Mar in New York");
      model.move(gelato.id(), check.choices().getFirst().due());

      assertThat(store().post(gelato.id()).orElseThrow().post().dueAt())
          .isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
    }

    @Test
    void aTimeTheAutumnChangeRepeatsIsAsked() {
      Post late = post(BERLIN, "Night owl", "2026-10-18T00:30:00Z", PostStatus.SCHEDULED);
      CalendarViewModel model = calendar(BERLIN, late);
      model.dateProperty().set(LocalDate.of(2026, 10, 1));

      MoveCheck check = model.checkMove(late.id(), LocalDate.of(2026, 10, 25));
      assertThat(check.needsChoice()).isTrue();
      assertThat(check.choices())
          .extracting(MoveCheck.Choice::due)
          .containsExactly(
              Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"));
    }
  }
}
