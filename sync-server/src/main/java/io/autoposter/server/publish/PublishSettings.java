package io.autoposter.server.publish;

import io.helidon.config.Config;
import java.time.Duration;

/**
 * How the engine paces itself ({@code autoposter.publisher.*}, ISO-8601 durations such as {@code
 * PT30S}). The call lease must outlast every HTTP step of one publish (upload, post, permalink
 * read), or a slow but healthy call is reconciled while it is still running (which is safe, only
 * wasteful).
 *
 * @param claimLease how long a claim lasts before the call starts
 * @param callLease how long a call may take before its target counts as UNKNOWN
 * @param httpTimeout per HTTP request
 * @param retryBase first backoff after an outcome proven unpublished; doubles per attempt
 * @param retryMax the longest backoff
 * @param maxAttempts calls per target before a person decides
 * @param reconcileDelay wait after an unknown outcome before asking the platform
 * @param maxReconciles read-backs that could not decide before a person decides
 * @param workers calls in flight at once on this instance
 * @param crashPoints the crash harness's halts; none outside it
 */
public record PublishSettings(
    Duration claimLease,
    Duration callLease,
    Duration httpTimeout,
    Duration retryBase,
    Duration retryMax,
    int maxAttempts,
    Duration reconcileDelay,
    int maxReconciles,
    int workers,
    CrashPoints crashPoints) {

  public PublishSettings {
    crashPoints = crashPoints == null ? CrashPoints.NONE : crashPoints;
  }

  /** Settings without crash points. */
  public PublishSettings(
      Duration claimLease,
      Duration callLease,
      Duration httpTimeout,
      Duration retryBase,
      Duration retryMax,
      int maxAttempts,
      Duration reconcileDelay,
      int maxReconciles,
      int workers) {
    this(
        claimLease,
        callLease,
        httpTimeout,
        retryBase,
        retryMax,
        maxAttempts,
        reconcileDelay,
        maxReconciles,
        workers,
        CrashPoints.NONE);
  }

  static final int DEFAULT_GRACE_MINUTES = 15;

  public static PublishSettings defaults() {
    return new PublishSettings(
        Duration.ofSeconds(30),
        Duration.ofMinutes(2),
        Duration.ofSeconds(20),
        Duration.ofSeconds(30),
        Duration.ofMinutes(30),
        5,
        Duration.ofSeconds(10),
        6,
        256);
  }

  public static PublishSettings from(Config config) {
    Config root = config.get("autoposter.publisher");
    PublishSettings d = defaults();
    return new PublishSettings(
        duration(root, "claim-lease", d.claimLease),
        duration(root, "call-lease", d.callLease),
        duration(root, "http-timeout", d.httpTimeout),
        duration(root, "retry-base", d.retryBase),
        duration(root, "retry-max", d.retryMax),
        root.get("max-attempts").asInt().orElse(d.maxAttempts),
        duration(root, "reconcile-delay", d.reconcileDelay),
        root.get("max-reconciles").asInt().orElse(d.maxReconciles),
        root.get("workers").asInt().orElse(d.workers),
        CrashPoints.parse(root.get("crash-points").asString().orElse("")));
  }

  /** Backoff before attempt {@code attempts + 1}: base × 2^(attempts − 1), at most the maximum. */
  Duration retryAfter(int attempts) {
    Duration wait = retryBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return wait.compareTo(retryMax) > 0 ? retryMax : wait;
  }

  /** Wait before read-back number {@code reconciles + 1}. */
  Duration reconcileAfter(int reconciles) {
    Duration wait = reconcileDelay.multipliedBy(1L << Math.min(reconciles, 20));
    return wait.compareTo(retryMax) > 0 ? retryMax : wait;
  }

  private static Duration duration(Config root, String key, Duration fallback) {
    return root.get(key).asString().map(Duration::parse).orElse(fallback);
  }
}
