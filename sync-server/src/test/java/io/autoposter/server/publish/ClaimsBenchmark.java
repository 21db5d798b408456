package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.DatabaseSettings;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Claims alone on PostgreSQL (docs/benchmarks.md, issue 7): how many due targets one instance takes
 * per second with the publisher's own {@link TargetClaims} and batch of 50, and two instances side
 * by side through {@code FOR UPDATE SKIP LOCKED}. Every round checks that each target was claimed
 * exactly once. The schema of the test database is emptied first and last.
 *
 * <pre>
 * ./mvnw -B -o -Pbench-claims -DskipTests verify -pl sync-server -am
 * </pre>
 */
public final class ClaimsBenchmark {
  private static final int BATCH = 50;
  private static final int ROUNDS = 3;

  private ClaimsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int posts = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    String url = System.getenv("AUTOPOSTER_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      System.out.println("claims benchmark: skipped (AUTOPOSTER_TEST_POSTGRES_URL not set)");
      return;
    }
    DatabaseSettings pg =
        new DatabaseSettings(
            url,
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_USER", "autoposter"),
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_PASSWORD", "autoposter"));
    emptySchema(pg);
    Path dir = Files.createTempDirectory("claims-bench");
    try (PlatformSimulator sim = PlatformSimulator.start(SimulatorSettings.defaults(0));
        EngineFixture a =
            EngineFixture.on(pg, dir.resolve("a"), sim, Clock.systemUTC(), settings());
        EngineFixture b =
            EngineFixture.on(pg, dir.resolve("b"), sim, Clock.systemUTC(), settings())) {
      AgencyId agency = a.agency();
      BrandId brand = a.brand(agency);
      a.connectX(agency, brand);
      a.connectFacebookPage(agency, brand);
      List<PostId> due = new ArrayList<>();
      for (int i = 0; i < posts; i++) {
        due.add(
            a.post(
                agency,
                brand,
                "Claims benchmark " + i,
                Set.of(Network.X, Network.FACEBOOK),
                a.clock.instant().minusSeconds(1),
                List.of()));
      }
      long planStart = System.nanoTime();
      for (PostId post : due) {
        a.planning.plan(post);
      }
      Duration planned = Duration.ofNanos(System.nanoTime() - planStart);
      int targets = count(a.database);
      System.out.printf(
          "planning: %d posts into %d targets in %.1f s = %.0f posts/s%n",
          posts, targets, seconds(planned), posts / seconds(planned));
      for (int round = 1; round <= ROUNDS; round++) {
        reschedule(a.database);
        report("one instance", round, targets, claimAll(List.of(a), targets));
      }
      for (int round = 1; round <= ROUNDS; round++) {
        reschedule(a.database);
        report("two instances", round, targets, claimAll(List.of(a, b), targets));
      }
    } finally {
      emptySchema(pg);
    }
  }

  /** Every instance claims in batches until nothing is due; each target exactly once. */
  private static Duration claimAll(List<EngineFixture> instances, int targets) throws Exception {
    Set<UUID> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger duplicates = new AtomicInteger();
    try (ExecutorService pool = Executors.newFixedThreadPool(instances.size())) {
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (EngineFixture instance : instances) {
        String worker = "bench-" + UUID.randomUUID();
        running.add(
            pool.submit(
                () -> {
                  List<Claim> claimed;
                  do {
                    claimed = instance.claims.claimDue(worker, BATCH);
                    for (Claim claim : claimed) {
                      if (!seen.add(claim.target())) {
                        duplicates.incrementAndGet();
                      }
                    }
                  } while (!claimed.isEmpty());
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      if (seen.size() != targets || duplicates.get() > 0) {
        throw new IllegalStateException(
            "claimed " + seen.size() + " of " + targets + ", " + duplicates + " twice");
      }
      return took;
    }
  }

  private static void report(String who, int round, int targets, Duration took) {
    System.out.printf(
        "claims, %s, round %d: %d targets in %.2f s = %.0f claims/s%n",
        who, round, targets, seconds(took), targets / seconds(took));
  }

  /** Puts every target back to due, as the next burst would find them. */
  private static void reschedule(Database database) {
    database.inTransaction(
        tx ->
            tx.update(
                "UPDATE publish_targets SET state = 'SCHEDULED', claimed_by = NULL,"
                    + " lease_until = NULL, next_attempt_at = ?",
                java.time.Instant.now().minusSeconds(1)));
  }

  private static int count(Database database) {
    return database
        .inTransaction(
            tx -> tx.one("SELECT COUNT(*) AS n FROM publish_targets", row -> row.getInt("n")))
        .orElseThrow();
  }

  /** Lease long enough that nothing is taken back during a round. */
  private static PublishSettings settings() {
    return new PublishSettings(
        Duration.ofMinutes(5),
        Duration.ofMinutes(5),
        Duration.ofSeconds(5),
        Duration.ofSeconds(1),
        Duration.ofSeconds(4),
        5,
        Duration.ZERO,
        4,
        BATCH);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static void emptySchema(DatabaseSettings pg) throws SQLException {
    try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
  }
}
