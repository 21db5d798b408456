package io.autoposter.desktop.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.BrandRemoved;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.HybridClock;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.UpsertPost;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The desktop's local database for one agency: posts, brands, the outbox and sync bookkeeping.
 *
 * <p>Every local edit writes the post row and its outbox entry in one transaction, so a crash
 * leaves either both or neither. The schema is created and updated by Hibernate on open ({@code
 * hbm2ddl.auto=update}); that is enough for the skeleton and is to be replaced by versioned
 * migrations before the first release that must keep user data across schema changes.
 */
public final class LocalStore implements AutoCloseable {

  private static final ObjectMapper WRITER = Json.strict();
  private static final ObjectMapper READER = Json.tolerant();

  static {
    // Hibernate logs through JUL here; its INFO banner is noise in a desktop app.
    Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
  }

  private final SessionFactory sessions;
  private final Clock clock;
  private final HybridClock hlc;
  private final ClientId clientId;
  private final JdbcConnectionPool pool;

  private LocalStore(SessionFactory sessions, JdbcConnectionPool pool, Clock clock) {
    this.sessions = sessions;
    this.pool = pool;
    this.clock = clock;
    SyncStateEntity state = sessions.fromTransaction(LocalStore::stateOf);
    this.clientId = ClientId.parse(state.clientId);
    this.hlc = new HybridClock(clock, clientId.toString());
    hlc.observe(new HybridTimestamp(state.hlcWall, state.hlcCounter, clientId.toString()));
  }

  /** Opens (creating if needed) the database of {@code agencyId} under {@code dataDir}. */
  public static LocalStore openForAgency(Path dataDir, AgencyId agencyId) {
    return open(dataDir.resolve("agencies").resolve(agencyId.toString()).resolve("local"));
  }

