package io.autoposter.server.store;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.HybridTimestamp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Posts, shared by sync (client edits) and publish (claims and outcomes). */
public final class PostRepository {
  private static final String COLUMNS =
      "id, agency_id, brand_id, caption, first_comment, variants, networks, targets, media, alt_texts,"
          + " tags, due_at, zone, status, outcome, version, hlc_wall, hlc_counter, hlc_node, deleted,"
          + " merge_meta";

  /** Finds a post of any agency; callers check the agency before revealing anything. */
  public Optional<StoredPost> find(Transaction tx, PostId id) {
    return tx.one(
        "SELECT " + COLUMNS + " FROM posts WHERE id = ?", PostRepository::stored, id.value());
  }

  /** True when any agency has (or had: deleted posts keep their row) a post with this id. */
  public boolean exists(Transaction tx, PostId id) {
    return tx.one("SELECT 1 FROM posts WHERE id = ?", row -> true, id.value()).isPresent();
  }

  public void insert(
      Transaction tx,
      AgencyId agency,
      Post post,
      long version,
      HybridTimestamp hlc,
      MergeRecord merge,
      Instant now) {
    tx.update(
        "INSERT INTO posts (id, agency_id, brand_id, caption, first_comment, variants, networks,"
            + " targets, media, alt_texts, tags, due_at, zone, status, outcome, version, hlc_wall,"
            + " hlc_counter, hlc_node, merge_meta, updated_at, deleted)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)",
        post.id().value(),
        agency.value(),
        post.brandId().value(),
        post.caption(),
        post.firstComment(),
        PostColumns.json(post.variants()),
        PostColumns.networks(post.networks()),
        PostColumns.json(post.targets()),
        PostColumns.json(post.media()),
        PostColumns.json(post.altTexts()),
        PostColumns.json(post.tags()),
        post.dueAt(),
        post.zone().getId(),
        post.status().name(),
        post.outcome(),
        version,
        hlc.wallMillis(),
        hlc.counter(),
        hlc.node(),
        PostColumns.json(merge),
        now);
  }

  /** Stores the merged post; a deleted post that is written again is restored. */
  public void update(
      Transaction tx,
      Post post,
      long version,
      HybridTimestamp hlc,
      MergeRecord merge,
      Instant now) {
    tx.update(
        "UPDATE posts SET brand_id = ?, caption = ?, first_comment = ?, variants = ?,"
            + " networks = ?, targets = ?, media = ?, alt_texts = ?, tags = ?, due_at = ?, zone = ?, status = ?,"
            + " outcome = ?, version = ?, hlc_wall = ?, hlc_counter = ?, hlc_node = ?,"
            + " merge_meta = ?, updated_at = ?, deleted = FALSE WHERE id = ?",
        post.brandId().value(),
        post.caption(),
        post.firstComment(),
        PostColumns.json(post.variants()),
        PostColumns.networks(post.networks()),
        PostColumns.json(post.targets()),
        PostColumns.json(post.media()),
        PostColumns.json(post.altTexts()),
        PostColumns.json(post.tags()),
        post.dueAt(),
        post.zone().getId(),
        post.status().name(),
        post.outcome(),
        version,
        hlc.wallMillis(),
        hlc.counter(),
        hlc.node(),
        PostColumns.json(merge),
        now,
        post.id().value());
  }

  /** Stores only the merge record: the post itself did not change. */
  public void updateMerge(Transaction tx, PostId id, MergeRecord merge) {
    tx.update("UPDATE posts SET merge_meta = ? WHERE id = ?", PostColumns.json(merge), id.value());
  }

  /**
   * Leaves a tombstone: the row stays, with its fields, so that a concurrent edit can restore it
   * (docs/sync-protocol.md, "Delete versus edit") and a late create cannot reuse the id.
   */
  public void markDeleted(
      Transaction tx,
      PostId id,
      long version,
      HybridTimestamp hlc,
      MergeRecord merge,
      Instant now) {
    tx.update(
        "UPDATE posts SET deleted = TRUE, version = ?, hlc_wall = ?, hlc_counter = ?,"
            + " hlc_node = ?, merge_meta = ?, updated_at = ? WHERE id = ?",
        version,
        hlc.wallMillis(),
        hlc.counter(),
        hlc.node(),
        PostColumns.json(merge),
        now,
        id.value());
  }

