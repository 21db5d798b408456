package io.autoposter.model.sync;

import io.autoposter.model.ClientId;
import java.util.List;
import java.util.Objects;

/** A batch of outbox mutations, in increasing mutation id order. */
public record PushRequest(ClientId clientId, int schemaVersion, List<Mutation> mutations) {

  public PushRequest {
    Objects.requireNonNull(clientId, "clientId");
    mutations = List.copyOf(Objects.requireNonNull(mutations, "mutations"));
    if (mutations.size() > SyncProtocol.MAX_PUSH_MUTATIONS) {
      throw new IllegalArgumentException(
          "a push carries at most " + SyncProtocol.MAX_PUSH_MUTATIONS + " mutations");
    }
  }
}
