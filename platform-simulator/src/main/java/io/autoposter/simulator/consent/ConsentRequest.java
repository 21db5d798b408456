package io.autoposter.simulator.consent;

import io.autoposter.simulator.state.SimulatedNetwork;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated authorize request waiting for the person's answer. {@code denial} holds the query
 * parameters the network sends back when the person refuses.
 */
public record ConsentRequest(
    SimulatedNetwork network,
    String platformName,
    String clientId,
    String redirectUri,
    Optional<String> state,
    String subject,
    String subjectName,
    List<String> requestedScopes,
    Optional<String> codeChallenge,
    String challengeMethod,
    Map<String, String> denial) {
  public ConsentRequest {
    requestedScopes = List.copyOf(requestedScopes);
    denial = Map.copyOf(denial);
  }
}
