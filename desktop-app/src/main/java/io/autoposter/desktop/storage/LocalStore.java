package io.autoposter.desktop.storage;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.ConflictId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.BrandRemoved;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.HybridClock;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.ResolveConflict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The desktop's local database for one agency: brands, posts, open conflicts, the outbox, imported
 * media and sync bookkeeping.
 *
 * <p>Per post it keeps the last copy the server sent and shows the working copy: that server copy
 * with this device's unpushed mutations replayed on it (docs/sync-protocol.md, "The local copy is
 * the server's copy plus the outbox"). Every local edit writes the working copy and its outbox
 * entry in one transaction, and every sync result (an acknowledgement, a pulled page) is one
 * transaction too, so a crash at any point keeps both or neither. Writes are serialised in this
 * process: the bookkeeping row is shared by all of them.
 *
 * <p>The schema is created and updated by Hibernate on open ({@code hbm2ddl.auto=update}); that is
 * enough before the first release and is to be replaced by versioned migrations before one must
 * keep user data across schema changes.
 */
public final class LocalStore implements AutoCloseable {

  // Hibernate logs through JUL here; its INFO banner is noise in a desktop app. The reference is
  // kept because JUL forgets the level of a logger nobody holds.
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  static {
    HIBERNATE_LOG.setLevel(Level.WARNING);
  }

  private static final int JDBC_BATCH = 200;

  private final CompletableFuture<SessionFactory> factory;
  private final Runnable startFactory;
  private final AtomicBoolean factoryStarted = new AtomicBoolean();
  private final StoreReads reads;
  private final Clock clock;
  private final HybridClock hlc;
  private final ClientId clientId;
  private final JdbcConnectionPool pool;
  private final MediaFolder media;
  private final ReentrantLock writeLock = new ReentrantLock();

  private LocalStore(
      CompletableFuture<SessionFactory> factory,
      Runnable startFactory,
      StoreReads.SyncStateRow state,
      JdbcConnectionPool pool,
      MediaFolder media,
      Clock clock) {
    this.factory = factory;
    this.startFactory = startFactory;
    this.reads = new StoreReads(pool, this::sessions);
    this.pool = pool;
    this.media = media;
    this.clock = clock;
    this.clientId = ClientId.parse(state.clientId());
    this.hlc = new HybridClock(clock, clientId.toString());
    hlc.observe(new HybridTimestamp(state.hlcWall(), state.hlcCounter(), clientId.toString()));
  }

  /** Opens (creating if needed) the database of {@code agencyId} under {@code dataDir}. */
  public static LocalStore openForAgency(Path dataDir, AgencyId agencyId) {
    return open(dataDir.resolve("agencies").resolve(agencyId.toString()).resolve("local"));
  }

  /**
   * Opens (creating if needed) the H2 file database at {@code file} (without ".mv.db"); imported
   * media live beside it in {@code media/}.
   */
  public static LocalStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  static LocalStore open(Path file, Clock clock) {
    return open(file, clock, LocalStore::startHibernate);
  }

