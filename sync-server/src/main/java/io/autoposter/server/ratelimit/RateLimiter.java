package io.autoposter.server.ratelimit;

import io.autoposter.server.api.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per (action, account) and per (action, IP) separately. The first {@link
 * #FREE_FAILURES} failures cost nothing; after that each attempt must wait 1 s, 2 s, 4 s … up to
 * {@link #MAX_DELAY} after the last failure. A counter is forgotten {@link #DECAY} after its last
 * failure, and a success resets the account's counter, so nobody is ever locked out for good —
 * which an attacker could otherwise use to lock a real user out.
 */
public final class RateLimiter {
  static final int FREE_FAILURES = 5;
  static final Duration MAX_DELAY = Duration.ofMinutes(15);
  static final Duration DECAY = Duration.ofHours(1);
  private static final int PRUNE_ABOVE = 100_000;

  /** The throttled entry points; each has its own counters. */
  public enum Action {
    SIGN_IN,
    PASSWORD_RESET_REQUEST,
    PASSWORD_RESET_CONFIRM,
    TOTP,
    INVITATION_ACCEPT
  }

  private record Key(Action action, String subject) {}

  private record Failures(int count, Instant last) {}

  private final Clock clock;
  private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

  public RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Throws 429 RATE_LIMITED with the longer of the two waits when the account or the IP must still
   * wait. {@code account} may be null when the attempt names no account.
   */
  public void check(Action action, String account, String ip) {
    Instant now = clock.instant();
    long wait =
        Math.max(
            waitSeconds(accountKey(action, account), now), waitSeconds(ipKey(action, ip), now));
    if (wait > 0) {
      throw ProblemException.rateLimited(wait);
    }
  }

  public void failed(Action action, String account, String ip) {
    Instant now = clock.instant();
    count(accountKey(action, account), now);
    count(ipKey(action, ip), now);
    if (failures.size() > PRUNE_ABOVE) {
      failures.entrySet().removeIf(entry -> decayed(entry.getValue(), now));
    }
  }

  /** A success clears the account's counter; the IP's stays (it may be guessing many accounts). */
  public void succeeded(Action action, String account) {
    Key key = accountKey(action, account);
    if (key != null) {
      failures.remove(key);
    }
  }

  /** The delay owed after {@code count} failures: 0 for the free ones, then 1 s, 2 s, 4 s, … */
  static Duration delayAfter(int count) {
    if (count <= FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(count - FREE_FAILURES - 1, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private long waitSeconds(Key key, Instant now) {
    if (key == null) {
      return 0;
    }
    Failures current = failures.get(key);
    if (current == null || decayed(current, now)) {
      return 0;
    }
    Instant allowedAt = current.last().plus(delayAfter(current.count()));
    if (!now.isBefore(allowedAt)) {
      return 0;
    }
    long millis = Duration.between(now, allowedAt).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  private void count(Key key, Instant now) {
    if (key == null) {
      return;
    }
    failures.compute(
        key,
        (k, old) ->
            old == null || decayed(old, now)
                ? new Failures(1, now)
                : new Failures(old.count() + 1, now));
  }

  private static boolean decayed(Failures failures, Instant now) {
    return !now.isBefore(failures.last().plus(DECAY));
  }

  private static Key accountKey(Action action, String account) {
    return account == null || account.isBlank()
        ? null
        : new Key(action, "account:" + account.strip().toLowerCase(Locale.ROOT));
  }

  private static Key ipKey(Action action, String ip) {
    return ip == null || ip.isBlank() ? null : new Key(action, "ip:" + ip);
  }
}
