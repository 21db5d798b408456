package io.autoposter.server.sync;

import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.server.store.PostRepository;

/**
 * {@code post.create}: a post made on a device, refused if its id is taken. A device may not create
 * a post the server owns (published, failed); the server itself may, for history it writes on a
 * user's behalf (the demo seed), but never one stuck in PUBLISHING.
 */
final class PostCreation {
  private final PostRepository posts;
  private final PostLookup lookup;
  private final SchedulingRules rules;
  private final PostChanges changes;

  PostCreation(
      PostRepository posts, PostLookup lookup, SchedulingRules rules, PostChanges changes) {
    this.posts = posts;
    this.lookup = lookup;
    this.rules = rules;
    this.changes = changes;
  }

  AppliedMutation apply(MutationContext ctx, CreatePost mutation) {
    Post incoming = mutation.post();
    // The brand first: a post id of another agency is then never even looked at.
    lookup.requireBrand(ctx, incoming.brandId());
    if (posts.exists(ctx.tx(), incoming.id())) {
      throw Rejection.postExists();
    }
    boolean allowed =
        ctx.byServer()
            ? incoming.status() != PostStatus.PUBLISHING
            : !incoming.status().isServerOwned();
    if (!allowed) {
      throw Rejection.statusNotAllowed(incoming.status());
    }
    // The outcome belongs to the server.
    Post post = ctx.byServer() ? incoming : incoming.withStatus(incoming.status(), "");
    rules.check(ctx.tx(), ctx.agency(), post);
    changes.created(ctx, post, PostMerge.created(post, ctx.author()));
    return new AppliedMutation(
        MutationResult.applied(ctx.mutationId()), post.status() == PostStatus.SCHEDULED);
  }
}
