package io.autoposter.desktop.storage;

import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.PostingSlot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The reads the screens need first (brands, a brand's current posts, a calendar page, the queue's
 * pass over every post, the sync counters), in plain JDBC on the store's pool. They do not wait for
 * Hibernate's start, which is the slowest step of opening the store (ADR 0014): a signed-in start
 * shows its posts while Hibernate still boots on another thread for the writes.
 *
 * <p>While Hibernate has not yet brought the schema up to date (the first start of a new version),
 * a read may meet a table or column that is not there yet: it then waits for the schema and runs
 * once more.
 */
final class StoreReads {

  /** A JDBC read on one connection. */
  @FunctionalInterface
  interface Read<T> {
    T on(Connection connection) throws SQLException;
  }

  private static final String POST_COLUMNS =
      "id, working_json, server_version, pending_sync, sync_error";

  private final JdbcConnectionPool pool;
  private final Runnable awaitSchema;

  /**
   * @param awaitSchema returns once Hibernate has updated the schema (throws if it could not)
   */
  StoreReads(JdbcConnectionPool pool, Runnable awaitSchema) {
    this.pool = pool;
    this.awaitSchema = awaitSchema;
  }

  /** True when the database already has this store's bookkeeping row (not a new database). */
  static Optional<SyncStateRow> existingState(JdbcConnectionPool pool) {
    try (Connection c = pool.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select client_id, hlc_wall, hlc_counter from sync_state where id = ?")) {
      q.setInt(1, SyncStateEntity.ROW_ID);
      Optional<SyncStateRow> state;
      try (ResultSet rs = q.executeQuery()) {
        state =
            rs.next()
                ? Optional.of(new SyncStateRow(rs.getString(1), rs.getLong(2), rs.getInt(3)))
                : Optional.empty();
      }
      if (state.isPresent()) {
        readOnePost(c);
      }
      return state;
    } catch (SQLException e) {
      return Optional.empty(); // no such table yet: a new database
    }
  }

  /**
   * Reads and parses one stored post, on the thread that opens the store: the first screen's read
   * then finds the JSON mapping of posts already built (a few hundred milliseconds at a cold start,
   * otherwise spent while the screen is being drawn).
   */
  private static void readOnePost(Connection c) throws SQLException {
    try (PreparedStatement q =
            c.prepareStatement(
                "select working_json from posts where working_json is not null" + " limit 1");
        ResultSet rs = q.executeQuery()) {
      if (rs.next()) {
        StoredJson.post(rs.getString(1));
      }
    }
  }

  /** The bookkeeping that opening a store needs before anything else. */
  record SyncStateRow(String clientId, long hlcWall, int hlcCounter) {}

  <T> T read(Read<T> read) {
    try {
      return once(read);
    } catch (SQLException first) {
      awaitSchema.run();
      try {
        return once(read);
      } catch (SQLException e) {
        e.addSuppressed(first);
        throw new IllegalStateException("Reading the local database failed: " + e.getMessage(), e);
      }
    }
  }

  private <T> T once(Read<T> read) throws SQLException {
    try (Connection c = pool.getConnection()) {
      return read.on(c);
    }
  }

