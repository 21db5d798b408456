package io.autoposter.simulator.faults;

import java.time.Duration;

/** One kind of trouble a simulated platform can cause. */
public sealed interface Fault {
  /** Every matching request waits between {@code min} and {@code max} before it is handled. */
  record Latency(Duration min, Duration max) implements Fault {
    public Latency {
      if (min.isNegative() || max.compareTo(min) < 0) {
        throw new IllegalArgumentException("latency needs 0 <= min <= max");
      }
    }
  }

  /** The platform answers with its own 5xx body instead of doing the work. */
  record ServerError(int status) implements Fault {
    public ServerError {
      if (status < 500 || status > 599) {
        throw new IllegalArgumentException("a server error is 5xx, not " + status);
      }
    }
  }

  /**
   * The request is held this long, then handled normally: a client with a shorter timeout gives up
   * while the post still gets created, so the outcome is unknown to it.
   */
  record Hold(Duration duration) implements Fault {}

  /** The post is created, then the connection closes without any answer. */
  record DropAfterCommit() implements Fault {}

  /**
   * The platform's rate-limit answer: Graph {@code code} 4, 17, 32 or 613; X 429 with {@code
   * x-rate-limit-*} headers and LinkedIn 429 (they ignore the code).
   */
  record RateLimited(int graphCode) implements Fault {}

  /** X answers 403 duplicate content (LinkedIn 422 duplicate) even for new text. */
  record Duplicate() implements Fault {}
}