  /** As {@link #open(Path, Clock)}; {@code hibernateStarter} runs Hibernate's start (tests). */
  static LocalStore open(Path file, Clock clock, Executor hibernateStarter) {
    Path absolute = file.toAbsolutePath();
    // H2's own small pool: Hibernate's built-in one is not meant for real use, and a single-user
    // local file needs nothing heavier. A write may wait for the sync thread's page to commit.
    // A 4 MB page cache (H2 takes 16 MB of a 128 MB heap by default): the screens read through
    // their own compact indexes, and the desktop's memory budget is tight (ADR 0011).
    JdbcConnectionPool pool =
        JdbcConnectionPool.create(
            "jdbc:h2:file:"
                + absolute
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000;CACHE_SIZE=4096",
            "sa",
            "");
    pool.setMaxConnections(4);
    try {
      LegacySchema.clearIfSchema2(pool);
      MediaFolder media = new MediaFolder(absolute.getParent().resolve("media"));
      Optional<StoreReads.SyncStateRow> existing = StoreReads.existingState(pool);
      if (existing.isPresent()) {
        // A database this app has opened before: the screens can read it at once (StoreReads);
        // Hibernate, for the writes, starts on its own thread at the first write or when the app
        // calls finishOpening().
        CompletableFuture<SessionFactory> factory = new CompletableFuture<>();
        Runnable start =
            () -> {
              try {
                factory.complete(sessionFactory(pool));
              } catch (RuntimeException | Error e) {
                factory.completeExceptionally(e);
              }
            };
        return new LocalStore(
            factory, () -> hibernateStarter.execute(start), existing.get(), pool, media, clock);
      }
      SessionFactory sessions = sessionFactory(pool);
      StoreReads.SyncStateRow state;
      try {
        SyncStateEntity row = sessions.fromTransaction(LocalStore::stateOf);
        state = new StoreReads.SyncStateRow(row.clientId, row.hlcWall, row.hlcCounter);
      } catch (RuntimeException e) {
        sessions.close();
        throw e;
      }
      return new LocalStore(
          CompletableFuture.completedFuture(sessions), () -> {}, state, pool, media, clock);
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
  }

  /** Starts Hibernate on a thread of its own, beside whatever else the app does at start. */
  private static void startHibernate(Runnable start) {
    Thread.ofPlatform().name("local-store-start").daemon().start(start);
  }

  /** Hibernate on the pool, after it has updated the schema (and the retired indexes dropped). */
  private static SessionFactory sessionFactory(JdbcConnectionPool pool) {
    SessionFactory sessions = hibernate(pool);
    try {
      // Only now: until the indexes that replace them exist, the old ones still serve the reads.
      LegacySchema.dropRetiredIndexes(pool);
    } catch (RuntimeException e) {
      sessions.close();
      throw e;
    }
    return sessions;
  }

  private static SessionFactory hibernate(JdbcConnectionPool pool) {
    Configuration config =
        new Configuration()
            .addAnnotatedClass(PostEntity.class)
            .addAnnotatedClass(BrandEntity.class)
            .addAnnotatedClass(OutboxEntity.class)
            .addAnnotatedClass(ConflictEntity.class)
            .addAnnotatedClass(MediaEntity.class)
            .addAnnotatedClass(SyncStateEntity.class)
            .setProperty(AvailableSettings.HBM2DDL_AUTO, "update")
            .setProperty(AvailableSettings.SHOW_SQL, "false")
            // A first sync inserts thousands of posts: send them in batches.
            .setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, Integer.toString(JDBC_BATCH))
            .setProperty(AvailableSettings.ORDER_INSERTS, "true")
            .setProperty(AvailableSettings.ORDER_UPDATES, "true");
    config.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
    return config.buildSessionFactory();
  }

  /**
   * Starts Hibernate in the background now, if it has not started yet. Opening a database that
   * exists leaves Hibernate's start (the slowest part of opening) until the first write or this
   * call: the app calls it once its first screen is on, so that the two do not share the CPU.
   */
  public void finishOpening() {
    if (factoryStarted.compareAndSet(false, true)) {
      startFactory.run();
    }
  }

