package io.autoposter.server.sync;

import io.autoposter.model.AgencyId;
import io.autoposter.model.ClientId;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.server.access.Caller;
import io.autoposter.server.store.ChangeCause;
import io.autoposter.server.store.Transaction;
import java.time.Instant;

/**
 * One mutation being applied: its transaction (agency locked), caller and client, its stamp
 * (already clamped), the server time, the agency version before it, and whether the server itself
 * wrote it on the caller's behalf (the demo seed) rather than a device pushing it.
 */
record MutationContext(
    Transaction tx,
    Caller caller,
    ClientId client,
    long mutationId,
    HybridTimestamp hlc,
    Instant now,
    long headVersion,
    boolean byServer) {

  AgencyId agency() {
    return caller.agencyId();
  }

  /** The author of this mutation's changes; its first change-log entry gets the next version. */
  Author author() {
    return new Author(client, caller.userId(), hlc, now, headVersion + 1);
  }

  ChangeCause cause() {
    return new ChangeCause(client, mutationId);
  }
}
