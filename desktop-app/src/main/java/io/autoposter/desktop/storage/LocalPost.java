package io.autoposter.desktop.storage;

import io.autoposter.model.Post;
import java.util.Objects;

/**
 * A post as this desktop sees it: the server's copy with this device's unpushed edits replayed on
 * it (the working copy).
 *
 * @param post the working copy; status and outcome come from the server once it publishes
 * @param serverVersion the server version last seen, 0 before the server confirmed the post
 * @param pendingSync true while a local edit of it waits in the outbox
 * @param syncError why the server refused edits of it, with the refused text, or empty
 * @param openConflicts how many of its conflicts are open and not yet resolved on this device
 */
public record LocalPost(
    Post post, long serverVersion, boolean pendingSync, String syncError, int openConflicts) {

  public LocalPost {
    Objects.requireNonNull(post, "post");
    syncError = syncError == null ? "" : syncError;
  }
}
