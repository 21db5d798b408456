package io.autoposter.model.sync;

import java.util.List;

/**
 * Changes in version order. Pull again from {@code cursor} while {@code hasMore}. {@code
 * lastMutationId} tells the client which of its own mutations the changes already include.
 */
public record PullResponse(
    List<Change> changes, long cursor, boolean hasMore, long lastMutationId) {

  public PullResponse {
    changes = List.copyOf(changes);
  }
}
