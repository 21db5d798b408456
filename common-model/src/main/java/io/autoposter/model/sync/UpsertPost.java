package io.autoposter.model.sync;

import io.autoposter.model.Post;
import java.util.Objects;

/** Creates a post or replaces the editable fields of an existing one. */
public record UpsertPost(long mutationId, HybridTimestamp hlc, long baseVersion, Post post)
    implements Mutation {

  public UpsertPost {
    Objects.requireNonNull(hlc, "hlc");
    Objects.requireNonNull(post, "post");
    if (mutationId <= 0) {
      throw new IllegalArgumentException("mutationId must be positive");
    }
  }
}
