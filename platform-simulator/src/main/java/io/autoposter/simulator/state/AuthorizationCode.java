package io.autoposter.simulator.state;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A one-time code from a consent, bound to the client, the exact redirect URI and, for X, the PKCE
 * challenge.
 */
public record AuthorizationCode(
    String code,
    SimulatedNetwork network,
    String clientId,
    String redirectUri,
    String subject,
    Set<String> scopes,
    Set<String> declined,
    Optional<String> codeChallenge,
    String challengeMethod,
    Instant issuedAt) {
  public AuthorizationCode {
    scopes = Set.copyOf(scopes);
    declined = Set.copyOf(declined);
  }
}
