package io.autoposter.server.store;

import io.autoposter.model.ClientId;
import java.util.Objects;

/**
 * The client mutation that made a change-log entry; recorded so each can be traced (and counted).
 */
public record ChangeCause(ClientId client, long mutationId) {
  public ChangeCause {
    Objects.requireNonNull(client, "client");
  }
}
