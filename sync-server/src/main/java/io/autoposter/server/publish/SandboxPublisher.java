package io.autoposter.server.publish;

import io.autoposter.model.Network;
import io.autoposter.server.sandbox.SandboxPostRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.DuplicateKeyException;
import java.time.Clock;

/**
 * The in-database sandbox network: a delivery is a row, unique per (post, account), so a repeated
 * call returns the first delivery's id instead of posting twice.
 */
record SandboxPublisher(Database database, Clock clock, SandboxPostRepository sandboxPosts)
    implements PlatformPublisher {

  @Override
  public Network network() {
    return Network.SANDBOX;
  }

  @Override
  public CallOutcome publish(PublishCall call) {
    String id;
    try {
      id = deliver(call);
    } catch (DuplicateKeyException e) {
      id = deliver(call); // a concurrent delivery won; this returns its id
    }
    return new CallOutcome.Published(id, null);
  }

  @Override
  public ReconcileOutcome reconcile(PublishCall call) {
    return database
        .inTransaction(tx -> sandboxPosts.find(tx, call.target().post(), call.target().account()))
        .<ReconcileOutcome>map(id -> new ReconcileOutcome.Found(id, null))
        .orElseGet(() -> new ReconcileOutcome.Absent("no sandbox delivery"));
  }

  private String deliver(PublishCall call) {
    return database.inTransaction(
        tx ->
            sandboxPosts.deliver(
                tx,
                call.target().agency(),
                call.target().post(),
                call.target().account(),
                call.text(),
                clock.instant()));
  }
}
