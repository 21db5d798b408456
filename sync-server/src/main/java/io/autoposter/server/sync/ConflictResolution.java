package io.autoposter.server.sync;

import io.autoposter.model.BrandId;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.ResolveConflict;
import io.autoposter.model.sync.TextField;
import io.autoposter.server.store.ConflictRepository;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.StoredPost;

/**
 * {@code conflict.resolve}: a text conflict sets the field (an edit with the resolver's base
 * version, so a third concurrent edit opens a new conflict); a delete conflict deletes or keeps the
 * post. Either way the conflict closes; the first decision stands.
 */
final class ConflictResolution {
  private final ConflictRepository conflicts;
  private final PostRepository posts;
  private final PostLookup lookup;
  private final PostEdits edits;
  private final PostDeletion deletion;
  private final PostChanges changes;

  ConflictResolution(
      ConflictRepository conflicts,
      PostRepository posts,
      PostLookup lookup,
      PostEdits edits,
      PostDeletion deletion,
      PostChanges changes) {
    this.conflicts = conflicts;
    this.posts = posts;
    this.lookup = lookup;
    this.edits = edits;
    this.deletion = deletion;
    this.changes = changes;
  }

  AppliedMutation apply(MutationContext ctx, ResolveConflict mutation) {
    PostConflict conflict =
        conflicts
            .find(ctx.tx(), mutation.conflictId())
            .filter(found -> found.agency().equals(ctx.agency()))
            .map(ConflictRepository.Found::conflict)
            .filter(found -> found.postId().equals(mutation.postId()))
            .orElseThrow(Rejection::conflictNotFound);
    StoredPost stored =
        posts
            .find(ctx.tx(), conflict.postId())
            .filter(post -> ctx.caller().canSee(post.post().brandId()))
            .orElseThrow(Rejection::conflictNotFound);
    BrandId brand = stored.post().brandId();
    lookup.requireBrand(ctx, brand);
    if (!conflict.isOpen()) {
      throw Rejection.conflictAlreadyResolved();
    }
    if (!stored.deleted() && stored.post().status().isReadOnly()) {
      throw Rejection.readOnly(stored.post().status());
    }
    AppliedMutation outcome = AppliedMutation.unchanged(ctx.mutationId());
    String finalText = mutation.text();
    if (conflict.kind() == ConflictKind.TEXT) {
      // Deleting a post closes its conflicts, so this is only a safeguard: no text, no restore.
      if (!stored.deleted()) {
        outcome =
            edits.edit(
                ctx,
                stored,
                TextField.patch(conflict.field(), mutation.text()),
                mutation.baseVersion());
      }
    } else if (mutation.deletePost()) {
      outcome = deletion.delete(ctx, stored, mutation.baseVersion(), conflict.id());
      finalText = "";
    } else {
      finalText = stored.post().caption();
    }
    changes.close(ctx, conflict, brand, finalText);
    return new AppliedMutation(MutationResult.applied(ctx.mutationId()), outcome.scheduleTouched());
  }
}
