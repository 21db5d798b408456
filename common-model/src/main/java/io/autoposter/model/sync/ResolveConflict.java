package io.autoposter.model.sync;

import io.autoposter.model.ConflictId;
import io.autoposter.model.PostId;
import java.util.Objects;

/**
 * Closes an open conflict. For a text conflict {@code text} is the chosen or merged text and
 * becomes the field's value; for a delete-versus-edit conflict {@code deletePost} says whether the
 * post goes ({@code text} is then ignored). {@code baseVersion} is the post version the resolver
 * saw.
 */
public record ResolveConflict(
    long mutationId,
    HybridTimestamp hlc,
    long baseVersion,
    ConflictId conflictId,
    PostId postId,
    String text,
    boolean deletePost)
    implements Mutation {
  public ResolveConflict {
    Objects.requireNonNull(hlc, "hlc");
    Objects.requireNonNull(conflictId, "conflictId");
    Objects.requireNonNull(postId, "postId");
    text = text == null ? "" : text;
    Mutation.requirePositive(mutationId);
  }
}