  List<Brand> brands() {
    return read(
        c -> {
          List<Brand> brands = new ArrayList<>();
          try (PreparedStatement q =
                  c.prepareStatement(
                      "select id, name, zone, color, logo_sha256, posting_slots_json,"
                          + " hashtag_groups_json from brands order by lower(name)");
              ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              brands.add(brand(rs));
            }
          }
          return List.copyOf(brands);
        });
  }

  Optional<Brand> brand(BrandId id) {
    return read(
        c -> {
          try (PreparedStatement q =
              c.prepareStatement(
                  "select id, name, zone, color, logo_sha256, posting_slots_json,"
                      + " hashtag_groups_json from brands where id = ?")) {
            q.setString(1, id.toString());
            try (ResultSet rs = q.executeQuery()) {
              return rs.next() ? Optional.of(brand(rs)) : Optional.empty();
            }
          }
        });
  }

  private static Brand brand(ResultSet rs) throws SQLException {
    List<PostingSlot> slots = StoredJson.postingSlots(rs.getString(6));
    return new Brand(
        BrandId.parse(rs.getString(1)),
        rs.getString(2),
        ZoneId.of(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        slots,
        StoredJson.hashtagGroups(rs.getString(7)));
  }

  /**
   * See {@link LocalStore#currentPosts}. Read as five queries that each walk an index in its order
   * and stop at {@code limit} (ADR 0014): as one query with its {@code or}s, H2 read and sorted
   * every post of the brand, about half a second for 10,000 of them. In the list's order: posts due
   * before {@code from} that still need someone (failed, needing attention, or written before the
   * status column), then posts due from {@code from} on, then drafts.
   */
  List<LocalPost> currentPosts(BrandId brandId, Instant from, int limit) {
    return read(
        c -> {
          Map<String, Integer> conflicts = conflictCounts(c);
          String brand = brandId.toString();
          List<Row> attention = new ArrayList<>();
          for (String status : List.of("FAILED", "NEEDS_ATTENTION")) {
            attention.addAll(
                rows(
                    c,
                    "status = ? and due_at < ? order by brand_id, visible, status, due_at,"
                        + " updated_at",
                    limit,
                    brand,
                    status,
                    utc(from)));
          }
          attention.addAll(
              rows(
                  c,
                  "status is null and due_at < ? order by brand_id, visible, status, due_at,"
                      + " updated_at",
                  limit,
                  brand,
                  utc(from)));
          attention.sort(Comparator.comparing(Row::dueAt).thenComparing(Row::updatedAt));
          List<Row> list = new ArrayList<>(attention);
          list.addAll(
              rows(
                  c,
                  "due_at >= ? order by brand_id, visible, due_at, updated_at",
                  limit,
                  brand,
                  utc(from)));
          list.addAll(
              rows(
                  c,
                  "due_at is null order by brand_id, visible, due_at, updated_at",
                  limit,
                  brand));
          return list.stream().limit(limit).map(row -> row.toLocalPost(conflicts)).toList();
        });
  }

  /** A post row with the two columns the list is ordered by. */
  private record Row(
      String id,
      String workingJson,
      long serverVersion,
      boolean pendingSync,
      String syncError,
      Instant dueAt,
      Instant updatedAt) {

    LocalPost toLocalPost(Map<String, Integer> conflicts) {
      return new LocalPost(
          StoredJson.post(workingJson),
          serverVersion,
          pendingSync,
          syncError,
          conflicts.getOrDefault(id, 0));
    }
  }

  /** The visible posts of the brand (the first parameter) matching {@code whereAndOrder}. */
  private static List<Row> rows(Connection c, String whereAndOrder, int limit, Object... params)
      throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "select "
                + POST_COLUMNS
                + ", due_at, updated_at from posts where brand_id = ? and visible = true and "
                + whereAndOrder
                + " limit ?")) {
      for (int i = 0; i < params.length; i++) {
        q.setObject(i + 1, params[i]);
      }
      q.setInt(params.length + 1, limit);
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          OffsetDateTime due = rs.getObject(6, OffsetDateTime.class);
          rows.add(
              new Row(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getLong(3),
                  rs.getBoolean(4),
                  rs.getString(5),
                  due == null ? null : due.toInstant(),
                  rs.getObject(7, OffsetDateTime.class).toInstant()));
        }
      }
      return rows;
    }
  }

  /** See {@link LocalStore#postsDueBetween}. */
  List<LocalPost> postsDueBetween(BrandId brandId, Instant from, Instant to) {
    return read(
        c -> {
          Map<String, Integer> conflicts = conflictCounts(c);
          try (PreparedStatement q =
              c.prepareStatement(
                  "select "
                      + POST_COLUMNS
                      + " from posts where visible = true and brand_id = ? and due_at >= ?"
                      + " and due_at < ? order by brand_id, visible, due_at, updated_at")) {
            q.setString(1, brandId.toString());
            q.setObject(2, utc(from));
            q.setObject(3, utc(to));
            q.setFetchSize(1_000);
            return posts(q, conflicts);
          }
        });
  }

  /** See {@link LocalStore#forEachPost}. */
  void forEachPost(Consumer<LocalPost> each) {
    read(
        c -> {
          Map<String, Integer> conflicts = conflictCounts(c);
          // Dated posts by due time, then drafts without one: each read in the order of the
          // posts_by_due index, so H2 never sorts the whole table. Only the columns a LocalPost
          // needs are read; the server copy stays on disk.
          scan(c, "due_at is not null order by due_at, updated_at", conflicts, each);
          scan(c, "due_at is null order by updated_at", conflicts, each);
          return null;
        });
  }

  private static void scan(
      Connection c, String whereAndOrder, Map<String, Integer> conflicts, Consumer<LocalPost> each)
      throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "select " + POST_COLUMNS + " from posts where visible = true and " + whereAndOrder)) {
      q.setFetchSize(500);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          each.accept(post(rs, conflicts));
        }
      }
    }
  }

  int pendingCount() {
    return count("select count(*) from outbox where orphaned = false");
  }

  int openConflictCount() {
    return count("select count(*) from conflicts where resolved_here = false");
  }

  private int count(String sql) {
    return read(
        c -> {
          try (PreparedStatement q = c.prepareStatement(sql);
              ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }

  private static Map<String, Integer> conflictCounts(Connection c) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (PreparedStatement q =
            c.prepareStatement(
                "select post_id, count(*) from conflicts where resolved_here = false"
                    + " group by post_id");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getInt(2));
      }
    }
    return counts;
  }

  private static List<LocalPost> posts(PreparedStatement q, Map<String, Integer> conflicts)
      throws SQLException {
    List<LocalPost> posts = new ArrayList<>();
    try (ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        posts.add(post(rs, conflicts));
      }
    }
    return List.copyOf(posts);
  }

  private static LocalPost post(ResultSet rs, Map<String, Integer> conflicts) throws SQLException {
    return new LocalPost(
        StoredJson.post(rs.getString(2)),
        rs.getLong(3),
        rs.getBoolean(4),
        rs.getString(5),
        conflicts.getOrDefault(rs.getString(1), 0));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
