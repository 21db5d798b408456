package io.autoposter.server.sync;

import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.server.store.MergeRecord;
import io.autoposter.server.store.StoredPost;

/**
 * {@code post.edit}: merges the patch field by field ({@link PostMerge}). An edit of a post that
 * another client deleted after the edit's base version restores the post and opens a
 * delete-versus-edit conflict.
 */
final class PostEdits {
  private final PostLookup lookup;
  private final SchedulingRules rules;
  private final PostChanges changes;

  PostEdits(PostLookup lookup, SchedulingRules rules, PostChanges changes) {
    this.lookup = lookup;
    this.rules = rules;
    this.changes = changes;
  }

  AppliedMutation apply(MutationContext ctx, EditPost mutation) {
    StoredPost stored = lookup.visiblePost(ctx, mutation.postId());
    if (mutation.patch().brandId() != null) {
      lookup.requireBrand(ctx, mutation.patch().brandId());
    }
    return edit(ctx, stored, mutation.patch(), mutation.baseVersion());
  }

  /** Whether an edit based on {@code baseVersion} brings the deleted post back. */
  private static boolean restores(MutationContext ctx, StoredPost stored, long baseVersion) {
    MergeRecord.Edit deletion = stored.merge().deleted();
    return stored.deleted()
        && deletion != null
        && ctx.author().missed(deletion.version(), deletion.client(), baseVersion);
  }

  /** Merges {@code patch} into a post the caller may see; also used by text resolutions. */
  AppliedMutation edit(MutationContext ctx, StoredPost stored, PostPatch patch, long baseVersion) {
    PostStatus current = stored.post().status();
    if (!stored.deleted() && current.isReadOnly()) {
      throw Rejection.readOnly(current);
    }
    PostStatus wanted = patch.status();
    if (wanted != null && wanted.isServerOwned() && wanted != current) {
      throw Rejection.statusNotAllowed(wanted);
    }
    boolean restore = restores(ctx, stored, baseVersion);
    if (stored.deleted() && !restore) {
      // The editor had seen the deletion, or made it: nothing to bring back.
      throw Rejection.postDeleted();
    }
    Author author = ctx.author();
    PostMerge.Result merged =
        PostMerge.edit(stored.post(), stored.hlc(), stored.merge(), patch, baseVersion, author);
    boolean write = merged.logged() || restore;
    if (write) {
      rules.check(ctx.tx(), ctx.agency(), merged.post());
      MergeRecord merge =
          restore ? merged.merge().restored().withEdit(author.edit()) : merged.merge();
      changes.changed(ctx, stored, merged.post(), merge);
    } else if (!merged.merge().equals(stored.merge())) {
      changes.recordOnly(ctx, stored, merged.merge());
    }
    changes.openText(ctx, merged.post(), merged.conflicts());
    if (restore) {
      changes.openDelete(ctx, merged.post(), author.edit(), stored.merge().deleted());
    }
    boolean touched =
        write
            && (current == PostStatus.SCHEDULED || merged.post().status() == PostStatus.SCHEDULED);
    return new AppliedMutation(MutationResult.applied(ctx.mutationId()), touched);
  }
}
