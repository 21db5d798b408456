package io.autoposter.model.quota;

import io.autoposter.model.Network;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many posts one account of a network may publish in any moving window: Instagram's
 * API-published posts per 24 hours (the platform says how many; {@link #defaultFor} is the value
 * Meta documents until it was read) and X's posts per user per 24 hours. Shared by the server,
 * which refuses scheduling beyond it, and the desktop, which shows the usage.
 *
 * @param limit posts allowed in any window of {@code window}
 */
public record PostingQuota(Network network, int limit, Duration window) {
  /** Meta's documented limit of API-published Instagram posts in a moving 24 hours. */
  public static final int INSTAGRAM_PER_DAY = 100;

  /** X's per-user limit on creating posts through the API (Basic access) in 24 hours. */
  public static final int X_PER_DAY = 100;

  public PostingQuota {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(window, "window");
    if (limit < 0 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a quota needs a limit >= 0 and a positive window");
    }
  }

  /** The quota a network has before the platform said otherwise; empty when it has none. */
  public static Optional<PostingQuota> defaultFor(Network network) {
    return switch (network) {
      case INSTAGRAM ->
          Optional.of(new PostingQuota(network, INSTAGRAM_PER_DAY, Duration.ofHours(24)));
      case X -> Optional.of(new PostingQuota(network, X_PER_DAY, Duration.ofHours(24)));
      default -> Optional.empty();
    };
  }

  /**
   * The busiest window that would hold a post due at {@code due}: of every window of this length
   * that contains {@code due}, the one holding most of {@code others} (posts already due or
   * published on the same account, this post left out).
   */
  public Busiest busiest(Collection<Instant> others, Instant due) {
    List<Instant> near = new ArrayList<>();
    for (Instant at : others) {
      if (at.isAfter(due.minus(window)) && at.isBefore(due.plus(window))) {
        near.add(at);
      }
    }
    near.sort(null);
    // Windows [start, start + window) holding due start in (due - window, due]; the best ones
    // start at a post's time (or at due itself).
    Busiest best = new Busiest(0, due, due.plus(window));
    List<Instant> starts = new ArrayList<>();
    starts.add(due);
    for (Instant at : near) {
      if (!at.isAfter(due)) {
        starts.add(at);
      }
    }
    int from = 0;
    starts.sort(null);
    for (Instant start : starts) {
      Instant end = start.plus(window);
      while (from < near.size() && near.get(from).isBefore(start)) {
        from++;
      }
      int count = 0;
      for (int i = from; i < near.size() && near.get(i).isBefore(end); i++) {
        count++;
      }
      if (count > best.count()) {
        best = new Busiest(count, start, end);
      }
    }
    return best;
  }

  /** True when one more post due at {@code due} stays within the quota. */
  public boolean allows(Collection<Instant> others, Instant due) {
    return busiest(others, due).count() < limit;
  }

  /** {@code count} posts fall in {@code [from, to)}. */
  public record Busiest(int count, Instant from, Instant to) {}
}
