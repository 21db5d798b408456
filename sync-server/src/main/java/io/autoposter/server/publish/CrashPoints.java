package io.autoposter.server.publish;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * For the crash harness only ({@code autoposter.publisher.crash-points}, empty in production):
 * where a publishing process stops dead, as a {@code kill -9} would stop it, with the odds of each
 * point, such as {@code after-claim:0.01,after-attempt:0.01,after-send:0.02}. The process halts
 * without shutdown hooks, so nothing is flushed, closed or rolled back politely.
 */
public final class CrashPoints {
  private static final Logger LOG = Logger.getLogger(CrashPoints.class.getName());

  /** The moments of one target's publishing where a crash hurts most. */
  public enum Point {
    /** The claim is committed; nothing is recorded about a call. */
    AFTER_CLAIM,
    /** The attempt is committed (CALLING); the request has not left. */
    AFTER_ATTEMPT,
    /** The platform answered (the post may exist); the answer is not stored. */
    AFTER_SEND
  }

  static final CrashPoints NONE = new CrashPoints(new EnumMap<>(Point.class));

  private final Map<Point, Double> odds;

  private CrashPoints(EnumMap<Point, Double> odds) {
    // In the order of the points, so logs and toString read the same every time.
    this.odds = Collections.unmodifiableMap(new EnumMap<>(odds));
  }

  /** Parses {@code point:odds,…}; blank is none. */
  public static CrashPoints parse(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    EnumMap<Point, Double> odds = new EnumMap<>(Point.class);
    for (String part : text.split(",")) {
      String[] pair = part.strip().split(":");
      if (pair.length != 2) {
        throw new IllegalArgumentException(
            "autoposter.publisher.crash-points: write point:odds, not '" + part.strip() + "'");
      }
      Point point = Point.valueOf(pair[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      double chance = Double.parseDouble(pair[1].strip());
      if (!(chance >= 0 && chance <= 1)) {
        throw new IllegalArgumentException("crash odds must be from 0 to 1, not " + chance);
      }
      odds.put(point, chance);
    }
    return new CrashPoints(odds);
  }

  boolean armed() {
    return !odds.isEmpty();
  }

  /** Halts the process at {@code point} with its odds. */
  void at(Point point) {
    Double chance = odds.get(point);
    if (chance != null && ThreadLocalRandom.current().nextDouble() < chance) {
      LOG.severe(() -> "Crash harness: halting at " + point);
      Runtime.getRuntime().halt(137);
    }
  }

  @Override
  public String toString() {
    return odds.toString();
  }
}
