package io.autoposter.model.sync;

import io.autoposter.model.PostId;
import java.util.Objects;

/** Deletes a post that has not been published. */
public record DeletePost(long mutationId, HybridTimestamp hlc, long baseVersion, PostId postId)
    implements Mutation {

  public DeletePost {
    Objects.requireNonNull(hlc, "hlc");
    Objects.requireNonNull(postId, "postId");
    if (mutationId <= 0) {
      throw new IllegalArgumentException("mutationId must be positive");
    }
  }
}
