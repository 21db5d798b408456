package io.autoposter.desktop.sync;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.model.api.Problem;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.SyncProtocol;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Uploads pending media, pushes the outbox, then pulls the server's change log, for one agency's
 * {@link LocalStore}.
 *
 * <p>{@link #syncNow()} runs one round on the calling thread. {@link #start()} adds a background
 * loop on its own daemon thread: a round at once, every 15 seconds, soon after each local change,
 * and with exponential backoff up to 60 seconds while the server is unreachable. Listeners hear
 * about status and data changes on that thread; UIs move to their own thread themselves.
 */
public final class SyncEngine implements AutoCloseable {

  static final Duration INTERVAL = Duration.ofSeconds(15);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
  static final int PULL_LIMIT = SyncProtocol.MAX_PULL_LIMIT;
  private static final Duration CHANGE_DELAY = Duration.ofMillis(300);
  private static final Logger LOG = Logger.getLogger(SyncEngine.class.getName());

  private final LocalStore store;
  private final ServerClient server;
  private final ReentrantLock roundLock = new ReentrantLock();
  private final List<Consumer<SyncStatus>> statusListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<SyncProgress>> progressListeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> dataListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<SyncResult>> roundListeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService scheduler;
  private volatile SyncStatus status;
  private ScheduledFuture<?> next;
  private int failures;
  private volatile SyncProgress lastProgress = SyncProgress.idle();
  private boolean firstSyncUnfinished;
  private long lastHeadVersion;
  private boolean started;
  private boolean closed;

  public SyncEngine(LocalStore store, ServerClient server) {
    this.store = Objects.requireNonNull(store, "store");
    this.server = Objects.requireNonNull(server, "server");
    this.status = SyncStatus.pending(store.pendingCount(), store.openConflictCount());
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "autoposter-sync");
              t.setDaemon(true);
              return t;
            });
  }

  public SyncStatus status() {
    return status;
  }

  /** Calls {@code listener} (on the sync thread) after every round that completed. */
  public void addRoundListener(Consumer<SyncResult> listener) {
    roundListeners.add(listener);
  }

  public void addStatusListener(Consumer<SyncStatus> listener) {
    statusListeners.add(listener);
  }

  public void removeStatusListener(Consumer<SyncStatus> listener) {
    statusListeners.remove(listener);
  }

  /**
   * Hears how far a first sync or media upload is; {@link SyncProgress.Phase#IDLE} when a round
   * ends. Called on the sync thread.
   */
  public void addProgressListener(Consumer<SyncProgress> listener) {
    progressListeners.add(listener);
  }

  public void removeProgressListener(Consumer<SyncProgress> listener) {
    progressListeners.remove(listener);
  }

  /** Called after a sync round changed local data (pulled changes or settled edits). */
  public void addDataListener(Runnable listener) {
    dataListeners.add(listener);
  }

  public void removeDataListener(Runnable listener) {
    dataListeners.remove(listener);
  }

  // ---- background loop ---------------------------------------------------------------------

  /** Starts the background loop; the first round runs at once. */
  public synchronized void start() {
    started = true;
    scheduleIn(Duration.ZERO);
  }

  /**
   * Tells the engine a local edit happened: the pending count updates at once and, if the loop
   * runs, a round follows shortly. Never blocks on the network.
   */
  public void localChange() {
    setStatus(status.withCounts(store.pendingCount(), store.openConflictCount()));
    synchronized (this) {
      if (started) {
        scheduleIn(CHANGE_DELAY);
      }
    }
  }

  /** "Sync now": a round as soon as possible in the background, resetting the backoff. */
  public synchronized void requestSync() {
    failures = 0;
    if (!started) {
      started = true;
    }
    scheduleIn(Duration.ZERO);
  }

  /**
   * Schedules the next background round in {@code delay}, unless one is already due sooner: a "Sync
   * now" made while a round runs is kept, not replaced by that round's own "again in {@link
   * #INTERVAL}".
   */
  private synchronized void scheduleIn(Duration delay) {
    if (closed) {
      return;
    }
    if (next != null) {
      if (next.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis()) {
        return;
      }
      next.cancel(false);
    }
    next = scheduler.schedule(this::backgroundRound, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void backgroundRound() {
    synchronized (this) {
      // This round runs now; a request from here on schedules a round after it.
      next = null;
    }
    Duration delay;
    try {
      syncNow();
      synchronized (this) {
        failures = 0;
      }
      delay = INTERVAL;
    } catch (SyncException e) {
      delay =
          switch (e.status().kind()) {
            case OFFLINE -> nextBackoff();
            case SIGNED_OUT -> null;
            case ERROR, SYNCED, PENDING -> INTERVAL;
          };
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "sync round failed", e);
      setStatus(SyncStatus.error(safePending(), safeConflicts(), describe(e)));
      delay = INTERVAL;
    }
    if (delay != null) {
      scheduleIn(delay);
    }
  }

  private synchronized Duration nextBackoff() {
    failures++;
    return backoff(failures);
  }

  /** 1 s, 2 s, 4 s … doubling per failure, at most 60 s. */
  static Duration backoff(int failures) {
    long seconds = 1L << Math.min(failures - 1, 6);
    return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
  }

  // ---- one round ---------------------------------------------------------------------------

  /**
   * Runs one round on this thread: upload pending media, push the whole outbox in order, then pull
   * every page.
   *
   * @throws SyncException when the round stops early; its status says why (OFFLINE, SIGNED_OUT or
   *     ERROR) and is also the engine's status. Nothing local is lost either way.
   */
  public SyncResult syncNow() throws SyncException {
    roundLock.lock();
    try {
      Round round = new Round();
      try {
        new MediaUploader(
                store,
                server,
                (done, total) -> progress(new SyncProgress(SyncProgress.Phase.UPLOAD, done, total)))
            .uploadAll();
        push(round);
        pull(round);
      } catch (IOException e) {
        throw fail(
            SyncStatus.offline(safePending(), safeConflicts(), "cannot reach " + server.baseUrl()),
            e,
            round.changedData);
      } catch (ServerProblemException e) {
        throw fail(statusFor(e.problem()), e, round.changedData);
      } finally {
        progress(SyncProgress.idle());
      }
      setStatus(SyncStatus.pending(store.pendingCount(), store.openConflictCount()));
      if (round.changedData) {
        fireDataChanged();
      }
      SyncResult result =
          new SyncResult(round.pushed, round.rejected, round.pulled, store.syncState().cursor());
      roundListeners.forEach(listener -> listener.accept(result));
      return result;
    } finally {
      roundLock.unlock();
    }
  }

  /** What one round did so far. */
  private static final class Round {
    int pushed;
    int rejected;
    int pulled;
    boolean changedData;
  }

  private void push(Round round) throws IOException, ServerProblemException, SyncException {
    List<Mutation> batch;
    while (!(batch = store.outbox(SyncProtocol.MAX_PUSH_MUTATIONS)).isEmpty()) {
      PushResponse response;
      try {
        response =
            server.push(new PushRequest(store.clientId(), SyncProtocol.SCHEMA_VERSION, batch));
      } catch (ServerProblemException e) {
        Long serverLast = e.problem().lastMutationId();
        if (!isGap(e.problem())
            || serverLast == null
            || serverLast < batch.getFirst().mutationId()) {
          throw e;
        }
        // The server already processed the first entries (their answer was lost): settle them
        // and push the rest.
        store.acknowledge(new PushResponse(serverLast, List.of()));
        round.changedData = true;
        continue;
      }
      observeServerTime();
      int rejectedNow = store.acknowledge(response);
      round.rejected += rejectedNow;
      round.changedData = true;
      round.pushed += response.results().size();
      if (store.outbox(1).equals(batch.subList(0, 1))) {
        throw new SyncException(
            error("The server did not process the first change waiting to be sent."), null);
      }
      setStatus(SyncStatus.pending(store.pendingCount(), store.openConflictCount()));
    }
  }

  /**
   * Pulls every page after the cursor. The next page is fetched while this one is written to the
   * local database, so a first sync costs about max(network, database) per page, not their sum.
   */
  private void pull(Round round) throws IOException, ServerProblemException {
    long cursor = store.syncState().cursor();
    if (cursor == 0) {
      firstSyncUnfinished = true;
    }
    if (firstSyncUnfinished) {
      progress(new SyncProgress(SyncProgress.Phase.FIRST_SYNC, cursor, lastHeadVersion));
    }
    PullResponse page = fetchPage(cursor);
    while (page != null) {
      FutureTask<PullResponse> next = null;
      if (page.hasMore() && page.cursor() > cursor) {
        long nextCursor = page.cursor();
        next = new FutureTask<>(() -> fetchPage(nextCursor));
        Thread.ofVirtual().name("autoposter-sync-prefetch").start(next);
      }
      int applied;
      try {
        applied = store.applyPage(page);
      } catch (RuntimeException e) {
        if (next != null) {
          next.cancel(true);
        }
        throw e;
      }
      round.pulled += applied;
      round.changedData |= applied > 0;
      cursor = store.syncState().cursor();
      lastHeadVersion = Math.max(page.headVersion(), cursor);
      if (firstSyncUnfinished) {
        progress(new SyncProgress(SyncProgress.Phase.FIRST_SYNC, cursor, lastHeadVersion));
      }
      page = next == null ? null : awaitPage(next);
    }
    firstSyncUnfinished = false;
  }

  private PullResponse fetchPage(long cursor) throws IOException, ServerProblemException {
    PullResponse page =
        server.pull(
            new PullRequest(store.clientId(), SyncProtocol.SCHEMA_VERSION, cursor, PULL_LIMIT));
    observeServerTime();
    return page;
  }

  private static PullResponse awaitPage(FutureTask<PullResponse> next)
      throws IOException, ServerProblemException {
    try {
      return next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while pulling", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case ServerProblemException problem -> throw problem;
        case RuntimeException runtime -> throw runtime;
        case Error error -> throw error;
        default -> throw new IllegalStateException(e.getCause());
      }
    }
  }

  private static boolean isGap(Problem problem) {
    return "MUTATION_GAP".equals(problem.code());
  }

  private SyncException fail(SyncStatus failed, Exception cause, boolean changedData) {
    setStatus(failed);
    if (changedData) {
      fireDataChanged();
    }
    return new SyncException(failed, cause);
  }

  private SyncStatus statusFor(Problem problem) {
    int pending = safePending();
    int conflicts = safeConflicts();
    if (problem.status() == 401) {
      return new SyncStatus(
          SyncStatus.Kind.SIGNED_OUT,
          pending,
          conflicts,
          "Your session has ended — sign in again.");
    }
    if ("CLIENT_OUTDATED".equals(problem.code()) || problem.status() == 426) {
      return SyncStatus.error(
          pending,
          conflicts,
          "This version of Autoposter is too old for the server — please update the app."
              + " Your changes are kept on this computer.");
    }
    if (isGap(problem)) {
      return SyncStatus.error(
          pending,
          conflicts,
          "Sync is out of step with the server (MUTATION_GAP). Your changes are kept locally.");
    }
    if (problem.status() >= 500) {
      return SyncStatus.offline(
          pending, conflicts, "the server had a problem (" + problem.status() + ")");
    }
    return SyncStatus.error(
        pending, conflicts, problem.detail().isBlank() ? problem.title() : problem.detail());
  }

  private SyncStatus error(String message) {
    return SyncStatus.error(safePending(), safeConflicts(), message);
  }

  private void observeServerTime() {
    // Pulled posts carry their own clock stamps (the store observes those); the Date header keeps
    // our clock honest when there are none.
    server
        .lastServerTime()
        .ifPresent(
            t -> store.observeRemoteTime(new HybridTimestamp(t.toEpochMilli(), 0, "server")));
  }

  private int safePending() {
    try {
      return store.pendingCount();
    } catch (RuntimeException e) {
      return status.pending();
    }
  }

  private int safeConflicts() {
    try {
      return store.openConflictCount();
    } catch (RuntimeException e) {
      return status.conflicts();
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private void progress(SyncProgress next) {
    SyncProgress old = lastProgress;
    if (next.equals(old)) {
      return;
    }
    lastProgress = next;
    for (Consumer<SyncProgress> listener : progressListeners) {
      listener.accept(next);
    }
  }

  private void setStatus(SyncStatus newStatus) {
    SyncStatus old = status;
    status = newStatus;
    if (!newStatus.equals(old)) {
      for (Consumer<SyncStatus> listener : statusListeners) {
        listener.accept(newStatus);
      }
    }
  }

  private void fireDataChanged() {
    for (Runnable listener : dataListeners) {
      listener.run();
    }
  }

  /** Stops the background loop; a round in progress finishes. Does not close the store. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      if (next != null) {
        next.cancel(false);
      }
    }
    scheduler.shutdown();
    try {
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