  /** The brand's posts that are not deleted, for re-sending a brand to a member who gains it. */
  public List<StoredPost> liveOfBrand(Transaction tx, AgencyId agency, BrandId brand) {
    return tx.list(
        "SELECT "
            + COLUMNS
            + " FROM posts WHERE agency_id = ? AND brand_id = ? AND deleted = FALSE"
            + " ORDER BY version",
        PostRepository::stored,
        agency.value(),
        brand.value());
  }

  /**
   * Marks every post of a deleted brand deleted, so the publisher never publishes them; devices
   * drop them on the brand's {@code brand.removed}, so no per-post tombstones are written.
   */
  public int deleteAllOfBrand(Transaction tx, AgencyId agency, BrandId brand, Instant now) {
    return tx.update(
        "UPDATE posts SET deleted = TRUE, updated_at = ? WHERE agency_id = ? AND brand_id = ?"
            + " AND deleted = FALSE",
        now,
        agency.value(),
        brand.value());
  }

  /** Atomically moves a due post to PUBLISHING; false when someone else got there first. */
  public boolean claim(Transaction tx, PostId id, Instant now) {
    return tx.update(
            "UPDATE posts SET status = 'PUBLISHING', updated_at = ?"
                + " WHERE id = ? AND status = 'SCHEDULED' AND deleted = FALSE",
            now,
            id.value())
        == 1;
  }

  /**
   * Records a server-side status change (publishing outcome) with its change-log version, the
   * server's stamp for it and the merge record holding that stamp as the status clock.
   */
  public void setStatus(
      Transaction tx,
      PostId id,
      PostStatus status,
      String outcome,
      long version,
      HybridTimestamp hlc,
      MergeRecord merge,
      Instant now) {
    tx.update(
        "UPDATE posts SET status = ?, outcome = ?, version = ?, hlc_wall = ?, hlc_counter = ?,"
            + " hlc_node = ?, merge_meta = ?, updated_at = ? WHERE id = ?",
        status.name(),
        outcome,
        version,
        hlc.wallMillis(),
        hlc.counter(),
        hlc.node(),
        PostColumns.json(merge),
        now,
        id.value());
  }

  /** The due time of the earliest scheduled post, served by the (status, due_at) index. */
  public Optional<Instant> earliestDue(Transaction tx) {
    return tx.one(
        "SELECT due_at FROM posts WHERE status = 'SCHEDULED' AND deleted = FALSE"
            + " AND due_at IS NOT NULL ORDER BY due_at LIMIT 1",
        row -> Transaction.instant(row, "due_at"));
  }

  public List<PostId> dueBy(Transaction tx, Instant now, int limit) {
    return tx.list(
        "SELECT id FROM posts WHERE status = 'SCHEDULED' AND deleted = FALSE AND due_at <= ?"
            + " ORDER BY due_at LIMIT ?",
        row -> new PostId(row.getObject("id", UUID.class)),
        now,
        limit);
  }

  private static StoredPost stored(ResultSet row) throws SQLException {
    Post post =
        new Post(
            new PostId(row.getObject("id", UUID.class)),
            new BrandId(row.getObject("brand_id", UUID.class)),
            row.getString("caption"),
            row.getString("first_comment"),
            PostColumns.variants(row.getString("variants")),
            PostColumns.networks(row.getString("networks")),
            PostColumns.targets(row.getString("targets")),
            PostColumns.media(row.getString("media")),
            PostColumns.altTexts(row.getString("alt_texts")),
            PostColumns.tags(row.getString("tags")),
            Transaction.instant(row, "due_at"),
            ZoneId.of(row.getString("zone")),
            PostStatus.valueOf(row.getString("status")),
            row.getString("outcome"));
    return new StoredPost(
        new AgencyId(row.getObject("agency_id", UUID.class)),
        post,
        row.getLong("version"),
        new HybridTimestamp(
            row.getLong("hlc_wall"), row.getInt("hlc_counter"), row.getString("hlc_node")),
        row.getBoolean("deleted"),
        PostColumns.merge(row.getString("merge_meta")));
  }
}
