package io.autoposter.simulator.x;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user 15-minute windows behind the {@code x-rate-limit-*} headers of {@code POST /2/tweets}.
 * They count but do not refuse: a 429 comes only from the rate-limit knob, so a large test burst is
 * never throttled by accident.
 */
final class RateWindows {
  static final int LIMIT = 10_000;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private record Window(Instant start, int used) {}

  private final ConcurrentHashMap<String, Window> byUser = new ConcurrentHashMap<>();

  /** Counts one call; returns the calls left in the window (0 at the least). */
  int use(String user, Instant now) {
    Window window =
        byUser.compute(
            user,
            (k, w) ->
                w == null || !now.isBefore(w.start().plus(WINDOW))
                    ? new Window(now, 1)
                    : new Window(w.start(), w.used() + 1));
    return Math.max(0, LIMIT - window.used());
  }

  Instant reset(String user, Instant now) {
    Window window = byUser.get(user);
    return window == null ? now.plus(WINDOW) : window.start().plus(WINDOW);
  }

  static Instant nextReset(Instant now) {
    return now.plus(WINDOW);
  }

  void clear() {
    byUser.clear();
  }
}
