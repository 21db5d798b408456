package io.autoposter.model.sync;

import java.time.Clock;
import java.util.Objects;

/** Issues monotonically increasing {@link HybridTimestamp}s for one node; thread-safe. */
public final class HybridClock {

  private final Clock clock;
  private final String node;
  private HybridTimestamp last;

  public HybridClock(Clock clock, String node) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.node = Objects.requireNonNull(node, "node");
    this.last = new HybridTimestamp(0, 0, node);
  }

  /** A stamp later than every stamp this clock has issued or observed. */
  public synchronized HybridTimestamp now() {
    long wall = clock.millis();
    last =
        wall > last.wallMillis()
            ? new HybridTimestamp(wall, 0, node)
            : new HybridTimestamp(last.wallMillis(), last.counter() + 1, node);
    return last;
  }

  /** Moves this clock past a stamp seen from another node, so later local edits order after it. */
  public synchronized void observe(HybridTimestamp remote) {
    if (remote.wallMillis() > last.wallMillis()
        || (remote.wallMillis() == last.wallMillis() && remote.counter() > last.counter())) {
      last = new HybridTimestamp(remote.wallMillis(), remote.counter(), node);
    }
  }
}
