package io.autoposter.model.sync;

import io.autoposter.model.Post;
import java.util.Objects;

/**
 * The post as the server now holds it. {@code hlc} is the newest clock stamp the server merged into
 * it; a desktop moves its own clock past it, so its next edit orders after everything it has seen.
 */
public record PostChanged(long version, Post post, HybridTimestamp hlc) implements Change {
  public PostChanged {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(hlc, "hlc");
  }
}
