package io.autoposter.desktop.calendar;

import io.autoposter.desktop.app.AutoposterApp;
import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: a harness that measures opening the calendar with 50,000 posts of one brand over a
 * year in a local H2 file. Prints, after warm-up, p50/p95 of (1) the store query alone, (2) the
 * ViewModel from request to days ready (query + sorting into days), and (3) on the FX thread
 * (Monocle, headless) the whole open: ViewModel, view nodes, CSS and layout.
 *
 * <pre>
 * ./mvnw -q test-compile -pl desktop-app
 * ./mvnw -q -pl desktop-app dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java --enable-native-access=ALL-UNNAMED -cp \
 *     "desktop-app/target/test-classes:desktop-app/target/classes:$(cat desktop-app/target/cp.txt)" \
 *     io.autoposter.desktop.calendar.CalendarBenchmark [posts] [dir] [brands]
 * </pre>
 *
 * With {@code brands} 4 the posts are spread over the fixture's four brands (the measured brand
 * then has a quarter of them); by default they all belong to the one brand measured.
 */
public final class CalendarBenchmark {

  private static final int ROUNDS = 5;

  private CalendarBenchmark() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(1); // the FX thread would keep the JVM alive
    }
    System.exit(0);
  }

  private static void run(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("calendar-bench");
    int brands = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Brand brand = QueueFixture.ROMA;
    try (LocalStore store = LocalStore.open(dir.resolve("local"))) {
      if (store.brands().isEmpty()) {
        long t0 = System.nanoTime();
        fill(store, QueueFixture.BRANDS.subList(0, brands), count);
        System.out.printf("inserted %,d posts of %d brand(s) in %,d ms%n", count, brands, ms(t0));
      } else {
        System.out.println("reusing the posts already in " + dir);
      }

      CalendarViewModel model =
          new CalendarViewModel(
              store, TaskExecutor.sameThread(), QueueFixture.CLOCK, id -> {}, () -> {});
      model.reload();
      model.brandProperty().set(brand);
      List<LocalDate> months = new ArrayList<>();
      List<LocalDate> weeks = new ArrayList<>();
      LocalDate first = LocalDate.of(2026, 6, 1);
      for (int i = 0; i < 12; i++) {
        months.add(first.plusMonths(i).withDayOfMonth(10));
      }
      for (int i = 0; i < 52; i++) {
        weeks.add(first.plusWeeks(i));
      }
      int[] shown = {0};
      LongSupplier query =
          () -> {
            LocalDate day = months.get(shown[0]++ % months.size());
            CalendarPage page = CalendarPage.of(CalendarMode.MONTH, day);
            long q0 = System.nanoTime();
            int rows =
                store
                    .postsDueBetween(
                        brand.id(),
                        page.first().atStartOfDay(brand.zone()).toInstant(),
                        page.end().atStartOfDay(brand.zone()).toInstant())
                    .size();
            if (rows == 0) {
              throw new IllegalStateException("an empty month");
            }
            return System.nanoTime() - q0;
          };
      report("store query, month page (6 weeks)", measure(query, months.size()));
      report("ViewModel month: request to days ready", open(model, CalendarMode.MONTH, months));
      report("ViewModel week: request to days ready", open(model, CalendarMode.WEEK, weeks));
      int perPage = model.days().stream().mapToInt(d -> d.items().size()).sum();
      System.out.printf("(a week page holds %,d posts)%n", perPage);
      model = null; // the FX run's heap holds only its own page, as the app's would
      fx(store, months, weeks);
    }
  }

  private static long[] open(CalendarViewModel model, CalendarMode mode, List<LocalDate> dates) {
    model.modeProperty().set(mode);
    int[] next = {0};
    return measure(
        () -> {
          LocalDate date = dates.get(next[0]++ % dates.size());
          long s = System.nanoTime();
          model.dateProperty().set(date);
          if (model.days().isEmpty()) {
            throw new IllegalStateException("no days");
          }
          return System.nanoTime() - s;
        },
        dates.size());
  }

  /**
   * The whole open on the FX thread: ViewModel (with the query), nodes, CSS, layout. Each open is
   * its own FX task in a shown window, and the next waits for two pulses, so the scene is synced
   * and drawn between opens as in the app (a scene outside a window never syncs and keeps every
   * removed node: JDK-8269907).
   */
  private static void fx(LocalStore store, List<LocalDate> months, List<LocalDate> weeks)
      throws Exception {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("prism.text", "t2k");
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get();
    AtomicLong pulses = new AtomicLong();
    CalendarViewModel model =
        onFx(
            () -> {
              AutoposterApp.applyTheme(false);
              CalendarViewModel m =
                  new CalendarViewModel(
                      store, TaskExecutor.sameThread(), QueueFixture.CLOCK, id -> {}, () -> {});
              CalendarView view = new CalendarView(m);
              Scene scene = new Scene(view.node(), 1280, 800);
              scene.getStylesheets().add(AutoposterApp.stylesheet());
              scene.addPostLayoutPulseListener(pulses::incrementAndGet);
              Stage stage = new Stage();
              stage.setScene(scene);
              stage.show();
              m.reload();
              m.brandProperty().set(QueueFixture.ROMA);
              return m;
            });
    Parent root = onFx(() -> Window.getWindows().getFirst().getScene().getRoot());
    for (CalendarMode mode : List.of(CalendarMode.MONTH, CalendarMode.WEEK)) {
      List<LocalDate> dates = mode == CalendarMode.MONTH ? months : weeks;
      onFx(() -> model.modeProperty().set(mode));
      int[] next = {0};
      long[] build = new long[Math.min(ROUNDS * dates.size(), 60) + 5];
      long[] css = new long[build.length];
      long[] times =
          measure(
              () -> {
                int run = next[0]++;
                long took =
                    onFx(
                        () -> {
                          long s = System.nanoTime();
                          model.dateProperty().set(dates.get(run % dates.size()));
                          long b = System.nanoTime();
                          root.applyCss();
                          long c = System.nanoTime();
                          root.layout();
                          build[run] = b - s;
                          css[run] = c - b;
                          return System.nanoTime() - s;
                        });
                long seen = pulses.get();
                while (pulses.get() < seen + 2) {
                  Platform.requestNextPulse();
                  Thread.onSpinWait();
                }
                return took;
              },
              dates.size());
      String name = "FX " + mode.label().toLowerCase(java.util.Locale.ROOT);
      report(name + ": ViewModel + nodes + CSS + layout", times);
      report(name + ":   of which ViewModel + nodes", Arrays.copyOfRange(build, 5, build.length));
      report(name + ":   of which CSS", Arrays.copyOfRange(css, 5, css.length));
    }
    Runtime.getRuntime().gc();
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(
        "heap in use after the FX run and a GC: %,d MB%n",
        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
  }

  private static <T> T onFx(Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.call());
          } catch (Exception | Error e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(2, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException("the FX task failed", e);
    }
  }

  private static void onFx(Runnable work) {
    onFx(
        () -> {
          work.run();
          return null;
        });
  }

  /** Warm-up of 5 runs, then {@code ROUNDS} rounds over {@code distinct} pages (at most 60). */
  private static long[] measure(LongSupplier run, int distinct) {
    for (int i = 0; i < 5; i++) {
      run.getAsLong();
    }
    long[] times = new long[Math.min(ROUNDS * distinct, 60)];
    for (int i = 0; i < times.length; i++) {
      times[i] = run.getAsLong();
    }
    return times;
  }

  private static void report(String what, long[] times) {
    Arrays.sort(times);
    System.out.printf(
        "%-48s n=%3d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n",
        what,
        times.length,
        times[times.length / 2] / 1e6,
        times[times.length * 95 / 100] / 1e6,
        times[times.length - 1] / 1e6);
  }

  /** {@code count} posts of {@code owners} across a year around "now", 1,000 per server page. */
  private static void fill(LocalStore store, List<Brand> owners, int count) {
    QueueFixture.fill(store, QueueFixture.BRANDS, List.of());
    List<Post> samples = QueueFixture.posts();
    Random random = new Random(7);
    HybridTimestamp stamp = new HybridTimestamp(QueueFixture.NOW.toEpochMilli(), 0, "server");
    long version = QueueFixture.BRANDS.size();
    List<Change> page = new ArrayList<>();
    List<Network> networks = List.of(Network.values());
    Instant start = QueueFixture.NOW.minus(182, ChronoUnit.DAYS);
    for (int i = 0; i < count; i++) {
      Brand brand = owners.get(i % owners.size());
      Post sample = samples.get(i % samples.size());
      Instant due = start.plus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
      PostStatus status =
          due.isBefore(QueueFixture.NOW)
              ? (random.nextInt(20) == 0 ? PostStatus.FAILED : PostStatus.PUBLISHED)
              : (random.nextInt(10) == 0 ? PostStatus.DRAFT : PostStatus.SCHEDULED);
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
              due,
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

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
