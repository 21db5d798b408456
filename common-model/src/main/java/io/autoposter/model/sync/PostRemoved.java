package io.autoposter.model.sync;

import io.autoposter.model.PostId;
import java.util.Objects;

/** A tombstone: the post was deleted. */
public record PostRemoved(long version, PostId postId) implements Change {

  public PostRemoved {
    Objects.requireNonNull(postId, "postId");
  }
}
