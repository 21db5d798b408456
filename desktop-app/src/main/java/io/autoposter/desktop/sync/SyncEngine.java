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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes the outbox, then pulls the server's change log, for one agency's {@link LocalStore}.
 *
 * <p>{@link #syncNow()} runs one round on the calling thread. {@link #start()} adds a background
 * loop on its own daemon thread: a round at once, every 15 seconds, soon after each local change,
 * and with exponential backoff up to 60 seconds while the server is unreachable. Listeners hear
 * about status and data changes on that thread; UIs move to their own thread themselves.
 */
public final class SyncEngine implements AutoCloseable {

  static final Duration INTERVAL = Duration.ofSeconds(15);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
  static final int PULL_LIMIT = 500;
  private static final Duration CHANGE_DELAY = Duration.ofMillis(300);
  private static final Logger LOG = Logger.getLogger(SyncEngine.class.getName());

  private final LocalStore store;
  private final ServerClient server;
  private final ReentrantLock roundLock = new ReentrantLock();
  private final List<Consumer<SyncStatus>> statusListeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> dataListeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService scheduler;
  private volatile SyncStatus status;
  private ScheduledFuture<?> next;
  private int failures;
  private boolean started;
  private boolean closed;

  public SyncEngine(LocalStore store, ServerClient server) {
    this.store = Objects.requireNonNull(store, "store");
    this.server = Objects.requireNonNull(server, "server");
    this.status = SyncStatus.pending(store.pendingCount());
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

  public void addStatusListener(Consumer<SyncStatus> listener) {
    statusListeners.add(listener);
  }

  public void removeStatusListener(Consumer<SyncStatus> listener) {
    statusListeners.remove(listener);
  }

  /** Called after a sync round changed local data (pulled changes or rejected edits). */
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
    setStatus(status.withPending(store.pendingCount()));
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

  private synchronized void scheduleIn(Duration delay) {
    if (closed) {
      return;
    }
    if (next != null) {
      next.cancel(false);
    }
    next = scheduler.schedule(this::backgroundRound, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void backgroundRound() {
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
      setStatus(new SyncStatus(SyncStatus.Kind.ERROR, safePending(), describe(e)));
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
   * Runs one round on this thread: push the whole outbox in order, then pull every page.
   *
   * @throws SyncException when the round stops early; its status says why (OFFLINE, SIGNED_OUT or
   *     ERROR) and is also the engine's status. Nothing local is lost either way.
   */
  public SyncResult syncNow() throws SyncException {
    roundLock.lock();
    try {
      int pushed = 0;
      int rejected = 0;
      int pulled = 0;
      boolean changedData = false;
      try {
        List<Mutation> batch;
        while (!(batch = store.outbox(SyncProtocol.MAX_PUSH_MUTATIONS)).isEmpty()) {
          PushResponse response =
              server.push(new PushRequest(store.clientId(), SyncProtocol.SCHEMA_VERSION, batch));
          observeServerTime();
          int rejectedNow = store.acknowledge(response);
          rejected += rejectedNow;
          changedData |= rejectedNow > 0;
          pushed += response.results().size();
          if (store.outbox(1).equals(batch.subList(0, 1))) {
            throw new SyncException(
                error("The server did not process the first change waiting to be sent."), null);
          }
          setStatus(SyncStatus.pending(store.pendingCount()));
        }
        boolean more = true;
        while (more) {
          long cursor = store.syncState().cursor();
          PullResponse page =
              server.pull(
                  new PullRequest(
                      store.clientId(), SyncProtocol.SCHEMA_VERSION, cursor, PULL_LIMIT));
          observeServerTime();
          int applied = store.applyPage(page);
          pulled += applied;
          changedData |= applied > 0;
          more = page.hasMore() && page.cursor() > cursor;
        }
      } catch (IOException e) {
        throw fail(
            SyncStatus.offline(safePending(), "cannot reach " + server.baseUrl()), e, changedData);
      } catch (ServerProblemException e) {
        throw fail(statusFor(e.problem()), e, changedData);
      }
      setStatus(SyncStatus.pending(store.pendingCount()));
      if (changedData) {
        fireDataChanged();
      }
      return new SyncResult(pushed, rejected, pulled, store.syncState().cursor());
    } finally {
      roundLock.unlock();
    }
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
    if (problem.status() == 401) {
      return new SyncStatus(
          SyncStatus.Kind.SIGNED_OUT, pending, "Your session has ended — sign in again.");
    }
    if ("CLIENT_OUTDATED".equals(problem.code())) {
      return new SyncStatus(
          SyncStatus.Kind.ERROR, pending, "This version of Autoposter is too old — please update.");
    }
    if ("MUTATION_GAP".equals(problem.code())) {
      return new SyncStatus(
          SyncStatus.Kind.ERROR,
          pending,
          "Sync is out of step with the server (MUTATION_GAP). Your changes are kept locally.");
    }
    if (problem.status() >= 500) {
      return SyncStatus.offline(pending, "the server had a problem (" + problem.status() + ")");
    }
    return new SyncStatus(
        SyncStatus.Kind.ERROR,
        pending,
        problem.detail().isBlank() ? problem.title() : problem.detail());
  }

  private SyncStatus error(String message) {
    return new SyncStatus(SyncStatus.Kind.ERROR, safePending(), message);
  }

  private void observeServerTime() {
    // Changes carry no clock of their own yet; the server's Date header keeps our clock honest.
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

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
