package io.autoposter.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On embedded H2 the conditional update is the whole lock: when a worker's result and the lease
 * sweep race for the same CALLING row, the one that waits for the other's row lock re-reads the row
 * and finds its condition false. This proves H2 re-evaluates instead of overwriting.
 */
class RacingWritesOnH2Test {
  @TempDir Path dir;

  @Test
  void theSweepWaitingBehindAResultChangesNothing() throws Exception {
    try (PlatformSimulator sim = PlatformSimulator.start(SimulatorSettings.defaults(0))) {
      TestClock clock = new TestClock();
      try (EngineFixture engine = EngineFixture.h2(dir, sim, clock, EngineFixture.quick())) {
        AgencyId agency = engine.agency();
        BrandId brand = engine.brand(agency);
        engine.connectX(agency, brand);
        PostId post =
            engine.post(agency, brand, "Race", Set.of(Network.X), clock.instant(), List.of());
        engine.planning.plan(post);
        Claim claim = engine.claims.claimDue("worker", 1).getFirst();
        Instant now = clock.instant();
        engine.database.inTransaction(
            tx ->
                engine.targets.startCall(
                    tx, claim.target(), claim.fence(), now.plusSeconds(1), now));
        clock.advance(Duration.ofSeconds(2)); // the call outlived its lease
        TargetRepository.Candidate calling =
            new TargetRepository.Candidate(claim.target(), TargetState.CALLING, claim.fence());

        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch resultWritten = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> result =
            CompletableFuture.supplyAsync(
                () ->
                    engine.database.inTransaction(
                        tx -> {
                          boolean settled =
                              engine.targets.settle(
                                  tx,
                                  claim.target(),
                                  TargetState.CALLING,
                                  claim.fence(),
                                  new Settlement(
                                      TargetState.PUBLISHED, null, 0, null, "1", null, null, null),
                                  clock.instant());
                          resultWritten.countDown();
                          await(release);
                          return settled;
                        }),
                threads);
        await(resultWritten);
        CompletableFuture<Optional<Long>> sweep =
            CompletableFuture.supplyAsync(
                () ->
                    engine.database.inTransaction(
                        tx ->
                            engine.targets.claim(
                                tx,
                                calling,
                                TargetState.UNKNOWN,
                                null,
                                null,
                                clock.instant(),
                                clock.instant())),
                threads);
        awaitBlockedSession(engine, sweep);
        release.countDown();

        assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sweep.get(10, TimeUnit.SECONDS)).as("the sweep found no CALLING row").isEmpty();
        assertThat(engine.only(agency, post).state()).isEqualTo(TargetState.PUBLISHED);
        threads.close();
      }
    }
  }

  /** Waits (with a deadline) until H2 reports a session waiting for another's lock. */
  private static void awaitBlockedSession(EngineFixture engine, CompletableFuture<?> sweep)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(deadline)) {
      long blocked =
          engine.database.inTransaction(
              tx ->
                  tx.one(
                          "SELECT COUNT(*) FROM information_schema.sessions"
                              + " WHERE blocker_id IS NOT NULL",
                          row -> row.getLong(1))
                      .orElse(0L));
      if (blocked > 0) {
        return;
      }
      Thread.onSpinWait();
    }
    String sessions =
        engine.database.inTransaction(
            tx ->
                tx.list(
                        "SELECT session_id, blocker_id, executing_statement"
                            + " FROM information_schema.sessions",
                        row -> row.getString(1) + ":" + row.getString(2) + ":" + row.getString(3))
                    .toString());
    throw new AssertionError(
        "the sweep never waited for the row lock; done: " + sweep.isDone() + " " + sessions);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
