package io.autoposter.server.publish;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where publishing to one social account stands (docs/publishing.md). The allowed moves are here
 * and nowhere else: every UPDATE of a target goes through {@link #require} and is conditional on
 * the state and fence it read, so a move that is not listed can never be written.
 */
enum TargetState {
  /** Waiting for its time ({@code next_attempt_at}). */
  SCHEDULED,
  /** Taken by a worker under a lease; nothing has been sent yet. */
  CLAIMED,
  /** The attempt is committed and the platform call may be on its way. */
  CALLING,
  PUBLISHED,
  /** The platform refused it for good; the error says what a person must fix. */
  FAILED,
  /** A call may have reached the platform but no answer came (timeout, 5xx, crash). */
  UNKNOWN,
  /** A worker is asking the platform whether the post exists. */
  RECONCILING,
  /** The engine gave up (retries or reconciliations exhausted); a person decides. */
  NEEDS_ATTENTION,
  /** Found beyond the brand's grace window after its due time; waits for a person to confirm. */
  HELD_LATE,
  CANCELLED;

  /** The states this one may move to. A claim past its lease may be claimed again (fence + 1). */
  Set<TargetState> next() {
    return switch (this) {
      case SCHEDULED -> EnumSet.of(CLAIMED, HELD_LATE, CANCELLED);
      // Back to SCHEDULED or FAILED only before anything was sent (no token, account broken).
      case CLAIMED -> EnumSet.of(CLAIMED, CALLING, SCHEDULED, FAILED, HELD_LATE, CANCELLED);
      // SCHEDULED only for outcomes proven unpublished (rate limited, never sent).
      case CALLING -> EnumSet.of(PUBLISHED, FAILED, UNKNOWN, SCHEDULED, NEEDS_ATTENTION);
      case UNKNOWN -> EnumSet.of(RECONCILING, NEEDS_ATTENTION);
      case RECONCILING ->
          EnumSet.of(RECONCILING, PUBLISHED, SCHEDULED, FAILED, UNKNOWN, NEEDS_ATTENTION);
      // A person's retry after a fix, or a confirmation. A target whose outcome was never
      // learned goes back to UNKNOWN instead: the platform is asked before anything is sent.
      case NEEDS_ATTENTION -> EnumSet.of(SCHEDULED, UNKNOWN, CANCELLED);
      case FAILED, HELD_LATE -> EnumSet.of(SCHEDULED, CANCELLED);
      // A cancelled post scheduled again.
      case CANCELLED -> EnumSet.of(SCHEDULED);
      case PUBLISHED -> EnumSet.noneOf(TargetState.class);
    };
  }

  boolean canMoveTo(TargetState target) {
    return next().contains(target);
  }

  /** The move, checked: a programming error when it is not allowed. */
  TargetState require(TargetState target) {
    if (!canMoveTo(target)) {
      throw new IllegalStateException(
          "a publish target cannot move from " + this + " to " + target);
    }
    return target;
  }

  /** No worker will touch it again by itself. */
  boolean isSettled() {
    return this == PUBLISHED
        || this == FAILED
        || this == NEEDS_ATTENTION
        || this == HELD_LATE
        || this == CANCELLED;
  }

  /** Held under a lease by some worker. */
  boolean isLeased() {
    return this == CLAIMED || this == CALLING || this == RECONCILING;
  }
}
