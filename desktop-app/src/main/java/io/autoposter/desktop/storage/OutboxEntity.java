package io.autoposter.desktop.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One local edit waiting to be pushed, kept as the exact JSON the server will receive. */
@Entity
@Table(name = "outbox", indexes = @Index(name = "outbox_by_post", columnList = "post_id"))
class OutboxEntity {

  @Id
  @Column(name = "mutation_id")
  long mutationId;

  /** The post the mutation is about, so it can be replayed on it and a refusal shown on it. */
  @Column(name = "post_id", nullable = false, length = 36)
  String postId;

  @Column(name = "mutation_json", nullable = false, length = PostEntity.MAX_JSON)
  String json;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  /**
   * The post's brand went away (deleted, or access lost). The entry no longer counts as waiting and
   * changes nothing here, but is still pushed: mutation ids must reach the server without gaps, and
   * the server refuses it on its own.
   */
  @Column(nullable = false)
  boolean orphaned;

  OutboxEntity() {}

  OutboxEntity(long mutationId, String postId, String json, Instant createdAt) {
    this.mutationId = mutationId;
    this.postId = postId;
    this.json = json;
    this.createdAt = createdAt;
  }
}
