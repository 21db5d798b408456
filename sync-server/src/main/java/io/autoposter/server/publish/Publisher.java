package io.autoposter.server.publish;

import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.server.sandbox.SandboxPostRepository;
import io.autoposter.server.sandbox.SocialAccountRepository;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.PostRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes posts at their due time. One timer is armed for the earliest scheduled post (found
 * through the (status, due_at) index) and re-armed after every run; a push that changes a schedule
 * nudges it. All work runs on the single timer thread, so runs never overlap.
 */
public final class Publisher implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Publisher.class.getName());

  /** Wake up at least this often anyway, in case the wall clock jumped or a nudge was lost. */
  private static final Duration MAX_SLEEP = Duration.ofMinutes(10);

  private static final Duration RETRY_AFTER_ERROR = Duration.ofSeconds(5);
  private static final int BATCH = 50;

  private final Database database;
  private final Clock clock;
  private final PostRepository posts;
  private final Publication publication;
  private final ScheduledThreadPoolExecutor timer;
  private ScheduledFuture<?> wakeUp; // touched only on the timer thread

  public Publisher(
      Database database, Clock clock, ChangeLogRepository changeLog, PostRepository posts) {
    this.database = database;
    this.clock = clock;
    this.posts = posts;
    this.publication = new Publication(database, clock, changeLog, posts, publishers(clock));
    this.timer = new ScheduledThreadPoolExecutor(1, Thread.ofVirtual().name("publisher").factory());
    // On close, pending wake-ups are dropped instead of running against a closed database.
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    timer.setRemoveOnCancelPolicy(true);
  }

  /** Starts the timer; the first run also publishes whatever became overdue while we were down. */
  public void start() {
    nudge();
  }

  /** Re-reads the earliest due time soon; cheap, safe to call often and from any thread. */
  public void nudge() {
    try {
      timer.execute(this::publishDueAndRearm);
    } catch (RejectedExecutionException e) {
      // closed: nothing to publish any more
    }
  }

  @Override
  public void close() {
    // No interrupt: an interrupted thread can make an embedded H2 database close its file.
    timer.shutdown();
    try {
      if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
        timer.shutdownNow();
      }
    } catch (InterruptedException e) {
      timer.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void publishDueAndRearm() {
    if (timer.isShutdown()) {
      return;
    }
    Duration next;
    try {
      next = publishDue() ? Duration.ZERO : untilNextDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Publishing run failed; retrying in " + RETRY_AFTER_ERROR, e);
      next = RETRY_AFTER_ERROR;
    }
    arm(next);
  }

  /** Publishes one batch of due posts; true when there may be more right away. */
  private boolean publishDue() {
    List<PostId> due = database.inTransaction(tx -> posts.dueBy(tx, clock.instant(), BATCH));
    for (PostId id : due) {
      try {
        publication.publish(id);
      } catch (RuntimeException e) {
        // One broken post must not hold up the others.
        LOG.log(Level.WARNING, "Publishing post " + id + " failed", e);
      }
    }
    return due.size() == BATCH;
  }

  private Duration untilNextDue() {
    Optional<Instant> earliest = database.inTransaction(posts::earliestDue);
    if (earliest.isEmpty()) {
      return MAX_SLEEP;
    }
    Duration wait = Duration.between(clock.instant(), earliest.get());
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(MAX_SLEEP) > 0 ? MAX_SLEEP : wait;
  }

  private void arm(Duration delay) {
    if (wakeUp != null) {
      wakeUp.cancel(false);
    }
    try {
      wakeUp = timer.schedule(this::publishDueAndRearm, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // closed while this run was in progress
    }
  }

  private static Map<Network, NetworkPublisher> publishers(Clock clock) {
    SocialAccountRepository accounts = new SocialAccountRepository();
    Map<Network, NetworkPublisher> map = new EnumMap<>(Network.class);
    for (Network network : Network.values()) {
      map.put(
          network,
          network == Network.SANDBOX
              ? new SandboxPublisher(clock, accounts, new SandboxPostRepository())
              : new UnavailableNetworkPublisher(network, accounts));
    }
    return map;
  }
}
