package io.autoposter.server.publish;

import io.autoposter.server.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claims due targets atomically: each claim is a conditional update that bumps the fence. On
 * PostgreSQL the candidates are read {@code FOR UPDATE SKIP LOCKED}, so instances sharing the
 * database take different rows without waiting; on embedded H2 (one process) the conditional update
 * alone is the lock. A CALLING target whose lease ran out is not claimed but moved to UNKNOWN
 * (fence + 1): its call may have reached the platform, so it is reconciled, never resent.
 */
final class TargetClaims {
  private final Database database;
  private final Clock clock;
  private final PublishSettings settings;
  private final TargetRepository targets;

  TargetClaims(Database database, Clock clock, PublishSettings settings, TargetRepository targets) {
    this.database = database;
    this.clock = clock;
    this.settings = settings;
    this.targets = targets;
  }

  /** Claims up to {@code limit} targets for {@code worker}. */
  List<Claim> claimDue(String worker, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return database.inTransaction(
        tx -> {
          Instant now = clock.instant();
          List<Claim> claims = new ArrayList<>();
          for (TargetRepository.Candidate seen :
              targets.takeable(tx, now, limit, database.isPostgres())) {
            TargetState to =
                switch (seen.state()) {
                  case SCHEDULED, CLAIMED -> TargetState.CLAIMED;
                  case UNKNOWN, RECONCILING -> TargetState.RECONCILING;
                  case CALLING -> TargetState.UNKNOWN;
                  default -> throw new IllegalStateException("not takeable: " + seen.state());
                };
            boolean leased = to != TargetState.UNKNOWN;
            Optional<Long> fence =
                targets.claim(
                    tx,
                    seen,
                    to,
                    leased ? worker : null,
                    leased ? now.plus(settings.claimLease()) : null,
                    leased ? null : now,
                    now);
            if (fence.isPresent() && leased) {
              claims.add(new Claim(seen.id(), to, fence.get()));
            }
          }
          return claims;
        });
  }

  /** When the next target becomes takeable, if any. */
  Optional<Instant> nextTakeable() {
    return database.inTransaction(targets::nextTakeable);
  }
}
