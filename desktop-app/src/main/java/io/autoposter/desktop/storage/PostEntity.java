package io.autoposter.desktop.storage;

import io.autoposter.model.Post;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;

/**
 * One post as this desktop holds it: the last copy the server sent (the server copy) and what the
 * user sees (the working copy: the server copy with this device's unpushed mutations replayed).
 * Both are kept whole as JSON; the few columns beside them are for queries and ordering.
 */
@Entity
@Table(
    name = "posts",
    indexes = {
      // A brand's list and calendar pages read these in index order (StoreReads, ADR 0014); the
      // queries name every column of the index in their ORDER BY, which is what lets H2 stop at
      // the page's limit instead of sorting all posts of the brand.
      @Index(name = "posts_by_brand_due", columnList = "brand_id, visible, due_at, updated_at"),
      @Index(
          name = "posts_by_brand_status",
          columnList = "brand_id, visible, status, due_at, updated_at"),
      // The queue's pass over every post reads in this order: a sort of 50,000 rows spills to
      // disk in H2 and took five times as long as the pass itself.
      @Index(name = "posts_by_due", columnList = "visible, due_at, updated_at")
    })
class PostEntity {

  static final int MAX_JSON = 1_000_000;

  @Id
  @Column(length = 36)
  String id;

  /** The working copy's brand (the server copy's while the post is not in the working view). */
  @Column(name = "brand_id", nullable = false, length = 36)
  String brandId;

  /** The working copy's due time, for ordering. */
  @Column(name = "due_at")
  Instant dueAt;

  /** The working copy's status, for queries (null in rows written before this column existed). */
  @Column(length = 20)
  String status;

  /** True while the post is in the working view (not deleted on this device). */
  @Column(nullable = false)
  boolean visible;

  /** The working copy; null when this device deleted the post and the server has not judged it. */
  @Column(name = "working_json", length = MAX_JSON)
  String workingJson;

  /**
   * The server copy; null while the server does not have the post as far as this device knows (a
   * post made here and not yet confirmed, or refused).
   */
  @Column(name = "server_json", length = MAX_JSON)
  String serverJson;

  /** The version of the server copy; 0 when there is none or it came from our own create. */
  @Column(name = "server_version", nullable = false)
  long serverVersion;

  /** The server deleted the post while edits of it were still unpushed here. */
  @Column(name = "server_deleted", nullable = false)
  boolean serverDeleted;

  /** True while outbox entries for this post wait to be pushed. */
  @Column(name = "pending_sync", nullable = false)
  boolean pendingSync;

  /** What the server refused of this post, with the refused text, until dismissed. */
  @Column(name = "sync_error", length = MAX_JSON)
  String syncError;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  /** The parsed server copy, when this session already has it (saves parsing it again). */
  @Transient private Post serverPost;

  PostEntity() {}

  PostEntity(String id) {
    this.id = id;
  }

  Post working() {
    return StoredJson.post(workingJson);
  }

  Post server() {
    if (serverPost == null && serverJson != null) {
      serverPost = StoredJson.post(serverJson);
    }
    return serverPost;
  }

  /** Replaces the server copy (the server sent it, or our own create was applied). */
  void takeServerCopy(Post post, long version) {
    serverPost = post;
    serverJson = StoredJson.post(post);
    serverVersion = version;
    serverDeleted = false;
    if (brandId == null) {
      brandId = post.brandId().toString();
    }
  }

  /** Sets the working copy; {@code json} is {@code post}'s JSON when the caller has it already. */
  void showWorking(Post post, String json, Instant now) {
    workingJson = post == null ? null : json != null ? json : StoredJson.post(post);
    visible = post != null;
    if (post != null) {
      brandId = post.brandId().toString();
      dueAt = post.dueAt();
      status = post.status().name();
    }
    updatedAt = now;
  }

  void addSyncError(String message) {
    String joined =
        syncError == null || syncError.isEmpty() ? message : syncError + "\n\n" + message;
    // Keep the newest text if years of refusals pile up on one post.
    syncError = joined.length() > MAX_JSON ? joined.substring(joined.length() - MAX_JSON) : joined;
  }

  LocalPost toLocalPost(int openConflicts) {
    return new LocalPost(working(), serverVersion, pendingSync, syncError, openConflicts);
  }
}
