package io.autoposter.system.bench;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.sync.SyncEngine;
import io.autoposter.desktop.sync.SyncResult;
import io.autoposter.model.Brand;
import io.autoposter.model.ClientId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.SyncProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The three sync speeds of issue 4, against the packaged server in its own process on loopback:
 *
 * <ol>
 *   <li>first sync of N posts into an empty desktop database (the real desktop store and engine);
 *   <li>a push of 100 mutations (edits of existing posts);
 *   <li>a pull when nothing changed.
 * </ol>
 *
 * Run: {@code ./mvnw -B -Pbench -DskipTests -DskipITs verify -pl system-tests -am}
 * (docs/benchmarks.md).
 */
public final class SyncSpeedBenchmark {
  private static final int PUSH_SIZE = 100;
  private static final int PUSH_RUNS = 60;
  private static final int PULL_RUNS = 300;
  private static final int WARM_UP = 10;

  private SyncSpeedBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "sync-server/target/sync-server.jar");
    int posts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int firstSyncRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path work = Files.createTempDirectory("autoposter-sync-speed");
    try (ServerProcess server =
        ServerProcess.start(jar, work.resolve("data"), work.resolve("server.log"))) {
      BenchClient api = new BenchClient(server.url());
      SessionResponse owner =
          api.post(
              "/api/v1/tenants/register",
              new SignUpRequest("Speed Agency", "Speed", "speed@agency.test", "benchmark-pass-99"),
              SessionResponse.class);
      api.useToken(owner.token());
      Brand brand =
          api.post(
              "/api/v1/clients",
              new CreateBrandRequest("Speed Brand", "Europe/Rome", null),
              Brand.class);
      List<PostId> ids = new ArrayList<>();
      Pusher seeder = new Pusher(api, ClientId.random());
      seeder.push(
          posts,
          i -> {
            Post post = draft(brand, i);
            ids.add(post.id());
            return post;
          });

      // A production server is long-running: warm its pull path once, as another laptop would.
      long warmStart = System.nanoTime();
      pullHead(api, ClientId.random(), new java.util.HashMap<>());
      double serverWarmUp = (System.nanoTime() - warmStart) / 1e9;

      double[] firstSync = new double[firstSyncRuns];
      for (int run = 0; run < firstSyncRuns; run++) {
        firstSync[run] =
            firstSyncSeconds(server.url(), owner, work.resolve("desktop-" + run), posts);
      }

      java.util.Map<PostId, Long> versions = new java.util.HashMap<>();
      pullHead(api, ClientId.random(), versions);
      Pusher editor = new Pusher(api, ClientId.random());
      double[] push = new double[PUSH_RUNS];
      for (int run = -WARM_UP; run < PUSH_RUNS; run++) {
        int offset = Math.floorMod(run, ids.size() / PUSH_SIZE) * PUSH_SIZE;
        int round = run;
        long start = System.nanoTime();
        editor.pushBatch(
            PUSH_SIZE,
            id ->
                new EditPost(
                    id,
                    Pusher.stamp(),
                    versions.get(ids.get(offset + (int) (id % PUSH_SIZE))),
                    ids.get(offset + (int) (id % PUSH_SIZE)),
                    PostPatch.EMPTY.withFirstComment(
                        "Edit round " + round + " of mutation " + id)));
        if (run >= 0) {
          push[run] = millis(start);
        }
      }

      ClientId reader = ClientId.random();
      long head = pullHead(api, reader, new java.util.HashMap<>());
      double[] pull = new double[PULL_RUNS];
      for (int run = -WARM_UP; run < PULL_RUNS; run++) {
        long start = System.nanoTime();
        PullResponse page =
            api.post(
                "/api/v1/sync/pull",
                new PullRequest(reader, SyncProtocol.SCHEMA_VERSION, head, 500),
                PullResponse.class);
        if (!page.changes().isEmpty()) {
          throw new IllegalStateException("expected nothing new, got " + page.changes().size());
        }
        if (run >= 0) {
          pull[run] = millis(start);
        }
      }

      System.out.printf(
          "%nAutoposter sync speed (%s, %d cores)%n",
          Runtime.version(), Runtime.getRuntime().availableProcessors());
      System.out.printf(
          "server warm-up: one full pull of %,d posts over plain HTTP in %.2f s%n",
          posts, serverWarmUp);
      System.out.printf(
          "first sync of %,d posts into an empty desktop database: %s s (runs in order, the"
              + " first on a cold desktop JVM; best %.2f s, worst %.2f s)%n",
          posts, format(firstSync, "%.2f"), min(firstSync), max(firstSync));
      System.out.printf(
          "push of %d mutations: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d pushes)%n",
          PUSH_SIZE, percentile(push, 50), percentile(push, 95), max(push), PUSH_RUNS);
      System.out.printf(
          "pull with nothing new: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d pulls)%n",
          percentile(pull, 50), percentile(pull, 95), max(pull), PULL_RUNS);
      System.out.printf("server peak RSS %d MiB%n", server.peakRssMib());
    }
  }

  /** One empty desktop database pulling everything with the real store and engine. */
  private static double firstSyncSeconds(
      String url, SessionResponse owner, Path dataDir, int expected) throws Exception {
    try (LocalStore store = LocalStore.openForAgency(dataDir, owner.agencyId());
        ServerClient client = ServerClient.create(url);
        SyncEngine engine = new SyncEngine(store, client)) {
      client.useToken(owner.token());
      long start = System.nanoTime();
      SyncResult result = engine.syncNow();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (store.allPosts().size() != expected) {
        throw new IllegalStateException(
            "first sync brought "
                + store.allPosts().size()
                + " posts, not "
                + expected
                + ": "
                + result);
      }
      return seconds;
    }
  }

  /** Pulls everything as {@code reader}; notes each post's version; returns the head cursor. */
  private static long pullHead(
      BenchClient api, ClientId reader, java.util.Map<PostId, Long> versions) {
    long cursor = 0;
    PullResponse page;
    do {
      page =
          api.post(
              "/api/v1/sync/pull",
              new PullRequest(
                  reader, SyncProtocol.SCHEMA_VERSION, cursor, SyncProtocol.MAX_PULL_LIMIT),
              PullResponse.class);
      for (var change : page.changes()) {
        if (change instanceof io.autoposter.model.sync.PostChanged changed) {
          versions.put(changed.post().id(), changed.version());
        }
      }
      cursor = page.cursor();
    } while (page.hasMore());
    return cursor;
  }

  private static Post draft(Brand brand, int i) {
    return new Post(
        PostId.random(),
        brand.id(),
        "Speed draft #" + i + " — fresh pasta every day 🍝 #pasta",
        Set.of(Network.INSTAGRAM, Network.X),
        null,
        ZoneId.of("Europe/Rome"),
        PostStatus.DRAFT,
        "");
  }

  private static double millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  private static double percentile(double[] values, int percentile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }

  private static String format(double[] values, String pattern) {
    return String.join(", ", Arrays.stream(values).mapToObj(v -> pattern.formatted(v)).toList());
  }
}
