package io.autoposter.server.posts;

import io.autoposter.model.ClientId;
import io.autoposter.model.api.Problem;
import io.autoposter.model.sync.HybridClock;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.SyncProtocol;
import io.autoposter.server.access.Caller;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.sync.SyncService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes of the public API go the desktops' way: one mutation pushed through {@link SyncService} by
 * the caller's own API client, so the same rules, merge records, change-log entries (with the
 * caller as author) and publisher wake-ups apply, and every desktop sees the change on its next
 * pull. A user's API writes are numbered one after another; on this instance they wait for each
 * other, and a number another instance took first (answered as a duplicate) is retried with the
 * next.
 */
final class ApiMutations {
  private static final int ATTEMPTS = 5;

  private final SyncService sync;
  private final HybridClock hlc;
  private final ConcurrentHashMap<ClientId, Object> turns = new ConcurrentHashMap<>();

  ApiMutations(SyncService sync, Clock clock) {
    this.sync = sync;
    this.hlc = new HybridClock(clock, "api");
  }

  /** The client a user's API writes are pushed as: the same on every instance and start. */
  static ClientId clientOf(Caller caller) {
    String name = "autoposter api " + caller.agencyId().value() + " " + caller.userId().value();
    return new ClientId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
  }

  /** A mutation numbered {@code mutationId} and stamped {@code stamp}. */
  @FunctionalInterface
  interface Numbered {
    Mutation make(long mutationId, HybridTimestamp stamp);
  }

  /** Pushes the mutation; APPLIED or REJECTED (never a duplicate: those are retried). */
  MutationResult push(Caller caller, Numbered mutation) {
    ClientId client = clientOf(caller);
    synchronized (turns.computeIfAbsent(client, c -> new Object())) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        long next = sync.lastMutationId(caller, client) + 1;
        PushRequest request =
            new PushRequest(
                client, SyncProtocol.SCHEMA_VERSION, List.of(mutation.make(next, hlc.now())));
        MutationResult result;
        try {
          result = sync.push(caller, request).results().getFirst();
        } catch (ProblemException e) {
          if ("MUTATION_GAP".equals(e.problem().code())) {
            continue; // another instance moved on between our read and push
          }
          throw e;
        }
        if (result.outcome() != MutationOutcome.DUPLICATE) {
          return result;
        }
      }
    }
    throw new ProblemException(
        Problem.of(
            503,
            "BUSY",
            "Too many writes at once",
            "Other writes of yours kept arriving first; send this one again."));
  }
}
