package io.autoposter.desktop.storage;

import static io.autoposter.desktop.storage.LocalStoreTest.BRAND;
import static io.autoposter.desktop.storage.LocalStoreTest.changed;
import static io.autoposter.desktop.storage.LocalStoreTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.BrandChanged;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a database this app has opened before: the screens' reads answer before Hibernate has
 * started, writes wait for it, and a schema that Hibernate has yet to update does not break a read
 * (ADR 0014).
 */
class LocalStoreOpeningTest {

  private static final Instant NOW = Instant.parse("2030-04-14T10:00:00Z");

  @TempDir Path dir;

  /** Holds Hibernate's start until {@link #release()}, to see what works without it. */
  private static final class HeldStart implements Executor {
    private final List<Runnable> held = new CopyOnWriteArrayList<>();

    @Override
    public void execute(Runnable start) {
      held.add(start);
    }

    boolean asked() {
      return !held.isEmpty();
    }

    void release() {
      held.forEach(start -> Thread.ofPlatform().start(start));
    }
  }

  private static Post post(String caption, Instant due) {
    return new Post(
        PostId.random(),
        BRAND.id(),
        caption,
        Set.of(Network.SANDBOX),
        due,
        BRAND.zone(),
        due == null ? PostStatus.DRAFT : PostStatus.SCHEDULED,
        "");
  }

  private Path seeded(Post... posts) {
    Path file = dir.resolve("local");
    try (LocalStore store = LocalStore.open(file)) {
      List<io.autoposter.model.sync.Change> changes = new ArrayList<>();
      changes.add(new BrandChanged(1, BRAND));
      long version = 1;
      for (Post p : posts) {
        changes.add(changed(++version, p));
      }
      store.applyPage(page(version, changes.toArray(io.autoposter.model.sync.Change[]::new)));
      store.recordEdit(post("unpushed draft", null));
    }
    return file;
  }

  @Test
  void theScreensReadsAnswerBeforeHibernateHasStarted() throws Exception {
    Path file =
        seeded(post("coming", NOW.plusSeconds(3_600)), post("later", NOW.plusSeconds(7_200)));
    ClientId firstClient;
    try (LocalStore first = LocalStore.open(file)) {
      firstClient = first.clientId();
    }
    HeldStart start = new HeldStart();
    LocalStore store = LocalStore.open(file, Clock.systemUTC(), start);
    try {
      assertThat(store.clientId()).isEqualTo(firstClient);
      assertThat(store.brands()).containsExactly(BRAND);
      assertThat(store.brand(BRAND.id())).contains(BRAND);
      assertThat(store.brand(BrandId.random())).isEmpty();
      assertThat(store.currentPosts(BRAND.id(), NOW, 10))
          .extracting(p -> p.post().caption())
          .containsExactly("coming", "later", "unpushed draft");
      assertThat(store.postsDueBetween(BRAND.id(), NOW, NOW.plus(Duration.ofDays(1))))
          .extracting(p -> p.post().caption())
          .containsExactly("coming", "later");
      List<String> all = new ArrayList<>();
      store.forEachPost(p -> all.add(p.post().caption()));
      assertThat(all).containsExactly("coming", "later", "unpushed draft");
      assertThat(store.pendingCount()).isEqualTo(1);
      assertThat(store.openConflictCount()).isZero();
      assertThat(start.asked()).as("no read asked for Hibernate").isFalse();

      CompletableFuture<LocalPost> write =
          CompletableFuture.supplyAsync(() -> store.recordEdit(post("typed while starting", null)));
      Thread.sleep(200);
      assertThat(start.asked()).as("the write asked for Hibernate").isTrue();
      assertThat(write).as("the write waits for Hibernate").isNotDone();

      start.release();
      assertThat(write.get(30, TimeUnit.SECONDS).post().caption())
          .isEqualTo("typed while starting");
      assertThat(store.pendingCount()).isEqualTo(2);
    } finally {
      store.close();
    }
  }

  @Test
  void closingAStoreWhoseHibernateNeverStartedLeavesItUnstarted() {
    Path file = seeded(post("coming", NOW.plusSeconds(3_600)));
    HeldStart start = new HeldStart();
    LocalStore store = LocalStore.open(file, Clock.systemUTC(), start);
    assertThat(store.brands()).hasSize(1);
    store.close();
    assertThat(start.asked()).isFalse();
    try (LocalStore again = LocalStore.open(file)) {
      assertThat(again.pendingCount()).isEqualTo(1);
    }
  }

  @Test
  void finishOpeningStartsHibernateOnceInTheBackground() throws Exception {
    Path file = seeded(post("coming", NOW.plusSeconds(3_600)));
    List<Runnable> starts = new CopyOnWriteArrayList<>();
    try (LocalStore store =
        LocalStore.open(
            file,
            Clock.systemUTC(),
            run -> {
              starts.add(run);
              Thread.ofPlatform().start(run);
            })) {
      store.finishOpening();
      store.finishOpening();
      assertThat(store.recordEdit(post("after start", null)).post().caption())
          .isEqualTo("after start");
      assertThat(starts).hasSize(1);
    }
  }

  @Test
  void aReadThatMeetsAnOutdatedSchemaWaitsForHibernateToUpdateIt() throws Exception {
    Path file = seeded(post("coming", NOW.plusSeconds(3_600)));
    // As written by an older version: no status column, and the index this version retired.
    try (Connection db = jdbc(file);
        Statement sql = db.createStatement()) {
      sql.execute("DROP INDEX IF EXISTS POSTS_BY_BRAND_STATUS");
      sql.execute("ALTER TABLE POSTS DROP COLUMN STATUS");
      sql.execute("CREATE INDEX POSTS_BY_BRAND ON POSTS(BRAND_ID, VISIBLE, DUE_AT)");
    }
    HeldStart start = new HeldStart();
    LocalStore store = LocalStore.open(file, Clock.systemUTC(), start);
    try {
      CompletableFuture<List<LocalPost>> read =
          CompletableFuture.supplyAsync(() -> store.currentPosts(BRAND.id(), NOW, 10));
      Thread.sleep(200);
      assertThat(read).as("the read waits for the schema").isNotDone();
      start.release();
      assertThat(read.get(30, TimeUnit.SECONDS))
          .extracting(p -> p.post().caption())
          .containsExactly("coming", "unpushed draft");
    } finally {
      store.close();
    }
    try (Connection db = jdbc(file)) {
      assertThat(indexesOfPosts(db))
          .contains("POSTS_BY_BRAND_DUE", "POSTS_BY_BRAND_STATUS")
          .doesNotContain("POSTS_BY_BRAND");
    }
  }

  private static Connection jdbc(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
  }

  private static List<String> indexesOfPosts(Connection db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'POSTS'")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}
