package io.autoposter.simulator.x;

import io.autoposter.simulator.consent.Consents;
import io.autoposter.simulator.state.AuthorizationCodes;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.IdSequence;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.state.TokenCheck;
import io.autoposter.simulator.state.Tokens;
import io.autoposter.simulator.web.Gate;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.function.Supplier;

/** What the X handlers share, and the bearer-token and scope checks. */
record XContext(
    Seed seed,
    Tokens tokens,
    AuthorizationCodes codes,
    Consents consents,
    PublishedLog published,
    XMedia media,
    RateWindows rateWindows,
    Gate gate,
    IdSequence ids,
    ClientCredentials client,
    Supplier<String> publicUrl) {

  static final XErrors ERRORS = new XErrors();

  /** The caller's valid token with every scope, or empty after a 401 / 403. */
  Optional<IssuedToken> caller(ServerRequest request, ServerResponse response, String... scopes) {
    String header = request.headers().first(HeaderNames.AUTHORIZATION).orElse("");
    String value =
        header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    TokenCheck check = tokens.check(value, SimulatedNetwork.X, IssuedToken.Kind.ACCESS);
    if (!(check instanceof TokenCheck.Valid valid)) {
      XErrors.unauthorized(response);
      return Optional.empty();
    }
    for (String scope : scopes) {
      if (!valid.token().hasScope(scope)) {
        XErrors.forbidden(response, "Missing required scope " + scope + ".");
        return Optional.empty();
      }
    }
    return Optional.of(valid.token());
  }
}
