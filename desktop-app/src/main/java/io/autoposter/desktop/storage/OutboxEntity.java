package io.autoposter.desktop.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One local edit waiting to be pushed, kept as the exact JSON the server will receive. */
@Entity
@Table(name = "outbox")
class OutboxEntity {

  @Id
  @Column(name = "mutation_id")
  long mutationId;

  /** The post the mutation edits, so a rejection can be shown on it. */
  @Column(name = "post_id", nullable = false, length = 36)
  String postId;

  @Column(name = "mutation_json", nullable = false, length = 1_000_000)
  String json;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  OutboxEntity() {}

  OutboxEntity(long mutationId, String postId, String json, Instant createdAt) {
    this.mutationId = mutationId;
    this.postId = postId;
    this.json = json;
    this.createdAt = createdAt;
  }
}
