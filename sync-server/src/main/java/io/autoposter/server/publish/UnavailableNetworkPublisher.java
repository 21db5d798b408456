package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.server.sandbox.SocialAccountRepository;
import io.autoposter.server.store.Transaction;

/** Stands in for a network we cannot publish to yet, and says why in words a person acts on. */
record UnavailableNetworkPublisher(Network network, SocialAccountRepository accounts)
    implements NetworkPublisher {

  @Override
  public PublishResult publish(Transaction tx, AgencyId agency, Post post) {
    String name = network.displayName();
    boolean connected = !accounts.forBrand(tx, agency, post.brandId(), network).isEmpty();
    return new PublishResult.Failed(
        network,
        connected
            ? "Publishing to " + name + " is not available yet."
            : name + " is not connected for this brand — connect it in Accounts.");
  }
}
