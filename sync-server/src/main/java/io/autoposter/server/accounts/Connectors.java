package io.autoposter.server.accounts;

import io.autoposter.model.Network;
import io.autoposter.server.api.ProblemException;

/** The connector of each platform, built from the settings. */
final class Connectors {
  private final FacebookConnector facebook;
  private final LinkedInConnector linkedIn;
  private final XConnector x;

  Connectors(PlatformSettings settings, PlatformHttp http) {
    facebook = new FacebookConnector(settings.facebook(), http);
    linkedIn = new LinkedInConnector(settings.linkedin(), http);
    x = new XConnector(settings.x(), http);
  }

  /**
   * The connector to start a flow with; problem+json when the network cannot be connected by OAuth
   * (422) or has no app credentials on this server (409).
   */
  Connector forFlow(Network network) {
    if (network == null) {
      throw ProblemException.validation("Choose the network to connect.");
    }
    Connector connector =
        switch (network) {
          case INSTAGRAM ->
              throw new ProblemException(
                  422,
                  "NETWORK_NOT_CONNECTABLE",
                  "Connect Instagram through Facebook",
                  "Instagram business accounts connect through their Facebook Page: choose"
                      + " Facebook.");
          case SANDBOX ->
              throw new ProblemException(
                  422,
                  "NETWORK_NOT_CONNECTABLE",
                  "The sandbox needs no sign-in",
                  "Sandbox accounts connect without OAuth: use POST /api/v1/accounts/sandbox.");
          default -> forAccount(network);
        };
    if (!connector.app().configured()) {
      throw ProblemException.conflict(
          "NETWORK_NOT_CONFIGURED",
          "Network not configured",
          ("This server has no %s app credentials yet. An administrator sets"
                  + " autoposter.platforms.%s.client-id and client-secret (docs/oauth-connect.md).")
              .formatted(network.displayName(), network.name().toLowerCase(java.util.Locale.ROOT)));
    }
    return connector;
  }

  /** The connector that refreshes and revokes an account's tokens (Instagram: Facebook's). */
  Connector forAccount(Network network) {
    return switch (network) {
      case FACEBOOK, INSTAGRAM -> facebook;
      case LINKEDIN -> linkedIn;
      case X -> x;
      case SANDBOX -> throw new IllegalArgumentException("sandbox accounts have no tokens");
    };
  }
}
