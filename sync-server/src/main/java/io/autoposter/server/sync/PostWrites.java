package io.autoposter.server.sync;

import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.ResolveConflict;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.ConflictRepository;
import io.autoposter.server.store.PostRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Authorizes, merges and writes one client mutation inside the caller's transaction (the agency is
 * already locked). Rejections are thrown as {@link Rejection}; the caller rolls the transaction
 * back so that they leave no trace.
 */
final class PostWrites {
  /** A client clock further ahead than this is not trusted; its stamp is clamped to ours. */
  static final Duration MAX_CLOCK_LEAD = Duration.ofSeconds(60);

  private final PostCreation creation;
  private final PostEdits edits;
  private final PostDeletion deletion;
  private final ConflictResolution resolution;

  PostWrites(ChangeLogRepository changeLog, PostRepository posts) {
    ConflictRepository conflicts = new ConflictRepository();
    PostLookup lookup = new PostLookup(posts);
    SchedulingRules rules = new SchedulingRules();
    PostChanges changes = new PostChanges(changeLog, posts, conflicts);
    this.creation = new PostCreation(posts, lookup, rules, changes);
    this.edits = new PostEdits(lookup, rules, changes);
    this.deletion = new PostDeletion(lookup, changes);
    this.resolution = new ConflictResolution(conflicts, posts, lookup, edits, deletion, changes);
  }

  /**
   * Applies the mutation for the caller: viewers and approvers cannot write ({@code
   * ROLE_CANNOT_WRITE}); everything else is decided by the mutation's rules.
   *
   * @throws Rejection when the mutation is refused
   */
  AppliedMutation apply(MutationContext ctx, Mutation mutation) {
    if (!ctx.caller().role().writesPosts()) {
      throw new Rejection(
          "ROLE_CANNOT_WRITE",
          "Your role ("
              + ctx.caller().role().name().toLowerCase(Locale.ROOT)
              + ") cannot change posts.");
    }
    try {
      return switch (mutation) {
        case CreatePost create -> creation.apply(ctx, create);
        case EditPost edit -> edits.apply(ctx, edit);
        case DeletePost delete -> deletion.apply(ctx, delete);
        case ResolveConflict resolve -> resolution.apply(ctx, resolve);
      };
    } catch (IllegalArgumentException e) {
      // An invalid merged post (record invariants) or an invalid tag in a patch.
      throw new Rejection("VALIDATION_FAILED", e.getMessage());
    }
  }

  static HybridTimestamp clamp(HybridTimestamp hlc, Instant now) {
    long limit = now.plus(MAX_CLOCK_LEAD).toEpochMilli();
    return hlc.wallMillis() > limit ? new HybridTimestamp(now.toEpochMilli(), 0, hlc.node()) : hlc;
  }
}
