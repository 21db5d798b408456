package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.server.sandbox.SandboxPostRepository;
import io.autoposter.server.sandbox.SocialAccountRepository;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** Delivers the post to every sandbox account of its brand. */
record SandboxPublisher(
    Clock clock, SocialAccountRepository accounts, SandboxPostRepository sandboxPosts)
    implements NetworkPublisher {

  @Override
  public Network network() {
    return Network.SANDBOX;
  }

  @Override
  public PublishResult publish(Transaction tx, AgencyId agency, Post post) {
    List<SocialAccount> targets = accounts.forBrand(tx, agency, post.brandId(), Network.SANDBOX);
    if (targets.isEmpty()) {
      return new PublishResult.Failed(
          Network.SANDBOX, "Sandbox is not connected for this brand — connect it in Accounts.");
    }
    String ids =
        targets.stream()
            .map(
                account ->
                    sandboxPosts.deliver(
                        tx,
                        agency,
                        post.id(),
                        account.id(),
                        post.captionFor(Network.SANDBOX),
                        clock.instant()))
            .collect(Collectors.joining(", "));
    return new PublishResult.Published(Network.SANDBOX, "Published to sandbox as " + ids + ".");
  }
}
