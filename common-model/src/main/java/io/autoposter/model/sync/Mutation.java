package io.autoposter.model.sync;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.autoposter.model.PostId;

/**
 * One local edit, queued in a desktop's outbox and pushed to the server. Mutation names (the JSON
 * {@code type}) are API: never rename one, add a new one instead.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CreatePost.class, name = "post.create"),
  @JsonSubTypes.Type(value = EditPost.class, name = "post.edit"),
  @JsonSubTypes.Type(value = DeletePost.class, name = "post.delete"),
  @JsonSubTypes.Type(value = ResolveConflict.class, name = "conflict.resolve")
})
public sealed interface Mutation permits CreatePost, EditPost, DeletePost, ResolveConflict {

  /** Increases by one per mutation of the same client; the server applies each exactly once. */
  long mutationId();

  /** When the edit was made, by the client's hybrid clock. */
  HybridTimestamp hlc();

  /** The server version of the post the client last saw; 0 when it never saw it. */
  long baseVersion();

  /** The post the mutation is about. */
  PostId postId();

  static void requirePositive(long mutationId) {
    if (mutationId <= 0) {
      throw new IllegalArgumentException("mutationId must be positive");
    }
  }
}
