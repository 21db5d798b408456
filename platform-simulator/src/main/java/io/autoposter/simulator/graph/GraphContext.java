package io.autoposter.simulator.graph;

import io.autoposter.simulator.consent.Consents;
import io.autoposter.simulator.faults.Conditions;
import io.autoposter.simulator.state.AuthorizationCodes;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.IdSequence;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.state.TokenCheck;
import io.autoposter.simulator.state.Tokens;
import io.autoposter.simulator.web.Credentials;
import io.autoposter.simulator.web.Gate;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.function.Supplier;

/** What every Graph handler needs, and the token checks they share. */
record GraphContext(
    Seed seed,
    Tokens tokens,
    AuthorizationCodes codes,
    Consents consents,
    PublishedLog published,
    Containers containers,
    Conditions conditions,
    Gate gate,
    IdSequence ids,
    ClientCredentials client,
    Supplier<String> publicUrl) {

  static final GraphErrors ERRORS = new GraphErrors();

  /** The caller's valid Facebook access token, or empty after answering with Graph's error. */
  Optional<IssuedToken> caller(ServerRequest request, Params params, ServerResponse response) {
    TokenCheck check =
        tokens.check(
            Credentials.bearer(request, params).orElse(null),
            SimulatedNetwork.FACEBOOK,
            IssuedToken.Kind.ACCESS);
    if (check instanceof TokenCheck.Valid valid) {
      return Optional.of(valid.token());
    }
    GraphErrors.token(response, check, client.clientId());
    return Optional.empty();
  }

  /** True when the token may act for the page: the page's own token, or its manager's. */
  boolean actsFor(IssuedToken token, String pageId) {
    return token.subject().equals(seed.facebookUser().id())
        && token.account().map(pageId::equals).orElse(true);
  }

  /** The token has every scope, else the Graph permission error has been sent. */
  boolean requireScopes(
      IssuedToken token, ServerResponse response, int code, String message, String... scopes) {
    for (String scope : scopes) {
      if (!token.hasScope(scope)) {
        GraphErrors.permission(response, code, message);
        return false;
      }
    }
    return true;
  }

  /** Applies the armed faults; true when the request was already answered. */
  boolean refused(SimulatedNetwork network, String account, ServerResponse response) {
    return gate.refuse(network, account, response, ERRORS);
  }

  String permalink(String id) {
    return publicUrl.get() + "/_sim/posts/" + id;
  }
}
