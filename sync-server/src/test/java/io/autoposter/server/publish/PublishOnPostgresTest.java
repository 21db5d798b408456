package io.autoposter.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.server.store.DatabaseSettings;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.faults.FaultScope;
import io.autoposter.simulator.faults.Trigger;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two engine instances on one PostgreSQL database share the work through {@code FOR UPDATE SKIP
 * LOCKED} claims, while the simulator drops a fifth of the answers after posting: every target is
 * published exactly once. Runs when {@code AUTOPOSTER_TEST_POSTGRES_URL} is set, like {@code
 * VaultOnPostgresTest}; the database is shared between runs, so only this run's agency is counted.
 */
class PublishOnPostgresTest {
  private static final String URL = System.getenv("AUTOPOSTER_TEST_POSTGRES_URL");
  private static final int POSTS = 40;

  @TempDir Path dir;

  @BeforeEach
  void needsPostgres() {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(URL).as("CI must provide AUTOPOSTER_TEST_POSTGRES_URL").isNotBlank();
    }
    Assumptions.assumeTrue(URL != null && !URL.isBlank(), "no PostgreSQL configured");
  }

  private static DatabaseSettings postgres() {
    return new DatabaseSettings(
        URL,
        System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_USER", "autoposter"),
        System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_PASSWORD", "autoposter"));
  }

  @Test
  void twoInstancesPublishEveryTargetOnceThroughDroppedAnswers() throws Exception {
    try (PlatformSimulator sim = PlatformSimulator.start(SimulatorSettings.defaults(0))) {
      TestClock clock = new TestClock();
      try (EngineFixture a =
              EngineFixture.on(postgres(), dir.resolve("a"), sim, clock, EngineFixture.quick());
          EngineFixture b =
              EngineFixture.on(postgres(), dir.resolve("b"), sim, clock, EngineFixture.quick())) {
        assertThat(a.database.isPostgres()).isTrue();
        AgencyId agency = a.agency();
        BrandId brand = a.brand(agency);
        a.connectX(agency, brand);
        List<PostId> posts = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
          PostId post =
              a.post(
                  agency,
                  brand,
                  "Postgres special " + i,
                  Set.of(Network.X),
                  clock.instant(),
                  List.of());
          assertThat(a.planning.plan(post)).isTrue();
          assertThat(b.planning.plan(post)).as("planned once").isFalse();
          posts.add(post);
        }
        sim.faults().dropAfterCommit(FaultScope.of(SimulatedNetwork.X), Trigger.rate(0.2));
        ConcurrentHashMap<String, Integer> runsByWorker = new ConcurrentHashMap<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
          List<Future<?>> workers = new ArrayList<>();
          for (EngineFixture instance : List.of(a, b, a, b)) {
            TargetRun run = instance.worker("w-" + workers.size());
            workers.add(
                pool.submit(
                    () -> {
                      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                      while (Instant.now().isBefore(deadline) && !allSettled(a, agency, posts)) {
                        for (Claim claim : instance.claims.claimDue(run.worker(), 3)) {
                          run.run(claim);
                          runsByWorker.merge(run.worker(), 1, Integer::sum);
                        }
                      }
                    }));
          }
          for (Future<?> worker : workers) {
            worker.get();
          }
        }

        for (PostId post : posts) {
          assertThat(a.only(agency, post).state()).isEqualTo(TargetState.PUBLISHED);
        }
        assertThat(sim.published().count(SimulatedNetwork.X)).isEqualTo(POSTS);
        assertThat(runsByWorker.keySet()).as("the instances shared the work").hasSizeGreaterThan(1);
      }
    }
  }

  private static boolean allSettled(EngineFixture engine, AgencyId agency, List<PostId> posts) {
    return posts.stream().allMatch(p -> engine.only(agency, p).state().isSettled());
  }
}
