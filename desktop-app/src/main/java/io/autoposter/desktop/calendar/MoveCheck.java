package io.autoposter.desktop.calendar;

import java.time.Instant;
import java.util.List;

/**
 * Whether a post may move to a day or time slot, and to which instants. One choice is the plain
 * case; two mean the brand's clocks skip that time or pass it twice, and the person chooses.
 *
 * @param message why not, the confirmation text, or the question to ask
 */
public record MoveCheck(boolean allowed, String message, List<Choice> choices) {

  /** One instant the post could move to, worded for a button. */
  public record Choice(Instant due, String label, boolean past) {}

  public MoveCheck {
    choices = List.copyOf(choices);
  }

  static MoveCheck refused(String why) {
    return new MoveCheck(false, why, List.of());
  }

  /** The clocks make the target mean two instants (or none): ask which one. */
  public boolean needsChoice() {
    return choices.size() > 1;
  }

  /** The one target is in the past: ask before moving. */
  public boolean needsConfirmation() {
    return choices.size() == 1 && choices.getFirst().past();
  }
}
