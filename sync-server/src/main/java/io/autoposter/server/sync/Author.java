package io.autoposter.server.sync;

import io.autoposter.model.ClientId;
import io.autoposter.model.UserId;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.server.store.MergeRecord;
import java.time.Instant;

/**
 * Who makes a change and how the merge record remembers it: the pushing client and its user, the
 * mutation's (clamped) stamp, the server time it arrived, and the version its post change gets.
 */
record Author(ClientId client, UserId user, HybridTimestamp hlc, Instant at, long version) {

  MergeRecord.Edit edit() {
    return new MergeRecord.Edit(version, client, user, at);
  }

  MergeRecord.Stamp stamp() {
    return new MergeRecord.Stamp(hlc, client);
  }

  MergeRecord.Add add() {
    return new MergeRecord.Add(version, client);
  }

  /** Last writer wins; a client's own later mutation also wins over its own (clamped) stamp. */
  boolean winsOver(MergeRecord.Stamp current) {
    return hlc.isAfter(current.hlc()) || client.equals(current.client());
  }

  /** Someone else's change the client had not seen when it made its edit. */
  boolean missed(long changeVersion, ClientId changedBy, long baseVersion) {
    return changeVersion > baseVersion && !client.equals(changedBy);
  }
}
