package io.autoposter.server.publish;

import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.server.accounts.PlatformSettings;
import io.autoposter.server.sandbox.SandboxPostRepository;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.vault.TokenVault;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Publishes posts at their due time, exactly once per social account (docs/publishing.md). One
 * timer is armed for the earliest moment anything is due — a scheduled post (through the (status,
 * due_at) index), a target's next attempt, a lease running out — and re-armed after every round; a
 * push that changes a schedule nudges it. A round plans due posts into targets, claims due targets
 * and hands each claim to a virtual thread; calls run in parallel up to {@code workers}. Several
 * instances may run against one PostgreSQL database; everything they share is in it.
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
  private final TargetPlanning planning;
  private final TargetClaims claims;
  private final TargetRun run;
  private final Semaphore slots;
  private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledThreadPoolExecutor timer;
  private ScheduledFuture<?> wakeUp; // touched only on the timer thread

  public Publisher(
      Database database,
      Clock clock,
      ChangeLogRepository changeLog,
      PostRepository posts,
      TokenVault vault,
      PlatformSettings platforms,
      Path mediaRoot,
      MediaUrls mediaUrls,
      PublishSettings settings) {
    this.database = database;
    this.clock = clock;
    this.posts = posts;
    TargetRepository targets = new TargetRepository();
    TargetAccountRepository accounts = new TargetAccountRepository();
    PostProgress progress = new PostProgress(clock, changeLog, posts, targets);
    this.planning =
        new TargetPlanning(database, clock, changeLog, posts, targets, accounts, progress);
    this.claims = new TargetClaims(database, clock, settings, targets);
    this.run =
        new TargetRun(
            database,
            clock,
            settings,
            changeLog,
            posts,
            targets,
            new AttemptRepository(),
            accounts,
            progress,
            vault,
            publishers(database, clock, platforms, mediaUrls, settings),
            mediaRoot,
            instanceName());
    this.slots = new Semaphore(settings.workers());
    this.timer = new ScheduledThreadPoolExecutor(1, Thread.ofVirtual().name("publisher").factory());
    // On close, pending wake-ups are dropped instead of running against a closed database.
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    timer.setRemoveOnCancelPolicy(true);
    if (settings.crashPoints().armed()) {
      LOG.warning(() -> "Crash harness armed: this process halts at " + settings.crashPoints());
    }
  }

  /** Starts the timer; the first run also publishes whatever became overdue while we were down. */
  public void start() {
    nudge();
  }

  /** Re-reads the earliest due time soon; cheap, safe to call often and from any thread. */
  public void nudge() {
    try {
      timer.execute(this::roundAndRearm);
    } catch (RejectedExecutionException e) {
      // closed: nothing to publish any more
    }
  }

  @Override
  public void close() {
    // No interrupt: an interrupted thread can make an embedded H2 database close its file.
    timer.shutdown();
    calls.shutdown();
    try {
      if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
        timer.shutdownNow();
      }
      // A call cut off here stays CALLING; after its lease it is reconciled, never resent.
      if (!calls.awaitTermination(20, TimeUnit.SECONDS)) {
        LOG.warning("Publisher closed with platform calls still running");
      }
    } catch (InterruptedException e) {
      timer.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void roundAndRearm() {
    if (timer.isShutdown()) {
      return;
    }
    Duration next;
    try {
      if (round()) {
        next = Duration.ZERO;
      } else if (slots.availablePermits() == 0) {
        // Every worker is busy: the next one to finish nudges; no spinning on due targets.
        next = MAX_SLEEP;
      } else {
        next = untilNext();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Publishing round failed; retrying in " + RETRY_AFTER_ERROR, e);
      next = RETRY_AFTER_ERROR;
    }
    arm(next);
  }

  /** Plans due posts and claims due targets; true when there may be more right away. */
  private boolean round() {
    List<PostId> due = database.inTransaction(tx -> posts.dueBy(tx, clock.instant(), BATCH));
    for (PostId id : due) {
      try {
        planning.plan(id);
      } catch (RuntimeException e) {
        // One broken post must not hold up the others.
        LOG.log(Level.WARNING, "Planning post " + id + " failed", e);
      }
    }
    int free = Math.min(slots.availablePermits(), BATCH);
    List<Claim> claimed = claims.claimDue(run.worker(), free);
    for (Claim claim : claimed) {
      dispatch(claim);
    }
    return due.size() == BATCH || (claimed.size() == free && free > 0);
  }

  private void dispatch(Claim claim) {
    if (!slots.tryAcquire()) {
      return; // its lease runs out and it is claimed again
    }
    try {
      calls.execute(
          () -> {
            try {
              run.run(claim);
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Publish target " + claim.target() + " failed", e);
            } finally {
              slots.release();
              nudge();
            }
          });
    } catch (RejectedExecutionException e) {
      slots.release();
    }
  }

  private Duration untilNext() {
    Optional<Instant> post = database.inTransaction(posts::earliestDue);
    Optional<Instant> target = claims.nextTakeable();
    Optional<Instant> earliest =
        Stream.of(post, target).flatMap(Optional::stream).min(Instant::compareTo);
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
      wakeUp = timer.schedule(this::roundAndRearm, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // closed while this run was in progress
    }
  }

  /** This instance's name in claims and attempts: host, process and a random part. */
  private static String instanceName() {
    return ManagementFactory.getRuntimeMXBean().getName()
        + "/"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<Network, PlatformPublisher> publishers(
      Database database,
      Clock clock,
      PlatformSettings platforms,
      MediaUrls mediaUrls,
      PublishSettings settings) {
    PublishHttp http = new PublishHttp(Duration.ofSeconds(5), settings.httpTimeout());
    Map<Network, PlatformPublisher> map = new EnumMap<>(Network.class);
    map.put(Network.SANDBOX, new SandboxPublisher(database, clock, new SandboxPostRepository()));
    if (platforms.x().configured()) {
      map.put(Network.X, new XPublisher(http, platforms.x().apiUrl(), platforms.x().authUrl()));
    }
    if (platforms.facebook().configured()) {
      String graph = platforms.facebook().apiUrl() + GRAPH_VERSION;
      map.put(Network.FACEBOOK, new FacebookPublisher(http, graph));
      map.put(
          Network.INSTAGRAM,
          new InstagramPublisher(http, graph, mediaUrls, Duration.ofMillis(500)));
    }
    if (platforms.linkedin().configured()) {
      map.put(Network.LINKEDIN, new LinkedInPublisher(http, platforms.linkedin().apiUrl()));
    }
    return map;
  }

  /** The Graph API version every Meta call names (the connectors use the same). */
  static final String GRAPH_VERSION = "/v21.0";
}
