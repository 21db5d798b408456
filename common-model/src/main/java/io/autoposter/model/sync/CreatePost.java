package io.autoposter.model.sync;

import io.autoposter.model.Post;
import java.util.Objects;

/** Creates a post this client made; the server refuses an id that already exists. */
public record CreatePost(long mutationId, HybridTimestamp hlc, Post post) implements Mutation {
  public CreatePost {
    Objects.requireNonNull(hlc, "hlc");
    Objects.requireNonNull(post, "post");
    Mutation.requirePositive(mutationId);
  }

  /** A new post has no server version to start from. */
  @Override
  public long baseVersion() {
    return 0;
  }

  @Override
  public io.autoposter.model.PostId postId() {
    return post.id();
  }
}
