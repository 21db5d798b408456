package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * A recurring weekly time a brand likes to post at, on the brand's wall clock: "Monday 09:00" in
 * the brand's zone, whatever the season. Whole minutes only, so two slots never differ by seconds
 * nobody can see. On the wire: {@code {"day":"MONDAY","time":"09:00"}}.
 */
public record PostingSlot(DayOfWeek day, @JsonFormat(pattern = "HH:mm") LocalTime time)
    implements Comparable<PostingSlot> {

  private static final Comparator<PostingSlot> ORDER =
      Comparator.comparing(PostingSlot::day).thenComparing(PostingSlot::time);

  public PostingSlot {
    Objects.requireNonNull(day, "A posting slot needs a day of the week.");
    Objects.requireNonNull(time, "A posting slot needs a time.");
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException("A posting slot is a time in whole minutes, like 09:30.");
    }
  }

  /** Monday first, then by time. */
  @Override
  public int compareTo(PostingSlot other) {
    return ORDER.compare(this, other);
  }
}
