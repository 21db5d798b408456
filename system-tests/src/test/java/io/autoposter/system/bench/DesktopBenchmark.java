package io.autoposter.system.bench;

import io.autoposter.model.Brand;
import io.autoposter.model.ClientId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignUpRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desktop app's start and memory with many posts (issue 5), on the packaged jar in its own
 * process on a virtual X display (Xvfb), against the packaged server on loopback:
 *
 * <ol>
 *   <li>cold start to the sign-in screen (empty data directory);
 *   <li>first sign-in and sync of N posts (default 50,000 over 5 brands, a year of schedule);
 *   <li>cold start to the interactive workspace of a signed-in user with those N posts, without and
 *       with a JDK AOT cache (JEP 514/515: one training run writes it);
 *   <li>peak resident memory (VmHWM) of every run.
 * </ol>
 *
 * Run: {@code ./mvnw -B -Pbench-desktop -DskipTests -DskipITs verify -pl system-tests -am}
 * (docs/benchmarks.md). JVM options for the app: {@code -Dbench.desktop.jvm="..."}.
 */
public final class DesktopBenchmark {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration SYNC_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration SETTLE = Duration.ofSeconds(8);
  private static final int RUNS = 3;
  private static final String EMAIL = "bench@agency.test";
  private static final String PASSWORD = "benchmark-pass-99";
  private static final String[] BRANDS = {
    "Trattoria Roma", "Gelateria Sole", "Studio Lumen Yoga", "Bici Verde", "Libreria Aurora"
  };

  private DesktopBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path serverJar = Path.of(args.length > 0 ? args[0] : "sync-server/target/sync-server.jar");
    Path desktopJar = Path.of(args.length > 1 ? args[1] : "desktop-app/target/desktop-app.jar");
    int posts = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
    List<String> jvm =
        args.length > 3 && args[3] != null && !args[3].isBlank()
            ? Arrays.asList(args[3].trim().split("\\s+"))
            : List.of();
    Path work = Files.createTempDirectory("autoposter-desktop-bench");
    System.out.printf("Desktop benchmark: %,d posts, app JVM options %s%n", posts, jvm);
    try (VirtualDisplay display = VirtualDisplay.start();
        ServerProcess server =
            ServerProcess.start(
                serverJar,
                work.resolve("server"),
                work.resolve("server.log"),
                Map.of("AUTOPOSTER_PUBLISHER_ENABLED", "false"))) {
      seed(server.url(), posts);
      Map<String, String> signedOut = Map.of("AUTOPOSTER_SERVER_URL", server.url());

      List<Long> signInStarts = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        Path empty = work.resolve("empty-" + run);
        try (DesktopProcess app =
            DesktopProcess.start(desktopJar, display.name(), jvm, env(signedOut, empty))) {
          signInStarts.add(app.await("sign-in-shown", START_TIMEOUT));
        }
      }
      System.out.printf("cold start to the sign-in screen: %s ms%n", signInStarts);

      Path data = work.resolve("desktop");
      Map<String, String> firstEnv = new java.util.HashMap<>(env(signedOut, data));
      firstEnv.put("AUTOPOSTER_SIGN_IN_EMAIL", EMAIL);
      firstEnv.put("AUTOPOSTER_SIGN_IN_PASSWORD", PASSWORD);
      try (DesktopProcess app = DesktopProcess.start(desktopJar, display.name(), jvm, firstEnv)) {
        long shown = app.await("workspace-shown", START_TIMEOUT);
        long synced = app.await("synced", SYNC_TIMEOUT);
        DesktopProcess.sleep(SETTLE);
        System.out.printf(
            "first sign-in and sync of %,d posts: workspace at %,d ms, synced at %,d ms;"
                + " RSS %d MiB, peak %d MiB%n",
            posts, shown, synced, app.rssMib(), app.peakRssMib());
      }

      measureStarts(
          "cold start, signed in, " + posts + " posts", desktopJar, display, jvm, signedOut, data);

