package io.autoposter.desktop.calendar;

import io.autoposter.desktop.ui.Snippets;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.LocalTime;
import java.util.Set;

/**
 * One post on a day of the calendar.
 *
 * @param wallTime its time on the brand's clock, where the week and day views place it
 * @param time how the chip shows it: "09:15", or "02:30 CET" in an hour the clocks pass twice
 * @param caption the whole caption; {@link #snippet()} is what a chip shows
 */
public record CalendarItem(
    PostId id,
    LocalTime wallTime,
    String time,
    String caption,
    Set<Network> networks,
    PostStatus status,
    boolean movable) {

  /** The caption on one line, cut at a word; made only for the chips a page draws. */
  public String snippet() {
    return Snippets.of(caption, 90);
  }
}
