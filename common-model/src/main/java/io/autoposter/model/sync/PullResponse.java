package io.autoposter.model.sync;

import java.util.List;

/**
 * Changes in version order. Pull again from {@code cursor} while {@code hasMore}. {@code
 * lastMutationId} tells the client which of its own mutations the changes already include. {@code
 * headVersion} is the agency's newest version when the page was read, so a first sync can show how
 * far along it is: {@code cursor / headVersion}.
 */
public record PullResponse(
    List<Change> changes, long cursor, boolean hasMore, long lastMutationId, long headVersion) {
  public PullResponse {
    changes = List.copyOf(changes);
  }
}
