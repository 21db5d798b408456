package io.autoposter.model.sync;

import io.autoposter.model.ClientId;
import java.util.Objects;

/** Asks for the changes after {@code cursor}; a first sync starts at cursor 0. */
public record PullRequest(ClientId clientId, int schemaVersion, long cursor, int limit) {

  public PullRequest {
    Objects.requireNonNull(clientId, "clientId");
    if (cursor < 0) {
      throw new IllegalArgumentException("cursor must not be negative");
    }
    if (limit < 1 || limit > SyncProtocol.MAX_PULL_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + SyncProtocol.MAX_PULL_LIMIT);
    }
  }
}
