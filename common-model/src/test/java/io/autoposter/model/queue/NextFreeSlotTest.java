package io.autoposter.model.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.PostingSlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextFreeSlotTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static PostingSlot slot(DayOfWeek day, int hour, int minute) {
    return new PostingSlot(day, LocalTime.of(hour, minute));
  }

  private static ZonedDateTime next(
      String now, ZoneId zone, List<PostingSlot> slots, Set<Instant> taken) {
    return NextFreeSlot.after(Instant.parse(now), zone, slots, taken, 8).orElseThrow();
  }

  @Test
  void theEarliestSlotAfterNowInTheBrandsZone() {
    // Wednesday 2 Dec 2026, 10:00 in Berlin.
    var slots = List.of(slot(DayOfWeek.MONDAY, 9, 0), slot(DayOfWeek.WEDNESDAY, 12, 30));
    assertThat(next("2026-12-02T09:00:00Z", BERLIN, slots, Set.of()))
        .isEqualTo(ZonedDateTime.of(2026, 12, 2, 12, 30, 0, 0, BERLIN));
  }

  @Test
  void aSlotThatHasPassedTodayWaitsForNextWeek() {
    var slots = List.of(slot(DayOfWeek.WEDNESDAY, 9, 0));
    assertThat(next("2026-12-02T09:00:00Z", BERLIN, slots, Set.of()))
        .isEqualTo(ZonedDateTime.of(2026, 12, 9, 9, 0, 0, 0, BERLIN));
  }

  @Test
  void takenSlotsAreSkipped() {
    var slots = List.of(slot(DayOfWeek.MONDAY, 9, 0), slot(DayOfWeek.WEDNESDAY, 12, 30));
    Instant wednesday = ZonedDateTime.of(2026, 12, 2, 12, 30, 0, 0, BERLIN).toInstant();
    Instant monday = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, BERLIN).toInstant();
    assertThat(next("2026-12-02T09:00:00Z", BERLIN, slots, Set.of(wednesday, monday)))
        .isEqualTo(ZonedDateTime.of(2026, 12, 9, 12, 30, 0, 0, BERLIN));
  }

  @Test
  void aSlotIsTakenOnlyByAPostAtThatVeryInstant() {
    var slots = List.of(slot(DayOfWeek.WEDNESDAY, 12, 30));
    Instant aMinuteLater = ZonedDateTime.of(2026, 12, 2, 12, 31, 0, 0, BERLIN).toInstant();
    assertThat(next("2026-12-02T09:00:00Z", BERLIN, slots, Set.of(aMinuteLater)))
        .isEqualTo(ZonedDateTime.of(2026, 12, 2, 12, 30, 0, 0, BERLIN));
  }

  @Test
  void aSlotAtNowExactlyIsNotFree() {
    var slots = List.of(slot(DayOfWeek.WEDNESDAY, 10, 0));
    assertThat(next("2026-12-02T09:00:00Z", BERLIN, slots, Set.of()).toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2026, 12, 9));
  }

  @Test
  void berlinSpringForwardMovesASkippedSlotAnHourLater() {
    // Sunday 29 March 2026: Berlin's clocks jump from 02:00 to 03:00.
    var slots = List.of(slot(DayOfWeek.SUNDAY, 2, 30));
    ZonedDateTime at = next("2026-03-27T12:00:00Z", BERLIN, slots, Set.of());
    assertThat(at.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.of(2026, 3, 29, 3, 30));
    assertThat(at.toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void berlinFallBackTakesTheFirstOfTheTwiceHappeningTime() {
    // Sunday 25 October 2026: Berlin's clocks go back from 03:00 to 02:00.
    var slots = List.of(slot(DayOfWeek.SUNDAY, 2, 30));
    ZonedDateTime at = next("2026-10-23T12:00:00Z", BERLIN, slots, Set.of());
    assertThat(at.toInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void berlinFallBackWithTheFirstTakenMovesToNextWeekNotTheSecondPass() {
    var slots = List.of(slot(DayOfWeek.SUNDAY, 2, 30));
    Instant first = Instant.parse("2026-10-25T00:30:00Z");
    ZonedDateTime at = next("2026-10-23T12:00:00Z", BERLIN, slots, Set.of(first));
    assertThat(at).isEqualTo(ZonedDateTime.of(2026, 11, 1, 2, 30, 0, 0, BERLIN));
  }

  @Test
  void newYorkSpringForwardKeepsTheWallClockTime() {
    // Sunday 8 March 2026: New York goes from EST (-5) to EDT (-4) at 02:00.
    var slots = List.of(slot(DayOfWeek.SATURDAY, 9, 0), slot(DayOfWeek.SUNDAY, 9, 0));
    Instant saturday = Instant.parse("2026-03-07T14:00:00Z");
    ZonedDateTime at = next("2026-03-06T12:00:00Z", NEW_YORK, slots, Set.of(saturday));
    assertThat(at.toInstant()).isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
  }

  @Test
  void newYorkSpringForwardSkippedSlotMovesToThree() {
    var slots = List.of(slot(DayOfWeek.SUNDAY, 2, 15));
    ZonedDateTime at = next("2026-03-06T12:00:00Z", NEW_YORK, slots, Set.of());
    assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(3, 15));
    assertThat(at.toInstant()).isEqualTo(Instant.parse("2026-03-08T07:15:00Z"));
  }

  @Test
  void newYorkFallBackTakesEdtTheFirstTime() {
    // Sunday 1 November 2026: 01:30 happens at -4 and again at -5.
    var slots = List.of(slot(DayOfWeek.SUNDAY, 1, 30));
    ZonedDateTime at = next("2026-10-30T12:00:00Z", NEW_YORK, slots, Set.of());
    assertThat(at.toInstant()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
  }

  @Test
  void nothingWhenEverySlotIsTakenForEightWeeks() {
    var slots = List.of(slot(DayOfWeek.MONDAY, 9, 0));
    Instant now = Instant.parse("2026-12-02T09:00:00Z");
    Set<Instant> taken = new java.util.HashSet<>();
    for (int week = 0; week <= 9; week++) {
      taken.add(ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, BERLIN).plusWeeks(week).toInstant());
    }
    assertThat(NextFreeSlot.after(now, BERLIN, slots, taken, 8)).isEmpty();
  }

  @Test
  void nothingWithoutSlots() {
    assertThat(NextFreeSlot.after(Instant.EPOCH, BERLIN, List.of(), Set.of(), 8)).isEmpty();
  }
}
