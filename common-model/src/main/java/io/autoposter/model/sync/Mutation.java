package io.autoposter.model.sync;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One local edit, queued in a desktop's outbox and pushed to the server. Mutation names (the JSON
 * {@code type}) are API: never rename one, add a new one instead.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = UpsertPost.class, name = "post.upsert"),
  @JsonSubTypes.Type(value = DeletePost.class, name = "post.delete")
})
public sealed interface Mutation permits UpsertPost, DeletePost {

  /** Increases by one per mutation of the same client; the server applies each exactly once. */
  long mutationId();

  /** When the edit was made, by the client's hybrid clock. */
  HybridTimestamp hlc();

  /** The server version of the entity the client last saw; 0 when it never saw it. */
  long baseVersion();
}
