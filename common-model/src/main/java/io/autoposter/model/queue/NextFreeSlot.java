package io.autoposter.model.queue;

import io.autoposter.model.PostingSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The next free posting slot of a brand: the earliest weekly slot after now, on the brand's wall
 * clock, at which no scheduled post of the brand is due. A slot time the clocks skip that day
 * (spring) moves forward by the gap, as {@link ZonedDateTime#of} does (Berlin Sun 02:30 becomes
 * 03:30 CEST); a time the clocks pass twice (autumn) is the first of the two. The desktop's "Add to
 * queue" and the server's {@code POST /api/v1/queue} both take it from here.
 */
public final class NextFreeSlot {

  /** How far ahead "add to queue" looks. */
  public static final int WEEKS_AHEAD = 8;

  private NextFreeSlot() {}

  /**
   * The first slot strictly after {@code now}, not in {@code taken}, within {@code weeks} weeks
   * (counted in days from today on the brand's clock); empty when every one is taken.
   */
  public static Optional<ZonedDateTime> after(
      Instant now, ZoneId zone, List<PostingSlot> slots, Set<Instant> taken, int weeks) {
    if (slots.isEmpty()) {
      return Optional.empty();
    }
    List<PostingSlot> sorted = slots.stream().sorted().toList();
    LocalDate today = now.atZone(zone).toLocalDate();
    for (int day = 0; day <= weeks * 7; day++) {
      LocalDate date = today.plusDays(day);
      for (PostingSlot slot : sorted) {
        if (slot.day() != date.getDayOfWeek()) {
          continue;
        }
        ZonedDateTime at = ZonedDateTime.of(date, slot.time(), zone);
        if (at.toInstant().isAfter(now) && !taken.contains(at.toInstant())) {
          return Optional.of(at);
        }
      }
    }
    return Optional.empty();
  }
}
