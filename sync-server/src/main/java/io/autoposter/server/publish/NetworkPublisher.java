package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.server.store.Transaction;

/**
 * Publishes a claimed post to one network. Runs inside the transaction that records the outcome,
 * which is exactly-once for the in-database sandbox; real networks will need attempt records,
 * leases and fencing before their HTTP call (a later issue), which is why this is a seam.
 */
sealed interface NetworkPublisher permits SandboxPublisher, UnavailableNetworkPublisher {
  Network network();

  PublishResult publish(Transaction tx, AgencyId agency, Post post);
}
