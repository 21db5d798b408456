package io.autoposter.server.sync;

import io.autoposter.model.ConflictId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.server.store.MergeRecord;
import io.autoposter.server.store.StoredPost;
import java.util.Comparator;
import java.util.Optional;

/**
 * {@code post.delete}: leaves a tombstone, unless another client changed the post after the
 * deleter's base version; then the post stays and a delete-versus-edit conflict opens.
 */
final class PostDeletion {
  private final PostLookup lookup;
  private final PostChanges changes;

  PostDeletion(PostLookup lookup, PostChanges changes) {
    this.lookup = lookup;
    this.changes = changes;
  }

  AppliedMutation apply(MutationContext ctx, DeletePost mutation) {
    StoredPost stored = lookup.visiblePost(ctx, mutation.postId());
    return delete(ctx, stored, mutation.baseVersion(), null);
  }

  /**
   * Deletes a post the caller may see; also used by delete resolutions.
   *
   * @param resolving the conflict being resolved by this deletion (closed by the caller), or null
   */
  AppliedMutation delete(
      MutationContext ctx, StoredPost stored, long baseVersion, ConflictId resolving) {
    long id = ctx.mutationId();
    if (stored.deleted()) {
      return AppliedMutation.unchanged(id);
    }
    PostStatus status = stored.post().status();
    if (status.isReadOnly()) {
      throw Rejection.readOnly(status);
    }
    Optional<MergeRecord.Edit> missed = newestMissedEdit(ctx, stored, baseVersion);
    if (missed.isPresent()) {
      changes.openDelete(ctx, stored.post(), missed.get(), ctx.author().edit());
      return AppliedMutation.unchanged(id);
    }
    changes.deleted(ctx, stored);
    changes.closeAllOf(ctx, stored.post(), resolving);
    return new AppliedMutation(MutationResult.applied(id), status == PostStatus.SCHEDULED);
  }

  /** The newest change another client made after the deleter's base version, if any. */
  private static Optional<MergeRecord.Edit> newestMissedEdit(
      MutationContext ctx, StoredPost stored, long baseVersion) {
    Author author = ctx.author();
    return stored.merge().edits().values().stream()
        .filter(edit -> author.missed(edit.version(), edit.client(), baseVersion))
        .max(Comparator.comparingLong(MergeRecord.Edit::version));
  }
}
