package io.autoposter.desktop.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;

/**
 * A change of the brand's clocks during a day: the wall-clock hour from {@code from} to {@code to}
 * does not exist ({@code skipped}) or happens twice.
 *
 * @param note what the day header says, such as "Clocks go forward 02:00 → 03:00 · 23-hour day"
 */
record ClockChange(LocalTime from, LocalTime to, boolean skipped, String note) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** The changes of {@code zone}'s clocks on {@code date}: usually none, at most one. */
  static List<ClockChange> on(LocalDate date, ZoneId zone) {
    Instant start = date.atStartOfDay(zone).toInstant();
    Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
    ZoneOffsetTransition change = zone.getRules().nextTransition(start.minusSeconds(1));
    if (change == null || !change.getInstant().isBefore(end)) {
      return List.of();
    }
    long hours = java.time.Duration.between(start, end).toMinutes();
    String length =
        hours % 60 == 0
            ? (hours / 60) + "-hour day"
            : "%d h %02d min day".formatted(hours / 60, hours % 60);
    LocalTime before = change.getDateTimeBefore().toLocalTime();
    LocalTime after = change.getDateTimeAfter().toLocalTime();
    if (change.isGap()) {
      return List.of(
          new ClockChange(
              before,
              after,
              true,
              "Clocks go forward %s → %s · %s"
                  .formatted(TIME.format(before), TIME.format(after), length)));
    }
    return List.of(
        new ClockChange(
            after,
            before,
            false,
            "Clocks go back %s → %s · %s"
                .formatted(TIME.format(before), TIME.format(after), length)));
  }

  /** Whether the wall-clock {@code time} lies in the changed hour. */
  boolean covers(LocalTime time) {
    return !time.isBefore(from) && time.isBefore(to);
  }
}
