package io.autoposter.server.publish;

import io.autoposter.model.Network;

/** What happened on one network; messages are written for the person who scheduled the post. */
sealed interface PublishResult {
  Network network();

  String message();

  record Published(Network network, String message) implements PublishResult {}

  record Failed(Network network, String message) implements PublishResult {}
}
