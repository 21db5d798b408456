package io.autoposter.desktop.calendar;

import io.autoposter.desktop.ui.Snippets;
import io.autoposter.model.Post;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;

/**
 * Where a dragged post would land on the brand's clock. A time the clocks skip or pass twice is
 * never decided silently: the check offers both meanings (as the composer's due time does).
 */
final class Moves {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
  private static final String PAST = " — in the past, publishes right away";

  private Moves() {}

  /**
   * Whether {@code post} may move to {@code day} at {@code time} on {@code zone}'s clock; a null
   * {@code time} keeps the post's own wall-clock time (the month view).
   */
  static MoveCheck check(Post post, ZoneId zone, LocalDate day, LocalTime time, Instant now) {
    if (post == null) {
      return MoveCheck.refused("That post is no longer on this page.");
    }
    if (post.status().isReadOnly()) {
      return MoveCheck.refused("Published posts cannot be moved.");
    }
    if (post.dueAt() == null) {
      return MoveCheck.refused("That draft has no date yet; give it one in the composer.");
    }
    ZonedDateTime was = post.dueAt().atZone(zone);
    LocalTime at = time == null ? was.toLocalTime() : time;
    if (was.toLocalDate().equals(day) && was.toLocalTime().equals(at)) {
      return MoveCheck.refused("");
    }
    String snippet = Snippets.of(post.caption(), 40);
    LocalDateTime local = LocalDateTime.of(day, at);
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      Instant due = local.atOffset(offsets.getFirst()).toInstant();
      boolean past = !due.isAfter(now);
      String when = DAY.format(local) + ", " + TIME.format(local);
      return new MoveCheck(
          true,
          past
              ? "Move “%s” to %s? That is in the past, so it would be published right away."
                  .formatted(snippet, when)
              : "Move “%s” to %s.".formatted(snippet, when),
          List.of(new MoveCheck.Choice(due, "Move", past)));
    }
    ZoneOffsetTransition change = zone.getRules().getTransition(local);
    String place = city(zone);
    String jump =
        "the clocks %s from %s to %s"
            .formatted(
                change.isGap() ? "jump" : "go back",
                TIME.format(change.getDateTimeBefore()),
                TIME.format(change.getDateTimeAfter()));
    if (offsets.isEmpty()) {
      Duration gap = change.getDuration();
      ZonedDateTime after = local.plus(gap).atZone(zone);
      ZonedDateTime before = local.minus(gap).atZone(zone);
      return new MoveCheck(
          true,
          "%s does not exist on %s in %s: %s. When should “%s” go out?"
              .formatted(TIME.format(at), DAY.format(day), place, jump, snippet),
          List.of(
              choice(after.toInstant(), label(after) + ", after the change", now),
              choice(before.toInstant(), label(before) + ", before the change", now)));
    }
    ZonedDateTime first = local.atZone(zone).withEarlierOffsetAtOverlap();
    ZonedDateTime second = first.withLaterOffsetAtOverlap();
    return new MoveCheck(
        true,
        "%s happens twice on %s in %s: %s. Which %s should “%s” go out at?"
            .formatted(TIME.format(at), DAY.format(day), place, jump, TIME.format(at), snippet),
        List.of(
            choice(first.toInstant(), "The first " + zoned(first), now),
            choice(second.toInstant(), "The second " + zoned(second), now)));
  }

  /** "Tue 27 Oct, 10:00", with the zone's name when that wall time happens twice that day. */
  static String when(Instant due, ZoneId zone) {
    ZonedDateTime at = due.atZone(zone);
    boolean twice = zone.getRules().getValidOffsets(at.toLocalDateTime()).size() > 1;
    return DAY.format(at) + ", " + TIME.format(at) + (twice ? " " + ZONE.format(at) : "");
  }

  /** "09:15", or "02:30 CET" when the clocks pass 02:30 twice that day. */
  static String chipTime(ZonedDateTime at) {
    boolean twice = at.getZone().getRules().getValidOffsets(at.toLocalDateTime()).size() > 1;
    return TIME.format(at) + (twice ? " " + ZONE.format(at) : "");
  }

  private static MoveCheck.Choice choice(Instant due, String label, Instant now) {
    boolean past = !due.isAfter(now);
    return new MoveCheck.Choice(due, past ? label + PAST : label, past);
  }

  private static String label(ZonedDateTime at) {
    return TIME.format(at) + " " + ZONE.format(at);
  }

  private static String zoned(ZonedDateTime at) {
    return "%s (%s, UTC%s)".formatted(TIME.format(at), ZONE.format(at), at.getOffset());
  }

  /** "Berlin", "New York", or "UTC" / "UTC+02:00" for a plain offset. */
  static String city(ZoneId zone) {
    if (zone.normalized() instanceof ZoneOffset offset) {
      return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
    String id = zone.getId();
    int slash = id.lastIndexOf('/');
    return (slash < 0 ? id : id.substring(slash + 1)).replace('_', ' ');
  }
}
