package io.autoposter.system;

import io.autoposter.model.Brand;
import io.autoposter.model.api.PostStats;
import io.autoposter.model.json.Json;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.faults.FaultScope;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The publishing figures of issue 7 (docs/benchmarks.md), each on one server process against the
 * platform simulator's two Facebook Pages over HTTP:
 *
 * <ol>
 *   <li><b>lateness</b> at steady load, embedded H2: posts fall due ten a second for a minute, the
 *       platform answers in 50 ms; lateness is when the simulator received the post minus its due
 *       time (p50, p99, max);
 *   <li><b>burst</b>, embedded H2: {@code burst} targets due in the same second, the platform
 *       answering in 1 s; time from the due time until the last request was received, and the
 *       server's peak RSS;
 *   <li><b>claims on PostgreSQL</b> (with {@code AUTOPOSTER_TEST_POSTGRES_*}): the same burst with
 *       an instant platform; targets claimed and sent per second.
 * </ol>
 *
 * <p>{@code ./mvnw -B -Pbench-publish -DskipTests -DskipITs verify -pl system-tests -am}
 */
public final class PublishBenchmark {
  private static final Duration STEADY_LATENCY = Duration.ofMillis(50);
  private static final Duration BURST_LATENCY = Duration.ofSeconds(1);

  /** {@code -Dbench.phases=steady,burst,claims} (all by default). */
  private static final String PHASES = System.getProperty("bench.phases", "steady,burst,claims");

  /** {@code -Dbench.server.jvm="…"}: the server's JVM options; the launcher's by default. */
  private static final List<String> SERVER_JVM =
      List.of(
              System.getProperty(
                      "bench.server.jvm",
                      "-XX:+UseSerialGC -Xmx256m -XX:MaxMetaspaceSize=128m -Xss512k")
                  .split(" "))
          .stream()
          .filter(o -> !o.isBlank())
          .toList();

  private PublishBenchmark() {}

  public static void main(String[] args) throws Exception {
    int burst = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = Files.createTempDirectory("publish-benchmark");
    System.out.printf(
        "server JVM %s, publisher workers %s%n",
        SERVER_JVM, System.getProperty("bench.workers", "default"));
    if (PHASES.contains("steady")) {
      steady(dir.resolve("steady"), 600);
    }
    if (PHASES.contains("burst")) {
      burst(dir.resolve("burst"), burst, BURST_LATENCY, null);
    }
    if (!PHASES.contains("claims")) {
      System.exit(0);
    } else if (PublishingCluster.configuredPostgres()) {
      PublishingCluster.Postgres pg = PublishingCluster.postgres("PublishBenchmark");
      try {
        burst(dir.resolve("claims"), burst, Duration.ZERO, pg);
      } finally {
        pg.empty();
      }
    } else {
      System.out.println("claims on PostgreSQL: skipped (AUTOPOSTER_TEST_POSTGRES_URL not set)");
    }
    System.exit(0); // the simulator's and HTTP clients' threads
  }