  /** Hibernate, once it has started (starting it, and waiting for it, if need be). */
  private SessionFactory sessions() {
    finishOpening();
    try {
      return factory.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  public ClientId clientId() {
    return clientId;
  }

  // ---- local edits ------------------------------------------------------------------------

  /**
   * Saves {@code post} as the user's new version of it and queues the change for the server,
   * atomically: {@code post.create} for a post the server does not have, else {@code post.edit}
   * with the fields that differ from the working copy. Saving an unchanged post queues nothing.
   *
   * @throws IllegalStateException if the post is being published or was published (read-only), or
   *     was deleted on this device
   */
  public LocalPost recordEdit(Post post) {
    return recordEdit(post, () -> {});
  }

  /** As {@link #recordEdit(Post)}; {@code beforeCommit} lets tests fail mid-transaction. */
  LocalPost recordEdit(Post post, Runnable beforeCommit) {
    return write(
        session -> {
          Instant now = clock.instant();
          String id = post.id().toString();
          PostEntity row = session.find(PostEntity.class, id);
          Post working = row == null ? null : row.working();
          requireWritable(row, working);
          List<Mutation> pending = row == null ? List.of() : pendingOf(session, id);
          boolean serverHasIt =
              row != null
                  && (row.serverJson != null
                      || pending.stream().anyMatch(CreatePost.class::isInstance));
          if (row == null) {
            row = new PostEntity(id);
            row.showWorking(post, null, now);
            session.persist(row);
          }
          if (!serverHasIt) {
            Post created = post;
            enqueue(session, id, (mid, stamp) -> new CreatePost(mid, stamp, created));
            row.showWorking(post, null, now);
          } else {
            PostPatch patch = PostPatch.between(working, post);
            if (patch.isEmpty()) {
              return row.toLocalPost(openConflictCount(session, id));
            }
            long base = row.serverVersion;
            enqueue(session, id, (mid, stamp) -> new EditPost(mid, stamp, base, post.id(), patch));
            row.showWorking(patch.applyTo(working), null, now);
          }
          row.pendingSync = true;
          beforeCommit.run();
          return row.toLocalPost(openConflictCount(session, id));
        });
  }

  /**
   * Queues the deletion of a post; it leaves the working view at once. A draft the server never had
   * is simply forgotten.
   *
   * @throws IllegalStateException if the post is being published or was published
   */
  public void recordDelete(PostId id) {
    write(
        session -> {
          PostEntity row = session.find(PostEntity.class, id.toString());
          if (row == null || !row.visible) {
            return null;
          }
          requireWritable(row, row.working());
          if (row.serverJson == null && pendingOf(session, row.id).isEmpty()) {
            session.remove(row);
            return null;
          }
          long base = row.serverVersion;
          enqueue(session, row.id, (mid, stamp) -> new DeletePost(mid, stamp, base, id));
          row.showWorking(null, null, clock.instant());
          row.pendingSync = true;
          return null;
        });
  }

  /**
   * Queues a decision on an open conflict: for a text conflict {@code text} becomes the field's
   * value, for a delete conflict {@code deletePost} says whether the post goes. The working view
   * applies it at once and the conflict stops counting as open here.
   *
   * @throws IllegalArgumentException if this device has no such open conflict
   */
  public void recordResolution(ConflictId id, String text, boolean deletePost) {
    write(
        session -> {
          ConflictEntity entity = session.find(ConflictEntity.class, id.toString());
          if (entity == null || entity.resolvedHere) {
            throw new IllegalArgumentException("There is no open conflict " + id + " here.");
          }
          PostConflict conflict = entity.conflict();
          PostEntity row = session.find(PostEntity.class, entity.postId);
          long base = row == null ? 0 : row.serverVersion;
          String chosen = text == null ? "" : text;
          enqueue(
              session,
              entity.postId,
              (mid, stamp) ->
                  new ResolveConflict(mid, stamp, base, id, conflict.postId(), chosen, deletePost));
          entity.resolvedHere = true;
          if (row != null) {
            Post resolved = WorkingCopy.resolved(row.working(), conflict, chosen, deletePost);
            row.showWorking(resolved, null, clock.instant());
            row.pendingSync = true;
          }
          return null;
        });
  }

  /** Forgets the refusals shown on a post once the user has read them. */
  public void dismissSyncError(PostId id) {
    write(
        session -> {
          PostEntity row = session.find(PostEntity.class, id.toString());
          if (row != null) {
            row.syncError = null;
          }
          return null;
        });
  }

  private static void requireWritable(PostEntity row, Post working) {
    if (row == null) {
      return;
    }
    if (!row.visible) {
      throw new IllegalStateException("This post was deleted.");
    }
    Post server = row.server();
    if (working.status().isReadOnly() || (server != null && server.status().isReadOnly())) {
      throw new IllegalStateException(
          "A post that is being published or was published is read-only.");
    }
  }

  /** Appends a mutation with the next id and a fresh clock stamp to the outbox. */
  private void enqueue(Session session, String postId, MutationFactory factory) {
    SyncStateEntity state = stateOf(session);
    HybridTimestamp stamp = hlc.now();
    long mutationId = state.nextMutationId++;
    state.hlcWall = stamp.wallMillis();
    state.hlcCounter = stamp.counter();
    Mutation mutation = factory.make(mutationId, stamp);
    session.persist(
        new OutboxEntity(mutationId, postId, StoredJson.mutation(mutation), clock.instant()));
  }

  /** Builds a mutation once its id and stamp are known. */
  @FunctionalInterface
  private interface MutationFactory {
    Mutation make(long mutationId, HybridTimestamp stamp);
  }

  /** Moves the local clock past a time the server reported, so later edits order after it. */
  public void observeRemoteTime(HybridTimestamp remote) {
    hlc.observe(remote);
  }

  // ---- media --------------------------------------------------------------------------------

  /**
   * Copies a picture or video into the store's media folder and queues its upload. Its type comes
   * from its content, never its name; importing the same bytes again returns the same reference.
   *
   * @throws IllegalArgumentException (with a message for people) when it is not a picture or video
   *     Autoposter can publish
   */
  public MediaRef importMedia(Path file) throws IOException {
    MediaRef ref = media.importFile(file);
    write(
        session -> {
          MediaEntity entity = session.find(MediaEntity.class, ref.sha256());
          if (entity == null) {
            session.persist(new MediaEntity(ref, clock.instant()));
          } else if (entity.state == MediaEntity.State.FAILED) {
            // Imported again after the server refused it: try once more.
            entity.state = MediaEntity.State.PENDING;
            entity.error = null;
            entity.uploadedBytes = 0;
          }
          return null;
        });
    return ref;
  }

  /**
   * Crops the picture {@code sha256} (which must be on this computer) to {@code area} and imports
   * the crop as a new JPEG media item; the original stays as it is.
   *
   * @throws IllegalArgumentException (with a message for people) when it cannot be cropped
   */
  public MediaRef importCrop(String sha256, CropArea area) throws IOException {
    Path source =
        media
            .file(sha256)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "This picture is not on this computer yet, so it cannot be cropped."));
    Path crop = Files.createTempFile("autoposter-crop-", ".jpg");
    try {
      PictureCrop.write(source, area, crop);
      return importMedia(crop);
    } finally {
      Files.deleteIfExists(crop);
    }
  }

