package io.autoposter.desktop.calendar;

import java.time.Duration;
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
 * @param before the wall-clock time the clocks leave (02:00 in spring, 03:00 in autumn in Berlin)
 * @param after the wall-clock time they show next
 * @param minutes how long the day is, 23 or 25 hours
 */
record ClockChange(
    LocalTime from,
    LocalTime to,
    boolean skipped,
    LocalTime before,
    LocalTime after,
    long minutes) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** The changes of {@code zone}'s clocks on {@code date}: usually none, at most one. */
  static List<ClockChange> on(LocalDate date, ZoneId zone) {
    Instant start = date.atStartOfDay(zone).toInstant();
    Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
    ZoneOffsetTransition change = zone.getRules().nextTransition(start.minusSeconds(1));
    if (change == null || !change.getInstant().isBefore(end)) {
      return List.of();
    }
    long minutes = Duration.between(start, end).toMinutes();
    LocalTime before = change.getDateTimeBefore().toLocalTime();
    LocalTime after = change.getDateTimeAfter().toLocalTime();
    return List.of(
        change.isGap()
            ? new ClockChange(before, after, true, before, after, minutes)
            : new ClockChange(after, before, false, before, after, minutes));
  }

  /** "Clocks go forward 02:00 → 03:00 · 23-hour day". */
  String note() {
    return "%s %s · %s".formatted(direction(), times(), length());
  }

  /** The same on two short lines, for a narrow day header. */
  String shortNote() {
    return direction() + "\n" + times() + " · " + length();
  }

  private String direction() {
    return skipped ? "Clocks go forward" : "Clocks go back";
  }

  private String times() {
    return TIME.format(before) + " → " + TIME.format(after);
  }

  private String length() {
    return minutes % 60 == 0
        ? (minutes / 60) + "-hour day"
        : "%d h %02d min day".formatted(minutes / 60, minutes % 60);
  }
}