  /**
   * One server and an agency with two Facebook Pages; the simulator answers after {@code delay}.
   */
  private record Run(PlatformSimulator sim, PublishingProcess server, ServerApi api, Brand brand)
      implements AutoCloseable {
    static Run start(Path dir, Duration delay, PublishingCluster.Postgres pg) throws Exception {
      Files.createDirectories(dir);
      PlatformSimulator sim =
          PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
      if (!delay.isZero()) {
        sim.faults().latency(FaultScope.of(SimulatedNetwork.FACEBOOK), delay);
      }
      Map<String, String> settings = new HashMap<>(PublishingCluster.settings(sim, pg));
      settings.put("autoposter.data-dir", dir.resolve("data").toString());
      settings.put("autoposter.publisher.call-lease", "PT2M");
      String workers = System.getProperty("bench.workers", "");
      if (!workers.isBlank()) {
        settings.put("autoposter.publisher.workers", workers);
      }
      PublishingProcess server = new PublishingProcess("server", jar(), dir, settings, SERVER_JVM);
      server.start();
      ServerApi api = new ServerApi(server.url());
      api.registerAgency("Benchmark Agency");
      Brand brand = api.createBrand("Trattoria Roma");
      PublishingCluster.connectFacebookPages(api, brand);
      return new Run(sim, server, api, brand);
    }

    Map<String, Long> targets() throws Exception {
      return Json.tolerant()
          .readValue(api.getRaw("/api/v1/posts/stats").body(), PostStats.class)
          .targetsByState();
    }

    void awaitPublished(int count, Duration deadline) throws Exception {
      Instant until = Instant.now().plus(deadline);
      while (targets().getOrDefault("PUBLISHED", 0L) < count) {
        if (Instant.now().isAfter(until)) {
          throw new IllegalStateException("not all published in " + deadline + ": " + targets());
        }
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
      }
    }

    @Override
    public void close() {
      server.close();
      sim.close();
    }
  }

  private static void steady(Path dir, int posts) throws Exception {
    try (Run run = Run.start(dir, STEADY_LATENCY, null)) {
      Instant first = Instant.now().plusSeconds(5);
      Map<String, Instant> due = new HashMap<>();
      // Ten a second, pushed in small batches as desktops would, each due at its own time.
      for (int i = 0; i < posts; i += 10) {
        Instant at = first.plusMillis(i * 100L);
        for (String caption : PublishingCluster.pushBurst(run.api(), run.brand(), 10, at)) {
          due.put(caption, at);
        }
      }
      run.awaitPublished(posts * 2, Duration.ofMinutes(3));
      List<Long> lateness = new ArrayList<>();
      for (PublishedItem item : PublishingCluster.pagePosts(run.sim())) {
        Instant received = item.createdAt().minus(STEADY_LATENCY);
        lateness.add(Duration.between(due.get(item.text()), received).toMillis());
      }
      lateness.sort(Long::compare);
      System.out.printf(
          "lateness at steady load (10 posts/s to 2 pages for %d s, platform 50 ms): p50 %d ms,"
              + " p99 %d ms, max %d ms over %d targets%n",
          posts / 10,
          percentile(lateness, 0.50),
          percentile(lateness, 0.99),
          lateness.getLast(),
          lateness.size());
    }
  }

  private static void burst(Path dir, int targets, Duration delay, PublishingCluster.Postgres pg)
      throws Exception {
    try (Run run = Run.start(dir, delay, pg)) {
      int posts = Math.ceilDiv(targets, 2);
      Instant due = Instant.now().plusSeconds(10 + posts / 150);
      PublishingCluster.pushBurst(run.api(), run.brand(), posts, due);
      run.awaitPublished(posts * 2, Duration.ofMinutes(10));
      List<Instant> received =
          PublishingCluster.pagePosts(run.sim()).stream()
              .map(item -> item.createdAt().minus(delay))
              .sorted()
              .toList();
      Duration all = Duration.between(due, received.getLast());
      Duration sending = Duration.between(received.getFirst(), received.getLast());
      if (pg == null) {
        System.out.printf(
            "burst on embedded H2: %d targets due at once, platform %d ms: last request %.1f s"
                + " after the due time; server peak RSS %d MiB%n",
            received.size(), delay.toMillis(), all.toMillis() / 1000.0, run.server().peakRssMib());
      } else {
        System.out.printf(
            "claims on PostgreSQL: %d targets due at once, instant platform: sent in %.1f s after"
                + " the first, %.0f claimed and sent per second; peak RSS %d MiB%n",
            received.size(),
            sending.toMillis() / 1000.0,
            received.size() / Math.max(0.001, sending.toMillis() / 1000.0),
            run.server().peakRssMib());
      }
    }
  }

  private static long percentile(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static Path jar() {
    return Path.of(
        System.getProperty("autoposter.server.jar", "sync-server/target/sync-server.jar"));
  }
}
