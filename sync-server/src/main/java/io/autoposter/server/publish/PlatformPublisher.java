package io.autoposter.server.publish;

import io.autoposter.model.Network;

/**
 * Publishes to one network and, when a call's outcome is unknown, finds out whether it went out.
 * Called outside any transaction, after the attempt was committed; never retries a call itself.
 */
sealed interface PlatformPublisher
    permits SandboxPublisher, XPublisher, FacebookPublisher, LinkedInPublisher, InstagramPublisher {
  Network network();

  CallOutcome publish(PublishCall call);

  ReconcileOutcome reconcile(PublishCall call);
}
