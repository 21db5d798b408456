package io.autoposter.desktop.storage;

import io.autoposter.model.sync.PostConflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** An open conflict as the server last sent it; resolved ones are deleted. */
@Entity
@Table(name = "conflicts", indexes = @Index(name = "conflicts_by_post", columnList = "post_id"))
class ConflictEntity {

  @Id
  @Column(length = 36)
  String id;

  @Column(name = "post_id", nullable = false, length = 36)
  String postId;

  @Column(name = "brand_id", nullable = false, length = 36)
  String brandId;

  /** The change-log version it first arrived at: "oldest first" is server order. */
  @Column(name = "first_version", nullable = false)
  long firstVersion;

  @Column(name = "conflict_json", nullable = false, length = PostEntity.MAX_JSON)
  String json;

  /**
   * Someone on this device decided it and the decision is queued or was applied; it stops counting
   * as open here until the server's word (a resolved record) removes it.
   */
  @Column(name = "resolved_here", nullable = false)
  boolean resolvedHere;

  ConflictEntity() {}

  ConflictEntity(PostConflict conflict, long version) {
    id = conflict.id().toString();
    firstVersion = version;
    update(conflict);
  }

  void update(PostConflict conflict) {
    postId = conflict.postId().toString();
    brandId = conflict.brandId().toString();
    json = StoredJson.conflict(conflict);
  }

  PostConflict conflict() {
    return StoredJson.conflict(json);
  }
}
