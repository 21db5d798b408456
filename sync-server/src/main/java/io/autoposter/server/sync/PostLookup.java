package io.autoposter.server.sync;

import io.autoposter.model.BrandId;
import io.autoposter.model.PostId;
import io.autoposter.server.brands.BrandRepository;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.StoredPost;

/**
 * Finds what a mutation may touch exactly like the REST API does: a brand the caller may not see is
 * {@code BRAND_NOT_FOUND} and a post in such a brand (or of another agency) {@code POST_NOT_FOUND},
 * the same answers as for ones that do not exist.
 */
final class PostLookup {
  private final PostRepository posts;
  private final BrandRepository brands = new BrandRepository();

  PostLookup(PostRepository posts) {
    this.posts = posts;
  }

  /** The post, deleted or not, if the caller may see it; its brand must still exist. */
  StoredPost visiblePost(MutationContext ctx, PostId id) {
    StoredPost stored =
        posts
            .find(ctx.tx(), id)
            .filter(found -> found.agencyId().equals(ctx.agency()))
            .filter(found -> ctx.caller().canSee(found.post().brandId()))
            .orElseThrow(Rejection::postNotFound);
    requireBrand(ctx, stored.post().brandId());
    return stored;
  }

  /** The brand exists in the caller's agency, is not deleted, and the caller may see it. */
  void requireBrand(MutationContext ctx, BrandId brand) {
    if (!ctx.caller().canSee(brand) || brands.find(ctx.tx(), ctx.agency(), brand).isEmpty()) {
      throw Rejection.brandNotFound();
    }
  }
}
