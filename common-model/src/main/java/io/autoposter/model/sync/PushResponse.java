package io.autoposter.model.sync;

import java.util.List;

/** Per-mutation results, and the highest mutation id the server has processed for the client. */
public record PushResponse(long lastMutationId, List<MutationResult> results) {

  public PushResponse {
    results = List.copyOf(results);
  }
}
