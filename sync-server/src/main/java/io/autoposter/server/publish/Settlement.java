package io.autoposter.server.publish;

import java.time.Instant;

/**
 * What a claim ends with: the new state and what is known about the post on the platform. {@code
 * nextAttemptAt} is set for SCHEDULED and UNKNOWN (when to take it again).
 */
record Settlement(
    TargetState state,
    Instant nextAttemptAt,
    int reconciles,
    String stepId,
    String platformPostId,
    String permalink,
    PlatformError error,
    String errorMessage) {

  static Settlement published(PublishTarget t, String platformPostId, String permalink) {
    return published(t, platformPostId, permalink, null);
  }

  /** Published, with a warning people read next to the permalink (null: none). */
  static Settlement published(
      PublishTarget t, String platformPostId, String permalink, String warning) {
    return new Settlement(
        TargetState.PUBLISHED,
        null,
        t.reconciles(),
        t.stepId(),
        platformPostId,
        permalink,
        null,
        warning);
  }

  static Settlement failed(
      PublishTarget t, TargetState state, PlatformError error, String message) {
    return new Settlement(state, null, t.reconciles(), t.stepId(), null, null, error, message);
  }

  /**
   * Proven not on the platform: try again later, with a fresh first step, except a thread's tweets
   * already out, from which the thread goes on.
   */
  static Settlement retry(PublishTarget t, Instant at, PlatformError error, String message) {
    String kept = ThreadProgress.isProgress(t.stepId()) ? t.stepId() : null;
    return new Settlement(TargetState.SCHEDULED, at, 0, kept, null, null, error, message);
  }

  /**
   * Not known whether it is on the platform (no answer, 5xx): asked again later. People read that
   * the platform is not answering properly and that Autoposter goes on by itself.
   */
  static Settlement unknown(PublishTarget t, Instant at, int reconciles) {
    return new Settlement(
        TargetState.UNKNOWN,
        at,
        reconciles,
        t.stepId(),
        null,
        null,
        PlatformError.PLATFORM_OUTAGE,
        PlatformError.PLATFORM_OUTAGE.message(t.network(), t.accountName()));
  }
}
