package io.autoposter.model.sync;

import io.autoposter.model.PostId;
import java.util.Objects;

/**
 * Changes some fields of an existing post. {@code baseVersion} is the post's server version the
 * editor last saw: edits of the same text field after it by another client make a conflict.
 */
public record EditPost(
    long mutationId, HybridTimestamp hlc, long baseVersion, PostId postId, PostPatch patch)
    implements Mutation {
  public EditPost {
    Objects.requireNonNull(hlc, "hlc");
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(patch, "patch");
    Mutation.requirePositive(mutationId);
  }
}
