package io.autoposter.desktop.queue;

import io.autoposter.desktop.queue.PostTableViewModel.Mode;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PullResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: a harness that measures the queue with 50,000 posts in a local H2 file. Prints the
 * index build time, filter times (p50/p95 over many runs) and the heap the index takes.
 *
 * <pre>
 * ./mvnw -o -q test-compile -pl desktop-app
 * java -cp "desktop-app/target/test-classes:desktop-app/target/classes:$(cat cp.txt)" \
 *     io.autoposter.desktop.queue.QueueFilterBenchmark [posts] [dir]
 * </pre>
 */
public final class QueueFilterBenchmark {

  private static final int RUNS = 200;

  private QueueFilterBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("queue-bench");
    try (LocalStore store = LocalStore.open(dir.resolve("local"))) {
      long t0 = System.nanoTime();
      fill(store, count);
      System.out.printf("inserted %,d posts in %,d ms%n", count, ms(System.nanoTime() - t0));

      PostIndex.build(store); // warm-up: JIT and H2 caches, as after the first open of the screen
      long s0 = System.nanoTime();
      int[] seen = {0};
      store.forEachPost(post -> seen[0]++);
      System.out.printf(
          "store scan alone (LocalStore.forEachPost): %,d ms for %,d posts%n",
          ms(System.nanoTime() - s0), seen[0]);
      long heapBefore = usedHeap();
      long b0 = System.nanoTime();
      PostIndex index = PostIndex.build(store);
      long buildNanos = System.nanoTime() - b0;
      long heapAfter = usedHeap();
      System.out.printf("index build: %,d ms for %,d posts%n", ms(buildNanos), index.size());
      System.out.printf(
          "index heap: %.1f MB (heap used with index: %.1f MB)%n",
          (heapAfter - heapBefore) / 1e6, heapAfter / 1e6);

      Brand brand = QueueFixture.BRANDS.get(1);
      Map<String, PostFilter> filters =
          Map.of(
              "no filter (queue)", PostFilter.NONE,
              "text 'stollen'", text("stollen"),
              "text 'link in bio' (3 words)", text("link in bio"),
              "text, no match", text("zzzz-nothing"),
              "brand + network + month",
                  new PostFilter(
                      brand.id(),
                      Network.INSTAGRAM,
                      null,
                      LocalDate.of(2027, 3, 1),
                      LocalDate.of(2027, 3, 31),
                      ""));
      for (var entry : filters.entrySet()) {
        long[] times = new long[RUNS];
        int hits = 0;
        for (int run = 0; run < RUNS; run++) {
          long f0 = System.nanoTime();
          int[] slots = index.filter(Mode.QUEUE, entry.getValue());
          // What the ViewModel does with the result: one small row object per match.
          List<QueueRow> rows = new ArrayList<>(slots.length);
          for (int slot : slots) {
            rows.add(new QueueRow(index, slot));
          }
          times[run] = System.nanoTime() - f0;
          hits = rows.size();
        }
        Arrays.sort(times);
        System.out.printf(
            "filter %-28s %,6d rows  p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms%n",
            entry.getKey(),
            hits,
            times[RUNS / 2] / 1e6,
            times[RUNS * 95 / 100] / 1e6,
            times[RUNS - 1] / 1e6);
      }
    }
  }

  private static PostFilter text(String text) {
    return new PostFilter(null, null, null, null, null, text);
  }

  /** {@code count} posts across a year for the fixture brands, 1,000 per server page. */
  private static void fill(LocalStore store, int count) {
    QueueFixture.fill(store, QueueFixture.BRANDS, List.of());
    List<Post> samples = QueueFixture.posts();
    Random random = new Random(7);
    HybridTimestamp stamp = new HybridTimestamp(QueueFixture.NOW.toEpochMilli(), 0, "server");
    long version = QueueFixture.BRANDS.size();
    List<Change> page = new ArrayList<>();
    List<Network> networks = List.of(Network.values());
    for (int i = 0; i < count; i++) {
      Post sample = samples.get(i % samples.size());
      Brand brand = QueueFixture.BRANDS.get(random.nextInt(QueueFixture.BRANDS.size()));
      PostStatus status =
          switch (random.nextInt(10)) {
            case 0 -> PostStatus.DRAFT;
            case 1, 2 -> PostStatus.PUBLISHED;
            default -> PostStatus.SCHEDULED;
          };
      Instant due =
          status == PostStatus.PUBLISHED
              ? QueueFixture.NOW.minus(random.nextInt(365 * 24), ChronoUnit.HOURS)
              : QueueFixture.NOW.plus(random.nextInt(365 * 24), ChronoUnit.HOURS);
      Set<Network> on =
          EnumSet.of(
              networks.get(random.nextInt(networks.size())),
              networks.get(random.nextInt(networks.size())));
      Post post =
          new Post(
              PostId.random(),
              brand.id(),
              sample.caption() + " #" + i,
              sample.firstComment(),
              Map.of(),
              on,
              Set.of(),
              List.of(),
              sample.tags(),
              status == PostStatus.DRAFT && random.nextBoolean() ? null : due,
              brand.zone(),
              status,
              "");
      page.add(new PostChanged(++version, post, stamp));
      if (page.size() == 1_000 || i == count - 1) {
        store.applyPage(new PullResponse(page, version, false, 0, version));
        page.clear();
      }
    }
  }

  private static long usedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
