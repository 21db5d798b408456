package io.autoposter.system.bench;

import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.SandboxPost;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.SyncProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Sync and publishing throughput of the real server jar on embedded H2, plus its peak memory.
 *
 * <ol>
 *   <li>push: {@code posts} drafts in batches of 500 mutations;
 *   <li>pull: a first sync of everything from cursor 0, 1,000 changes a page;
 *   <li>burst: {@code burst} sandbox posts all due at the same second; how late the last one goes
 *       out, and the lateness percentiles from the sandbox's own timestamps.
 * </ol>
 *
 * Run: see docs/benchmarks.md. Arguments: server jar, posts (default 10000), burst (default 1000).
 */
public final class SyncBurstBenchmark {
  private static final int BATCH = SyncProtocol.MAX_PUSH_MUTATIONS;

  private SyncBurstBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "sync-server/target/sync-server.jar");
    int posts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int burst = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    Path work = Files.createTempDirectory("autoposter-bench");
    try (ServerProcess server =
        ServerProcess.start(jar, work.resolve("data"), work.resolve("server.log"))) {
      BenchClient api = new BenchClient(server.url());
      SessionResponse owner =
          api.post(
              "/api/v1/tenants/register",
              new SignUpRequest(
                  "Bench Agency", "Bench", "bench@agency.test", "benchmark-password-1"),
              SessionResponse.class);
      api.useToken(owner.token());
      Brand brand =
          api.post(
              "/api/v1/clients",
              new CreateBrandRequest("Bench Brand", "Europe/Rome", null),
              Brand.class);
      api.post(
          "/api/v1/accounts/sandbox",
          new ConnectSandboxRequest(brand.id(), "Bench sandbox"),
          Object.class);
      Pusher pusher = new Pusher(api, ClientId.random());

      long start = System.nanoTime();
      pusher.push(posts, i -> draft(brand.id(), i));
      double pushSeconds = seconds(start);

      start = System.nanoTime();
      int pulled = pullAll(api, ClientId.random());
      double pullSeconds = seconds(start);

      Instant due = Instant.now().plusSeconds(Math.max(5, burst / 200));
      pusher.push(burst, i -> scheduled(brand.id(), i, due));
      List<SandboxPost> received = awaitPublished(api, burst, Duration.ofMinutes(5));
      long[] lateness =
          received.stream()
              .mapToLong(p -> Duration.between(due, p.publishedAt()).toMillis())
              .sorted()
              .toArray();

      System.out.printf(
          "%nAutoposter sync/publish benchmark (%s, %d cores)%n",
          Runtime.version(), Runtime.getRuntime().availableProcessors());
      System.out.printf(
          "push   %,d mutations in %.2f s  = %,.0f mutations/s%n",
          posts, pushSeconds, posts / pushSeconds);
      System.out.printf(
          "pull   %,d changes   in %.2f s  = %,.0f changes/s%n",
          pulled, pullSeconds, pulled / pullSeconds);
      System.out.printf(
          "burst  %,d posts due at one instant: p50 %d ms, p95 %d ms, last %d ms after due time%n",
          burst,
          lateness[lateness.length / 2],
          lateness[(int) (lateness.length * 0.95)],
          lateness[lateness.length - 1]);
      System.out.printf("server peak RSS %d MiB%n", server.peakRssMib());
    }
  }

  private static Post draft(BrandId brand, int i) {
    return new Post(
        PostId.random(),
        brand,
        "Benchmark draft #" + i + " — fresh pasta every day 🍝",
        Set.of(Network.SANDBOX, Network.X),
        null,
        ZoneId.of("Europe/Rome"),
        PostStatus.DRAFT,
        "");
  }

  private static Post scheduled(BrandId brand, int i, Instant due) {
    return new Post(
        PostId.random(),
        brand,
        "Burst post #" + i,
        Set.of(Network.SANDBOX),
        due,
        ZoneId.of("Europe/Rome"),
        PostStatus.SCHEDULED,
        "");
  }

  private static int pullAll(BenchClient api, ClientId client) {
    long cursor = 0;
    int count = 0;
    PullResponse page;
    do {
      page =
          api.post(
              "/api/v1/sync/pull",
              new PullRequest(
                  client, SyncProtocol.SCHEMA_VERSION, cursor, SyncProtocol.MAX_PULL_LIMIT),
              PullResponse.class);
      count += page.changes().size();
      cursor = page.cursor();
    } while (page.hasMore());
    return count;
  }

  private static List<SandboxPost> awaitPublished(BenchClient api, int expected, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      List<SandboxPost> received =
          Arrays.asList(api.get("/api/v1/sandbox/posts", SandboxPost[].class));
      if (received.size() >= expected) {
        return received;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "only " + received.size() + " of " + expected + " published");
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