      // As the launcher runs it: a dynamic class-data archive written on the first exit.
      Path cds = work.resolve("desktop-cds.jsa");
      List<String> withCds = new ArrayList<>(jvm);
      withCds.add("-XX:+AutoCreateSharedArchive");
      withCds.add("-XX:SharedArchiveFile=" + cds);
      List<String> writingCds = new ArrayList<>(withCds);
      writingCds.add("-Dautoposter.probe.exit=true");
      try (DesktopProcess app =
          DesktopProcess.start(desktopJar, display.name(), writingCds, env(signedOut, data))) {
        app.await("synced", SYNC_TIMEOUT);
        app.awaitExit(Duration.ofMinutes(5));
      }
      waitForFile(cds);
      measureStarts(
          "cold start with the launcher's class-data archive, signed in, " + posts + " posts",
          desktopJar,
          display,
          withCds,
          signedOut,
          data);

      Path aot = work.resolve("desktop.aot");
      List<String> training = new ArrayList<>(jvm);
      training.add("-XX:AOTCacheOutput=" + aot);
      // The app quits by itself after its first sync; the JVM then writes the cache on exit.
      training.add("-Dautoposter.probe.exit=true");
      try (DesktopProcess app =
          DesktopProcess.start(desktopJar, display.name(), training, env(signedOut, data))) {
        app.await("synced", SYNC_TIMEOUT);
        app.awaitExit(Duration.ofMinutes(5));
      }
      waitForFile(aot);
      List<String> withCache = new ArrayList<>(jvm);
      withCache.add("-XX:AOTCache=" + aot);
      measureStarts(
          "cold start with AOT cache, signed in, " + posts + " posts",
          desktopJar,
          display,
          withCache,
          signedOut,
          data);
    }
  }

  private static void measureStarts(
      String what,
      Path desktopJar,
      VirtualDisplay display,
      List<String> jvm,
      Map<String, String> signedOut,
      Path data)
      throws IOException {
    List<Long> starts = new ArrayList<>();
    List<Long> peaks = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      try (DesktopProcess app =
          DesktopProcess.start(desktopJar, display.name(), jvm, env(signedOut, data))) {
        starts.add(app.await("workspace-shown", START_TIMEOUT));
        app.await("synced", SYNC_TIMEOUT);
        DesktopProcess.sleep(SETTLE);
        peaks.add(app.peakRssMib());
      }
    }
    System.out.printf("%s: interactive at %s ms; peak RSS %s MiB%n", what, starts, peaks);
  }

  private static void waitForFile(Path file) {
    Instant deadline = Instant.now().plusSeconds(60);
    while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
      DesktopProcess.sleep(Duration.ofMillis(200));
    }
    if (!Files.exists(file)) {
      throw new IllegalStateException("the AOT training run wrote no cache at " + file);
    }
  }

  private static Map<String, String> env(Map<String, String> base, Path data) {
    Map<String, String> env = new java.util.HashMap<>(base);
    env.put("AUTOPOSTER_DESKTOP_DATA", data.toString());
    return env;
  }

  /** An agency with five brands and {@code posts} scheduled sandbox posts over the next year. */
  private static void seed(String url, int posts) {
    BenchClient api = new BenchClient(url);
    SessionResponse owner =
        api.post(
            "/api/v1/tenants/register",
            new SignUpRequest("Bench Agency", "Bench", EMAIL, PASSWORD),
            SessionResponse.class);
    api.useToken(owner.token());
    List<Brand> brands = new ArrayList<>();
    for (String name : BRANDS) {
      brands.add(
          api.post(
              "/api/v1/clients", new CreateBrandRequest(name, "Europe/Rome", null), Brand.class));
    }
    Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    long started = System.nanoTime();
    new Pusher(api, ClientId.random())
        .push(
            posts,
            i -> {
              Brand brand = brands.get(i % brands.size());
              Instant due = start.plus((long) i * 365 * 24 * 60 / posts, ChronoUnit.MINUTES);
              return new Post(
                  PostId.random(),
                  brand.id(),
                  "Post #"
                      + i
                      + " for "
                      + brand.name()
                      + ": fresh from the kitchen today 🍝☀️"
                      + " — book a table, tell a friend, and tag us #"
                      + brand.name().replace(" ", ""),
                  Set.of(Network.SANDBOX),
                  due,
                  ZoneId.of("Europe/Rome"),
                  PostStatus.SCHEDULED,
                  "");
            });
    System.out.printf(
        "seeded %,d posts over %d brands in %.1f s%n",
        posts, brands.size(), (System.nanoTime() - started) / 1e9);
  }
}