  /** Opens (creating if needed) the H2 file database at {@code file} (without ".mv.db"). */
  public static LocalStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  static LocalStore open(Path file, Clock clock) {
    // H2's own small pool: Hibernate's built-in one is not meant for real use, and a single-user
    // local file needs nothing heavier.
    JdbcConnectionPool pool =
        JdbcConnectionPool.create(
            "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    pool.setMaxConnections(4);
    Configuration config =
        new Configuration()
            .addAnnotatedClass(PostEntity.class)
            .addAnnotatedClass(BrandEntity.class)
            .addAnnotatedClass(OutboxEntity.class)
            .addAnnotatedClass(SyncStateEntity.class)
            .setProperty(AvailableSettings.HBM2DDL_AUTO, "update")
            .setProperty(AvailableSettings.SHOW_SQL, "false");
    config.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
    try {
      return new LocalStore(config.buildSessionFactory(), pool, clock);
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
  }

  public ClientId clientId() {
    return clientId;
  }

  // ---- local edits ------------------------------------------------------------------------

  /** Saves {@code post} and queues its upsert for the server, atomically. */
  public LocalPost recordEdit(Post post) {
    return recordEdit(post, () -> {});
  }

  /** As {@link #recordEdit(Post)}; {@code beforeCommit} lets tests fail mid-transaction. */
  LocalPost recordEdit(Post post, Runnable beforeCommit) {
    return sessions.fromTransaction(
        session -> {
          SyncStateEntity state = stateOf(session);
          PostEntity row = session.find(PostEntity.class, post.id().toString());
          long baseVersion = row == null ? 0 : row.serverVersion;
          if (row != null && row.status.isReadOnly()) {
            throw new IllegalStateException("a post that is publishing or published is read-only");
          }
          if (row == null) {
            row = new PostEntity();
            row.copyFrom(post);
            row.serverVersion = 0;
          } else {
            row.copyFrom(post);
          }
          row.pendingSync = true;
          row.syncError = null;
          row.updatedAt = clock.instant();
          session.persist(row);

          HybridTimestamp stamp = hlc.now();
          long mutationId = state.nextMutationId++;
          state.hlcWall = stamp.wallMillis();
          state.hlcCounter = stamp.counter();
          Mutation mutation = new UpsertPost(mutationId, stamp, baseVersion, post);
          session.persist(
              new OutboxEntity(
                  mutationId, post.id().toString(), toJson(mutation), clock.instant()));
          beforeCommit.run();
          return row.toLocalPost();
        });
  }

  /** Moves the local clock past a time the server reported, so later edits order after it. */
  public void observeRemoteTime(HybridTimestamp remote) {
    hlc.observe(remote);
  }

  // ---- reads --------------------------------------------------------------------------------

  public List<Brand> brands() {
    return sessions.fromSession(
        s ->
            s
                .createSelectionQuery("from BrandEntity order by lower(name)", BrandEntity.class)
                .getResultList()
                .stream()
                .map(BrandEntity::toBrand)
                .toList());
  }

  public Optional<Brand> brand(BrandId id) {
    return sessions.fromSession(
        s ->
            Optional.ofNullable(s.find(BrandEntity.class, id.toString()))
                .map(BrandEntity::toBrand));
  }

  /** The posts of one brand: scheduled ones by due time, drafts (no due time) last. */
  public List<LocalPost> posts(BrandId brandId) {
    return sessions.fromSession(
        s ->
            s
                .createSelectionQuery(
                    "from PostEntity where brandId = :brand order by dueAt nulls last, updatedAt",
                    PostEntity.class)
                .setParameter("brand", brandId.toString())
                .getResultList()
                .stream()
                .map(PostEntity::toLocalPost)
                .toList());
  }

  public List<LocalPost> allPosts() {
    return sessions.fromSession(
        s ->
            s
                .createSelectionQuery("from PostEntity order by dueAt nulls last", PostEntity.class)
                .getResultList()
                .stream()
                .map(PostEntity::toLocalPost)
                .toList());
  }

  public Optional<LocalPost> post(PostId id) {
    return sessions.fromSession(
        s ->
            Optional.ofNullable(s.find(PostEntity.class, id.toString()))
                .map(PostEntity::toLocalPost));
  }

  /** How many edits wait to be pushed. */
  public int pendingCount() {
    return sessions
        .fromSession(
            s ->
                s.createSelectionQuery("select count(*) from OutboxEntity", Long.class)
                    .getSingleResult())
        .intValue();
  }

  /** The oldest {@code limit} outbox mutations, in mutation id order. */
  public List<Mutation> outbox(int limit) {
    return sessions.fromSession(
        s ->
            s
                .createSelectionQuery("from OutboxEntity order by mutationId", OutboxEntity.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(e -> fromJson(e.json))
                .toList());
  }

  public SyncState syncState() {
    return sessions.fromTransaction(
        s -> {
          SyncStateEntity e = stateOf(s);
          return new SyncState(clientId, e.cursor, e.lastMutationId, e.nextMutationId);
        });
  }

  // ---- sync results -------------------------------------------------------------------------

  /**
   * Removes every processed outbox entry (applied, duplicate or rejected, plus anything at or below
   * the server's {@code lastMutationId}) and marks rejected edits on their posts, in one
   * transaction. Returns the number of rejected mutations.
   */
  public int acknowledge(PushResponse response) {
    return sessions.fromTransaction(
        session -> {
          Set<String> touched = new HashSet<>();
          int rejected = 0;
          for (MutationResult result : response.results()) {
            OutboxEntity entry = session.find(OutboxEntity.class, result.mutationId());
            if (entry == null) {
              continue;
            }
            touched.add(entry.postId);
            if (result.outcome() == MutationOutcome.REJECTED) {
              rejected++;
              PostEntity post = session.find(PostEntity.class, entry.postId);
              if (post != null) {
                post.syncError =
                    result.message().isBlank() ? result.reasonCode() : result.message();
              }
            }
            session.remove(entry);
          }
          removeProcessedUpTo(session, response.lastMutationId(), touched);
          session.flush();
          refreshPending(session, touched);
          SyncStateEntity state = stateOf(session);
          state.lastMutationId = Math.max(state.lastMutationId, response.lastMutationId());
          return rejected;
        });
  }

  /**
   * Applies one pulled page and moves the cursor, in one transaction. A post with edits still in
   * the outbox keeps them (the outbox wins until pushed) but takes the server's publishing status.
   * Returns the number of changes applied.
   */
  public int applyPage(PullResponse page) {
    return sessions.fromTransaction(
        session -> {
          Set<String> touched = new HashSet<>();
          removeProcessedUpTo(session, page.lastMutationId(), touched);
          session.flush();
          refreshPending(session, touched);
          for (Change change : page.changes()) {
            switch (change) {
              case BrandChanged c -> applyBrand(session, c);
              case PostChanged c -> applyPost(session, c);
              case PostRemoved c -> applyRemoval(session, c);
              case BrandRemoved c -> applyBrandRemoval(session, c);
            }
          }
          SyncStateEntity state = stateOf(session);
          state.cursor = Math.max(state.cursor, page.cursor());
          state.lastMutationId = Math.max(state.lastMutationId, page.lastMutationId());
          return page.changes().size();
        });
  }

  private void applyBrand(Session session, BrandChanged change) {
    BrandEntity row = session.find(BrandEntity.class, change.brand().id().toString());
    if (row == null) {
      row = new BrandEntity();
    }
    row.copyFrom(change.brand(), change.version());
    session.persist(row);
  }

  private void applyPost(Session session, PostChanged change) {
    Post remote = change.post();
    PostEntity row = session.find(PostEntity.class, remote.id().toString());
    if (row == null) {
      row = new PostEntity();
      row.copyFrom(remote);
      row.pendingSync = false;
    } else if (row.pendingSync) {
      if (isServerOwned(remote)) {
        row.status = remote.status();
        row.outcome = remote.outcome();
      }
    } else {
      row.copyFrom(remote);
    }
    row.serverVersion = Math.max(row.serverVersion, change.version());
    row.updatedAt = clock.instant();
    session.persist(row);
  }

  private static boolean isServerOwned(Post remote) {
    return switch (remote.status()) {
      case PUBLISHING, PUBLISHED, FAILED -> true;
      case DRAFT, SCHEDULED, CANCELLED -> false;
    };
  }

  private static void applyRemoval(Session session, PostRemoved change) {
    PostEntity row = session.find(PostEntity.class, change.postId().toString());
    // An un-pushed local edit outlives a remote delete until the server has judged it.
    if (row != null && !row.pendingSync) {
      session.remove(row);
    }
  }

  /** The brand is gone or out of reach: drop it, its posts and their unsent edits. */
  private static void applyBrandRemoval(Session session, BrandRemoved change) {
    String brandId = change.brandId().toString();
    List<PostEntity> posts =
        session
            .createSelectionQuery("from PostEntity where brandId = :brand", PostEntity.class)
            .setParameter("brand", brandId)
            .getResultList();
    for (PostEntity post : posts) {
      session
          .createMutationQuery("delete from OutboxEntity where postId = :post")
          .setParameter("post", post.id)
          .executeUpdate();
      session.remove(post);
    }
    BrandEntity brand = session.find(BrandEntity.class, brandId);
    if (brand != null) {
      session.remove(brand);
    }
  }

  private static void removeProcessedUpTo(
      Session session, long lastMutationId, Set<String> touched) {
    List<OutboxEntity> done =
        session
            .createSelectionQuery("from OutboxEntity where mutationId <= :last", OutboxEntity.class)
            .setParameter("last", lastMutationId)
            .getResultList();
    for (OutboxEntity entry : done) {
      touched.add(entry.postId);
      session.remove(entry);
    }
  }

  private static void refreshPending(Session session, Set<String> postIds) {
    for (String postId : postIds) {
      PostEntity post = session.find(PostEntity.class, postId);
      if (post != null) {
        long left =
            session
                .createSelectionQuery(
                    "select count(*) from OutboxEntity where postId = :post", Long.class)
                .setParameter("post", postId)
                .getSingleResult();
        post.pendingSync = left > 0;
      }
    }
  }

  private static SyncStateEntity stateOf(Session session) {
    SyncStateEntity state = session.find(SyncStateEntity.class, SyncStateEntity.ROW_ID);
    if (state == null) {
      state = new SyncStateEntity();
      state.clientId = UUID.randomUUID().toString();
      session.persist(state);
    }
    return state;
  }

  private static String toJson(Mutation mutation) {
    try {
      return WRITER.writerFor(Mutation.class).writeValueAsString(mutation);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Mutation fromJson(String json) {
    try {
      return READER.readValue(json, Mutation.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Outbox entries in id order, for tests that inspect what will be pushed. */
  List<Long> outboxIds() {
    return outbox(Integer.MAX_VALUE).stream()
        .map(Mutation::mutationId)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  @Override
  public void close() {
    sessions.close();
    pool.dispose();
  }
}
