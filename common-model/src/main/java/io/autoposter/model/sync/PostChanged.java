package io.autoposter.model.sync;

import io.autoposter.model.Post;
import java.util.Objects;

/** The post as the server now holds it. */
public record PostChanged(long version, Post post) implements Change {

  public PostChanged {
    Objects.requireNonNull(post, "post");
  }
}
