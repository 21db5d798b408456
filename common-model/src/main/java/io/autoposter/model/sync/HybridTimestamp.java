package io.autoposter.model.sync;

import java.util.Comparator;
import java.util.Objects;

/**
 * A hybrid logical clock stamp: wall-clock milliseconds, a counter for events within the same
 * millisecond, and the node that made it as a tie-breaker. Orders edits for last-writer-wins.
 */
public record HybridTimestamp(long wallMillis, int counter, String node)
    implements Comparable<HybridTimestamp> {

  private static final Comparator<HybridTimestamp> ORDER =
      Comparator.comparingLong(HybridTimestamp::wallMillis)
          .thenComparingInt(HybridTimestamp::counter)
          .thenComparing(HybridTimestamp::node);

  public HybridTimestamp {
    Objects.requireNonNull(node, "node");
    if (wallMillis < 0 || counter < 0) {
      throw new IllegalArgumentException("clock values must not be negative");
    }
  }

  @Override
  public int compareTo(HybridTimestamp other) {
    return ORDER.compare(this, other);
  }

  public boolean isAfter(HybridTimestamp other) {
    return compareTo(other) > 0;
  }
}
