package io.autoposter.simulator.state;

import java.util.Set;

/**
 * An app registered with a network: its id, its secret (empty for an X public client) and the
 * redirect URIs it registered. An empty set accepts any redirect URI at the authorize step; the
 * token step always demands the exact URI the authorize step saw.
 */
public record ClientCredentials(String clientId, String clientSecret, Set<String> redirectUris) {
  public ClientCredentials {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("clientId is required");
    }
    clientSecret = clientSecret == null ? "" : clientSecret;
    redirectUris = Set.copyOf(redirectUris);
  }

  public ClientCredentials(String clientId, String clientSecret) {
    this(clientId, clientSecret, Set.of());
  }

  public boolean accepts(String redirectUri) {
    return redirectUris.isEmpty() || redirectUris.contains(redirectUri);
  }

  public boolean isPublic() {
    return clientSecret.isEmpty();
  }
}
