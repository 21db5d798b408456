package io.autoposter.desktop.workspace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo over whole states of the composer, bounded to {@code limit} steps. Changes to one
 * text field within a typing burst (no pause longer than {@code burst}) are one step, as text
 * controls do; any other change is a step of its own. Pure: the caller says when a change happened.
 *
 * @param <S> an immutable snapshot of the form
 */
final class ComposeHistory<S> {

  private final int limit;
  private final Duration burst;
  private final Deque<S> undo = new ArrayDeque<>();
  private final Deque<S> redo = new ArrayDeque<>();
  private S current;
  private String typingField;
  private Instant typedAt;

  ComposeHistory(int limit, Duration burst, S start) {
    if (limit < 1) {
      throw new IllegalArgumentException("the history needs room for a step");
    }
    this.limit = limit;
    this.burst = Objects.requireNonNull(burst, "burst");
    this.current = Objects.requireNonNull(start, "start");
  }

  /** Forgets every step: {@code state} is where undo stops (a post just loaded or saved). */
  void reset(S state) {
    undo.clear();
    redo.clear();
    current = Objects.requireNonNull(state, "state");
    typingField = null;
  }

  /**
   * The form now shows {@code state} without it being a step of its own (the open post was reloaded
   * after a sync): earlier steps stay reachable, redo is dropped.
   */
  void replaceCurrent(S state) {
    current = Objects.requireNonNull(state, "state");
    redo.clear();
    typingField = null;
  }

  /**
   * The form changed to {@code state}.
   *
   * @param field the text field typed in, or null for any other change (never merged)
   */
  void record(S state, String field, Instant at) {
    Objects.requireNonNull(state, "state");
    if (state.equals(current)) {
      return;
    }
    boolean sameBurst =
        field != null
            && field.equals(typingField)
            && typedAt != null
            && !at.isAfter(typedAt.plus(burst))
            && !undo.isEmpty();
    if (!sameBurst) {
      undo.push(current);
      while (undo.size() > limit) {
        undo.removeLast();
      }
    }
    redo.clear();
    current = state;
    typingField = field;
    typedAt = at;
  }

  /** Ends the typing burst: the next keystroke starts a new step. */
  void breakBurst() {
    typingField = null;
  }

  /** The state before the last step, which becomes current; empty when there is none. */
  Optional<S> undo() {
    if (undo.isEmpty()) {
      return Optional.empty();
    }
    redo.push(current);
    current = undo.pop();
    typingField = null;
    return Optional.of(current);
  }

  /** The state the last undo left, which becomes current again; empty when there is none. */
  Optional<S> redo() {
    if (redo.isEmpty()) {
      return Optional.empty();
    }
    undo.push(current);
    current = redo.pop();
    typingField = null;
    return Optional.of(current);
  }

  boolean canUndo() {
    return !undo.isEmpty();
  }

  boolean canRedo() {
    return !redo.isEmpty();
  }

  S current() {
    return current;
  }
}
