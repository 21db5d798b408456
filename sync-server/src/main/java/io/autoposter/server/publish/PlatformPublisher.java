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

  /**
   * What the network would refuse for sure, checked before the attempt is committed so nothing is
   * sent (an Instagram post without media or with more than 10 items).
   */
  default java.util.Optional<PlatformError> refusesBeforeCalling(java.util.List<MediaFile> media) {
    return java.util.Optional.empty();
  }
}
