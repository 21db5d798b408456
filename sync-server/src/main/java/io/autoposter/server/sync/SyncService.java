package io.autoposter.server.sync;

import io.autoposter.model.AgencyId;
import io.autoposter.model.ClientId;
import io.autoposter.model.api.Problem;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.SyncProtocol;
import io.autoposter.server.access.Caller;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Push and pull for one authenticated caller; the agency always comes from the caller. */
public final class SyncService {
  private final Database database;
  private final Clock clock;
  private final ChangeLogRepository changeLog;
  private final PostWrites writes;
  private final Runnable scheduleChanged;
  private final ClientMutationRepository clients = new ClientMutationRepository();

  /**
   * @param scheduleChanged told after a push that may have changed when a post is due, so the
   *     publisher re-arms its timer
   */
  public SyncService(
      Database database,
      Clock clock,
      ChangeLogRepository changeLog,
      PostRepository posts,
      Runnable scheduleChanged) {
    this.database = database;
    this.clock = clock;
    this.changeLog = changeLog;
    this.writes = new PostWrites(changeLog, posts);
    this.scheduleChanged = scheduleChanged;
  }

  public PushResponse push(Caller caller, PushRequest request) {
    return push(caller, request, false);
  }

  /**
   * Applies mutations the server writes itself on {@code caller}'s behalf, as the client of the
   * request (the demo seed): the very path of {@link #push} — the same rules, merge records and
   * change-log entries, idempotent by mutation id — except that a {@code post.create} may bring
   * history, a post already PUBLISHED or FAILED with its outcome.
   */
  public PushResponse pushAsServer(Caller caller, PushRequest request) {
    return push(caller, request, true);
  }

  /** The client's last mutation the server has applied (or refused); 0 before its first one. */
  public long lastMutationId(Caller caller, ClientId client) {
    return database.inTransaction(tx -> clients.last(tx, caller.agencyId(), client));
  }

  private PushResponse push(Caller caller, PushRequest request, boolean byServer) {
    requireSchema(request.schemaVersion());
    AgencyId agency = caller.agencyId();
    ClientId client = request.clientId();
    long last = database.inTransaction(tx -> clients.last(tx, agency, client));
    requireNoGap(request.mutations(), last);
    List<MutationResult> results = new ArrayList<>();
    boolean scheduleTouched = false;
    for (Mutation mutation : request.mutations()) {
      AppliedMutation applied = applyOne(caller, client, mutation, byServer);
      results.add(applied.result());
      scheduleTouched |= applied.scheduleTouched();
      last = Math.max(last, mutation.mutationId());
    }
    if (scheduleTouched) {
      scheduleChanged.run();
    }
    return new PushResponse(last, results);
  }

  /**
   * Applies one mutation in its own transaction. A rejected one is rolled back completely and its
   * id then advanced in a second, small transaction: a refusal never leaves anything else behind.
   */
  private AppliedMutation applyOne(
      Caller caller, ClientId client, Mutation mutation, boolean byServer) {
    try {
      return database.inTransaction(
          tx ->
              inOrder(
                  tx,
                  caller,
                  client,
                  mutation,
                  (head, now) ->
                      writes.apply(
                          new MutationContext(
                              tx,
                              caller,
                              client,
                              mutation.mutationId(),
                              PostWrites.clamp(mutation.hlc(), now),
                              now,
                              head,
                              byServer),
                          mutation)));
    } catch (Rejection rejection) {
      return database.inTransaction(
          tx ->
              inOrder(
                  tx,
                  caller,
                  client,
                  mutation,
                  (head, now) ->
                      AppliedMutation.rejected(
                          mutation.mutationId(), rejection.code(), rejection.getMessage())));
    }
  }

  /** What to do with a mutation that is next in line, given the agency version before it. */
  private interface NextInLine {
    AppliedMutation apply(long headVersion, Instant now);
  }

  /**
   * Locks the agency and the client's row, answers a replayed mutation as a duplicate, runs {@code
   * work} for the next one and advances the client's last mutation id.
   */
  private AppliedMutation inOrder(
      Transaction tx, Caller caller, ClientId client, Mutation mutation, NextInLine work) {
    AgencyId agency = caller.agencyId();
    long head = changeLog.lockAgency(tx, agency);
    Instant now = clock.instant();
    long current = clients.lockLast(tx, agency, client, now);
    if (mutation.mutationId() <= current) {
      return new AppliedMutation(MutationResult.duplicate(mutation.mutationId()), false);
    }
    if (mutation.mutationId() != current + 1) {
      // Only reachable when two pushes of one client race; the client retries.
      throw gap(current);
    }
    AppliedMutation result = work.apply(head, now);
    clients.advance(tx, agency, client, mutation.mutationId(), now);
    return result;
  }

  public PullResponse pull(Caller caller, PullRequest request) {
    requireSchema(request.schemaVersion());
    AgencyId agency = caller.agencyId();
    return database.inTransaction(
        tx -> {
          // Only what the caller may see: their brands, plus entries addressed to them.
          List<Change> changes =
              changeLog.visibleTo(
                  tx,
                  agency,
                  caller.userId(),
                  caller.seesAllBrands(),
                  request.cursor(),
                  request.limit() + 1);
          boolean hasMore = changes.size() > request.limit();
          List<Change> page = hasMore ? changes.subList(0, request.limit()) : changes;
          long cursor = page.isEmpty() ? request.cursor() : page.getLast().version();
          long lastMutationId = clients.last(tx, agency, request.clientId());
          // Read after the page, so the head is never behind the cursor.
          long head = Math.max(changeLog.head(tx, agency), cursor);
          return new PullResponse(page, cursor, hasMore, lastMutationId, head);
        });
  }

  /**
   * Checks the whole batch before applying any of it: ids must be consecutive and the first new one
   * must follow the server's last, otherwise the client lost part of its outbox.
   */
  private static void requireNoGap(List<Mutation> mutations, long last) {
    long previous = -1;
    for (Mutation mutation : mutations) {
      long id = mutation.mutationId();
      boolean broken = previous == -1 ? id > last + 1 : id != previous + 1;
      if (broken) {
        throw gap(last);
      }
      previous = id;
    }
  }

  private static ProblemException gap(long last) {
    return new ProblemException(
        new Problem(
            null,
            "Mutations are missing",
            409,
            "The server has processed mutations up to %d (lastMutationId=%d); send %d next."
                .formatted(last, last, last + 1),
            "MUTATION_GAP",
            last));
  }

  /** Refuses every schema version but the server's with 426 CLIENT_OUTDATED. */
  static void requireSchema(int schemaVersion) {
    if (schemaVersion < SyncProtocol.SCHEMA_VERSION) {
      throw new ProblemException(
          426,
          "CLIENT_OUTDATED",
          "Please update the app",
          "This version of Autoposter is too old to sync with the server. Please update the app.");
    }
    if (schemaVersion > SyncProtocol.SCHEMA_VERSION) {
      // Same code as above (clients key on it), but the honest fix is on the server side.
      throw new ProblemException(
          426,
          "CLIENT_OUTDATED",
          "The server needs an update",
          "This app is newer than the server. Ask whoever runs the server to update it.");
    }
  }
}
