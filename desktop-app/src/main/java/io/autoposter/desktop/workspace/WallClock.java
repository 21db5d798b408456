package io.autoposter.desktop.workspace;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;

/**
 * A date and time on a brand's wall clock, and what it means: one instant, none (the clocks skip it
 * in spring) or two (they pass it twice in autumn). The last two are never decided silently: the
 * composer asks which one is meant.
 */
sealed interface WallClock {

  DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  /** One of the instants a person may mean, and how the composer words it. */
  record Option(Instant instant, String label) {}

  /** The time exists once. */
  record Exact(Instant instant) implements WallClock {}

  /** The clocks jump over this time; the person chooses the time after or before the jump. */
  record Skipped(String question, List<Option> options) implements WallClock {}

  /** The clocks pass this time twice; the person chooses the first or the second. */
  record Twice(String question, List<Option> options) implements WallClock {}

  /** What {@code date} at {@code time} on {@code zone}'s wall clock is. */
  static WallClock of(LocalDate date, LocalTime time, ZoneId zone) {
    LocalDateTime local = LocalDateTime.of(date, time);
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return new Exact(local.atOffset(offsets.getFirst()).toInstant());
    }
    ZoneOffsetTransition change = zone.getRules().getTransition(local);
    String place = city(zone);
    if (offsets.isEmpty()) {
      Duration jump = change.getDuration();
      LocalDateTime after = local.plus(jump);
      LocalDateTime before = local.minus(jump);
      String question =
          "%s does not exist on %s in %s: the clocks jump from %s to %s."
              .formatted(
                  TIME.format(time),
                  DAY.format(date),
                  place,
                  TIME.format(change.getDateTimeBefore()),
                  TIME.format(change.getDateTimeAfter()));
      return new Skipped(
          question,
          List.of(
              new Option(
                  after.atZone(zone).toInstant(),
                  "%s %s (after the change)".formatted(TIME.format(after), name(zone, after))),
              new Option(
                  before.atZone(zone).toInstant(),
                  "%s %s (before the change)".formatted(TIME.format(before), name(zone, before)))));
    }
    ZoneOffset first = change.getOffsetBefore();
    ZoneOffset second = change.getOffsetAfter();
    String question =
        "%s happens twice on %s in %s: the clocks go back from %s to %s."
            .formatted(
                TIME.format(time),
                DAY.format(date),
                place,
                TIME.format(change.getDateTimeBefore()),
                TIME.format(change.getDateTimeAfter()));
    return new Twice(
        question,
        List.of(
            new Option(
                local.atOffset(first).toInstant(),
                "The first %s (UTC%s, before the change)".formatted(TIME.format(time), first)),
            new Option(
                local.atOffset(second).toInstant(),
                "The second %s (UTC%s, after the change)".formatted(TIME.format(time), second))));
  }

  private static String city(ZoneId zone) {
    String id = zone.getId();
    int slash = id.lastIndexOf('/');
    return (slash < 0 ? id : id.substring(slash + 1)).replace('_', ' ');
  }

  private static String name(ZoneId zone, LocalDateTime when) {
    return zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(zone.getId())
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH)
            .format(when.atZone(zone));
  }
}
