package io.autoposter.desktop.storage;

import io.autoposter.model.Post;
import java.util.Objects;

/**
 * A post as this desktop sees it.
 *
 * @param post the post's fields; status and outcome come from the server once it publishes
 * @param serverVersion the server version last seen, 0 before the server confirmed the post
 * @param pendingSync true while a local edit of it waits in the outbox
 * @param syncError why the server refused the last edit, or empty
 */
public record LocalPost(Post post, long serverVersion, boolean pendingSync, String syncError) {

  public LocalPost {
    Objects.requireNonNull(post, "post");
    syncError = syncError == null ? "" : syncError;
  }
}