  /**
   * Every picture and video the brand's posts use, each once, the most recently changed post's
   * first: the brand's media library.
   */
  public List<LibraryMedia> brandMedia(BrandId brandId) {
    List<PostEntity> rows =
        sessions()
            .fromSession(
                s ->
                    s.createSelectionQuery(
                            "from PostEntity where visible = true and brandId = :brand"
                                + " order by updatedAt desc",
                            PostEntity.class)
                        .setParameter("brand", brandId.toString())
                        .getResultList());
    Map<String, LibraryMedia> found = new LinkedHashMap<>();
    for (PostEntity row : rows) {
      Post post = row.working();
      for (MediaRef ref : post.media()) {
        LibraryMedia known = found.get(ref.sha256());
        if (known == null) {
          found.put(
              ref.sha256(),
              new LibraryMedia(
                  ref, post.altTextFor(ref), row.updatedAt, media.file(ref.sha256()).orElse(null)));
        } else if (known.altText().isEmpty() && !post.altTextFor(ref).isEmpty()) {
          found.put(
              ref.sha256(),
              new LibraryMedia(ref, post.altTextFor(ref), known.lastUsed(), known.localFile()));
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** The local file of an imported picture or video, if this device has it. */
  public Optional<Path> mediaFile(String sha256) {
    return media.file(sha256);
  }

  /** Imported media the server does not have yet, oldest import first. */
  public List<PendingUpload> pendingUploads() {
    return sessions()
        .fromSession(
            s ->
                mediaIn(s, MediaEntity.State.PENDING).stream()
                    .map(e -> new PendingUpload(e.ref(), e.uploadedBytes))
                    .toList());
  }

  /** Imported media the server refused, with its reason; they are not retried by themselves. */
  public List<FailedUpload> failedUploads() {
    return sessions()
        .fromSession(
            s ->
                mediaIn(s, MediaEntity.State.FAILED).stream()
                    .map(e -> new FailedUpload(e.ref(), e.error == null ? "" : e.error))
                    .toList());
  }

  /** Notes how many bytes of an upload the server has confirmed. */
  public void uploadProgress(String sha256, long uploadedBytes) {
    updateMedia(sha256, e -> e.uploadedBytes = uploadedBytes);
  }

  /** The server has all of it. */
  public void uploadFinished(String sha256) {
    updateMedia(
        sha256,
        e -> {
          e.state = MediaEntity.State.UPLOADED;
          e.uploadedBytes = e.size;
          e.error = null;
        });
  }

  /** The server refused it for good (type, size, content); {@code message} is for people. */
  public void uploadFailed(String sha256, String message) {
    updateMedia(
        sha256,
        e -> {
          e.state = MediaEntity.State.FAILED;
          e.error =
              message == null || message.length() <= 2_000 ? message : message.substring(0, 2_000);
        });
  }

  private void updateMedia(String sha256, java.util.function.Consumer<MediaEntity> change) {
    write(
        session -> {
          MediaEntity entity = session.find(MediaEntity.class, sha256);
          if (entity != null) {
            change.accept(entity);
          }
          return null;
        });
  }

  private static List<MediaEntity> mediaIn(Session session, MediaEntity.State state) {
    return session
        .createSelectionQuery(
            "from MediaEntity where state = :state order by importedAt, sha256", MediaEntity.class)
        .setParameter("state", state)
        .getResultList();
  }

  // ---- reads --------------------------------------------------------------------------------

  public List<Brand> brands() {
    return reads.brands();
  }

  public Optional<Brand> brand(BrandId id) {
    return reads.brand(id);
  }

  /** The posts of one brand: scheduled ones by due time, drafts (no due time) last. */
  public List<LocalPost> posts(BrandId brandId) {
    return sessions()
        .fromSession(
            s ->
                toLocalPosts(
                    s,
                    s.createSelectionQuery(
                            "from PostEntity where visible = true and brandId = :brand"
                                + " order by dueAt nulls last, updatedAt",
                            PostEntity.class)
                        .setParameter("brand", brandId.toString())
                        .getResultList()));
  }

  /**
   * What the post list of one brand shows: drafts, posts due from {@code from} on, and posts that
   * need someone (failed, needing attention) whenever they were due; at most {@code limit}, by due
   * time with drafts last. Older posts are in History.
   */
  public List<LocalPost> currentPosts(BrandId brandId, Instant from, int limit) {
    return reads.currentPosts(brandId, from, limit);
  }

  /**
   * The posts of one brand due in {@code [from, to)}, by due time: what a calendar page shows.
   * Drafts without a due time are not included.
   */
  public List<LocalPost> postsDueBetween(BrandId brandId, Instant from, Instant to) {
    return reads.postsDueBetween(brandId, from, to);
  }

  /**
   * Hands every visible post to {@code each}, in due-time order (drafts last), streaming the rows
   * over JDBC so that 50,000 posts never sit in one persistence context. For building compact
   * in-memory indexes (queue, search); {@code each} runs on the calling thread.
   */
  public void forEachPost(java.util.function.Consumer<LocalPost> each) {
    reads.forEachPost(each);
  }

  public List<LocalPost> allPosts() {
    return sessions()
        .fromSession(
            s ->
                toLocalPosts(
                    s,
                    s.createSelectionQuery(
                            "from PostEntity where visible = true order by dueAt nulls last, updatedAt",
                            PostEntity.class)
                        .getResultList()));
  }

  /** The post as the working view shows it; empty if unknown or deleted on this device. */
  public Optional<LocalPost> post(PostId id) {
    return sessions()
        .fromSession(
            s ->
                Optional.ofNullable(s.find(PostEntity.class, id.toString()))
                    .filter(row -> row.visible)
                    .map(row -> row.toLocalPost(openConflictCount(s, row.id))));
  }

  private static List<LocalPost> toLocalPosts(Session session, List<PostEntity> rows) {
    Map<String, Integer> conflicts = new HashMap<>();
    session
        .createSelectionQuery(
            "select postId, count(*) from ConflictEntity where resolvedHere = false group by postId",
            Object[].class)
        .getResultList()
        .forEach(row -> conflicts.put((String) row[0], ((Long) row[1]).intValue()));
    return rows.stream().map(row -> row.toLocalPost(conflicts.getOrDefault(row.id, 0))).toList();
  }

  /** How many edits wait to be pushed. */
  public int pendingCount() {
    return reads.pendingCount();
  }

  /** The oldest {@code limit} outbox mutations, in mutation id order. */
  public List<Mutation> outbox(int limit) {
    return sessions()
        .fromSession(
            s ->
                s
                    .createSelectionQuery(
                        "from OutboxEntity order by mutationId", OutboxEntity.class)
                    .setMaxResults(limit)
                    .getResultList()
                    .stream()
                    .map(e -> StoredJson.mutation(e.json))
                    .toList());
  }

  /** Open conflicts not yet decided on this device, oldest first. */
  public List<PostConflict> openConflicts() {
    return sessions()
        .fromSession(
            s ->
                s
                    .createSelectionQuery(
                        "from ConflictEntity where resolvedHere = false order by firstVersion, id",
                        ConflictEntity.class)
                    .getResultList()
                    .stream()
                    .map(ConflictEntity::conflict)
                    .toList());
  }

  /** The open conflicts of one post not yet decided on this device, oldest first. */
  public List<PostConflict> openConflicts(PostId post) {
    return sessions()
        .fromSession(
            s ->
                s
                    .createSelectionQuery(
                        "from ConflictEntity where resolvedHere = false and postId = :post"
                            + " order by firstVersion, id",
                        ConflictEntity.class)
                    .setParameter("post", post.toString())
                    .getResultList()
                    .stream()
                    .map(ConflictEntity::conflict)
                    .toList());
  }

  public int openConflictCount() {
    return reads.openConflictCount();
  }

  private static int openConflictCount(Session session, String postId) {
    return session
        .createSelectionQuery(
            "select count(*) from ConflictEntity where resolvedHere = false and postId = :post",
            Long.class)
        .setParameter("post", postId)
        .getSingleResult()
        .intValue();
  }

  public SyncState syncState() {
    return sessions()
        .fromTransaction(
            s -> {
              SyncStateEntity e = stateOf(s);
              return new SyncState(clientId, e.cursor, e.lastMutationId, e.nextMutationId);
            });
  }

  // ---- sync results -------------------------------------------------------------------------

  /**
   * Settles every processed outbox entry (applied, duplicate or rejected, plus anything at or below
   * the server's {@code lastMutationId}) and recomputes the posts concerned, in one transaction. A
   * rejection goes on its post as a sync error with the refused text. Returns how many mutations
   * were rejected.
   */
  public int acknowledge(PushResponse response) {
    return write(
        session -> {
          Map<Long, MutationResult> results = new HashMap<>();
          response.results().forEach(r -> results.put(r.mutationId(), r));
          Settled settled = settleProcessed(session, response.lastMutationId(), results);
          Rebase.rebuild(session, settled.posts(), clock.instant());
          SyncStateEntity state = stateOf(session);
          state.lastMutationId = Math.max(state.lastMutationId, response.lastMutationId());
          return settled.rejected();
        });
  }

  /**
   * Applies one pulled page and moves the cursor, in one transaction: server copies are replaced
   * and the working copies of the posts concerned recomputed. Returns how many changes it held.
   */
  public int applyPage(PullResponse page) {
    return applyPage(page, () -> {});
  }

  /** As {@link #applyPage(PullResponse)}; {@code beforeCommit} lets tests fail mid-transaction. */
  int applyPage(PullResponse page, Runnable beforeCommit) {
    return write(
        session -> {
          Instant now = clock.instant();
          Settled settled = settleProcessed(session, page.lastMutationId(), Map.of());
          Map<String, PostEntity> rows = rowsOfPage(session, page, settled);
          Map<String, PostEntity> touched = new LinkedHashMap<>();
          settled.posts().forEach(row -> touched.put(row.id, row));
          // Posts this device has no row for have nothing to replay: they are inserted as they
          // come, in one batch, without the session's bookkeeping (a first sync is all of them).
          Map<String, PostEntity> fresh = new LinkedHashMap<>();
          HybridTimestamp newest = null;
          for (Change change : page.changes()) {
            switch (change) {
              case BrandChanged c -> applyBrand(session, c);
              case PostChanged c -> {
                String id = c.post().id().toString();
                PostEntity row = rows.get(id);
                if (row == null) {
                  PostEntity created = new PostEntity(id);
                  created.takeServerCopy(c.post(), c.version());
                  created.showWorking(c.post(), created.serverJson, now);
                  fresh.put(id, created);
                } else {
                  row.takeServerCopy(c.post(), c.version());
                  touched.put(id, row);
                }
                newest = newest == null || c.hlc().isAfter(newest) ? c.hlc() : newest;
              }
              case PostRemoved c -> {
                String id = c.postId().toString();
                fresh.remove(id);
                PostEntity row = rows.get(id);
                if (row != null) {
                  row.serverDeleted = true;
                  touched.put(id, row);
                }
              }
              case BrandRemoved c -> {
                fresh.values().removeIf(row -> row.brandId.equals(c.brandId().toString()));
                applyBrandRemoval(session, c, rows, touched);
              }
              case ConflictChanged c -> {
                applyConflict(session, c);
                PostEntity row = rows.get(c.conflict().postId().toString());
                if (row != null) {
                  touched.put(row.id, row);
                }
              }
            }
          }
          Rebase.rebuild(session, touched.values(), now);
          insert(session, fresh.values());
          SyncStateEntity state = stateOf(session);
          if (newest != null) {
            hlc.observe(newest);
            HybridTimestamp mark = hlc.now();
            state.hlcWall = mark.wallMillis();
            state.hlcCounter = mark.counter();
          }
          state.cursor = Math.max(state.cursor, page.cursor());
          state.lastMutationId = Math.max(state.lastMutationId, page.lastMutationId());
          beforeCommit.run();
          return page.changes().size();
        });
  }

  /** The rows of every post the page mentions, with one query; settled ones are reused. */
  private static Map<String, PostEntity> rowsOfPage(
      Session session, PullResponse page, Settled settled) {
    Map<String, PostEntity> rows = new HashMap<>();
    settled.posts().forEach(row -> rows.put(row.id, row));
    List<String> ids = new ArrayList<>();
    for (Change change : page.changes()) {
      String id =
          switch (change) {
            case PostChanged c -> c.post().id().toString();
            case PostRemoved c -> c.postId().toString();
            case ConflictChanged c -> c.conflict().postId().toString();
            case BrandChanged c -> null;
            case BrandRemoved c -> null;
          };
      if (id != null && !rows.containsKey(id)) {
        ids.add(id);
      }
    }
    if (!ids.isEmpty()) {
      // One array parameter joined on the primary key: an IN list of a thousand parameters costs
      // more to plan than to run, and H2 answers "= ANY(?)" by scanning the table.
      session
          .createNativeQuery(
              "select p.* from unnest(?1) as wanted(id) join posts p on p.id = wanted.id",
              PostEntity.class)
          .setParameter(1, ids.toArray(String[]::new))
          .getResultList()
          .forEach(row -> rows.put(row.id, row));
    }
    return rows;
  }

  /** Inserts new rows in JDBC batches, on the session's connection and in its transaction. */
  private void insert(Session session, Collection<PostEntity> rows) {
    if (rows.isEmpty()) {
      return;
    }
    session.flush();
    session.doWork(
        connection -> {
          try (StatelessSession batch =
              sessions().withStatelessOptions().connection(connection).openStatelessSession()) {
            batch.setJdbcBatchSize(JDBC_BATCH);
            batch.insertMultiple(List.copyOf(rows));
          }
        });
  }

  private static void applyBrand(Session session, BrandChanged change) {
    BrandEntity row = session.find(BrandEntity.class, change.brand().id().toString());
    if (row == null) {
      row = new BrandEntity();
      row.copyFrom(change.brand(), change.version());
      session.persist(row);
    } else {
      row.copyFrom(change.brand(), change.version());
    }
  }

  private static void applyConflict(Session session, ConflictChanged change) {
    PostConflict conflict = change.conflict();
    ConflictEntity row = session.find(ConflictEntity.class, conflict.id().toString());
    if (!conflict.isOpen()) {
      if (row != null) {
        session.remove(row);
      }
    } else if (row == null) {
      session.persist(new ConflictEntity(conflict, change.version()));
    } else {
      row.update(conflict);
    }
  }

  /**
   * The brand is gone or out of reach: drop it, its posts and their conflicts. Their unsent entries
   * stop counting but are still pushed, so mutation ids reach the server without gaps.
   */
  private static void applyBrandRemoval(
      Session session,
      BrandRemoved change,
      Map<String, PostEntity> rows,
      Map<String, PostEntity> touched) {
    String brandId = change.brandId().toString();
    List<PostEntity> posts =
        session
            .createSelectionQuery("from PostEntity where brandId = :brand", PostEntity.class)
            .setParameter("brand", brandId)
            .getResultList();
    if (!posts.isEmpty()) {
      List<String> ids = posts.stream().map(p -> p.id).toList();
      session
          .createMutationQuery("update OutboxEntity set orphaned = true where postId in (:ids)")
          .setParameterList("ids", ids)
          .executeUpdate();
      for (PostEntity post : posts) {
        rows.remove(post.id);
        touched.remove(post.id);
        session.remove(post);
      }
    }
    session
        .createSelectionQuery("from ConflictEntity where brandId = :brand", ConflictEntity.class)
        .setParameter("brand", brandId)
        .getResultList()
        .forEach(session::remove);
    BrandEntity brand = session.find(BrandEntity.class, brandId);
    if (brand != null) {
      session.remove(brand);
    }
  }

  /** What settling processed outbox entries touched. */
  private record Settled(Collection<PostEntity> posts, int rejected) {}

  /**
   * Removes the outbox entries the server has processed: those with a result, and every one at or
   * below {@code lastMutationId} (processed even when the answer was lost).
   */
  private static Settled settleProcessed(
      Session session, long lastMutationId, Map<Long, MutationResult> results) {
    long upTo = results.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    upTo = Math.max(upTo, lastMutationId);
    if (upTo <= 0) {
      return new Settled(List.of(), 0);
    }
    List<OutboxEntity> entries =
        session
            .createSelectionQuery(
                "from OutboxEntity where mutationId <= :upTo order by mutationId",
                OutboxEntity.class)
            .setParameter("upTo", upTo)
            .getResultList();
    if (entries.isEmpty()) {
      return new Settled(List.of(), 0);
    }
    Map<String, PostEntity> rows = new LinkedHashMap<>();
    List<String> ids = entries.stream().map(e -> e.postId).distinct().toList();
    session
        .createSelectionQuery("from PostEntity where id in (:ids)", PostEntity.class)
        .setParameterList("ids", ids)
        .getResultList()
        .forEach(row -> rows.put(row.id, row));
    int rejected = 0;
    for (OutboxEntity entry : entries) {
      MutationResult result = results.get(entry.mutationId);
      if (result == null && entry.mutationId > lastMutationId) {
        continue;
      }
      session.remove(entry);
      if (entry.orphaned) {
        continue;
      }
      Mutation mutation = StoredJson.mutation(entry.json);
      PostEntity row = rows.get(entry.postId);
      MutationOutcome outcome = result == null ? null : result.outcome();
      if (outcome == MutationOutcome.REJECTED) {
        rejected++;
        if (row != null) {
          row.addSyncError(Refusal.describe(mutation, result));
        }
      }
      settle(session, mutation, outcome, row);
    }
    return new Settled(rows.values(), rejected);
  }

  private static void settle(
      Session session, Mutation mutation, MutationOutcome outcome, PostEntity row) {
    boolean applied = outcome == MutationOutcome.APPLIED || outcome == MutationOutcome.DUPLICATE;
    switch (mutation) {
      case CreatePost create -> {
        // The server has the post now; until its copy is pulled, ours stands in for it.
        if (applied && row != null && row.serverJson == null) {
          row.takeServerCopy(create.post(), 0);
        }
      }
      case ResolveConflict resolve -> {
        // Applied: the server's resolved record will remove it. Otherwise the server's word on
        // the conflict stands again.
        ConflictEntity conflict =
            session.find(ConflictEntity.class, resolve.conflictId().toString());
        if (conflict != null && !applied) {
          conflict.resolvedHere = false;
        }
      }
      case EditPost edit -> {}
      case DeletePost delete -> {}
    }
  }

  private static List<Mutation> pendingOf(Session session, String postId) {
    return session
        .createSelectionQuery(
            "from OutboxEntity where postId = :post and orphaned = false order by mutationId",
            OutboxEntity.class)
        .setParameter("post", postId)
        .getResultList()
        .stream()
        .map(e -> StoredJson.mutation(e.json))
        .toList();
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

  private <T> T write(Function<Session, T> work) {
    writeLock.lock();
    try {
      return sessions().fromTransaction(work);
    } finally {
      writeLock.unlock();
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
    try {
      // Claiming the start here means Hibernate never started: nothing of it to close.
      if (!factoryStarted.compareAndSet(false, true)) {
        sessions().close();
      }
    } finally {
      pool.dispose();
    }
  }
}
