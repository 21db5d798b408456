package io.autoposter.model.sync;

import io.autoposter.model.PostId;
import java.util.Objects;

/**
 * Deletes a post that has not been published. When another client changed the post after {@code
 * baseVersion}, the server keeps the post and opens a delete-versus-edit conflict instead.
 */
public record DeletePost(long mutationId, HybridTimestamp hlc, long baseVersion, PostId postId)
    implements Mutation {
  public DeletePost {
    Objects.requireNonNull(hlc, "hlc");
    Objects.requireNonNull(postId, "postId");
    Mutation.requirePositive(mutationId);
  }
}
