package io.autoposter.server.publish;

import java.time.Duration;

/** What one publish call proved. Only {@link NotPublished} outcomes may be retried. */
sealed interface CallOutcome {
  /**
   * The post exists on the platform. {@code warning} (null when none) names what a later step could
   * not do (an Instagram first comment): the post still counts as published.
   */
  record Published(String platformPostId, String permalink, String warning) implements CallOutcome {
    Published(String platformPostId, String permalink) {
      this(platformPostId, permalink, null);
    }
  }

  /**
   * The platform did not publish (it said so, or the request never left): permanent errors end the
   * target FAILED, others ({@link PlatformError#retriesByItself}) are tried again after {@code
   * retryAfter} (null: the engine's backoff).
   */
  record NotPublished(PlatformError error, String detail, Duration retryAfter)
      implements CallOutcome {
    NotPublished(PlatformError error, String detail) {
      this(error, detail, null);
    }
  }

  /** The request may have reached the platform and nobody knows what it did. */
  record Unknown(String detail) implements CallOutcome {}
}
