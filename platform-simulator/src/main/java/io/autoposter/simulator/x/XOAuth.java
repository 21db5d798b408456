package io.autoposter.simulator.x;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.consent.ConsentRequest;
import io.autoposter.simulator.state.AuthorizationCode;
import io.autoposter.simulator.state.AuthorizationCodes.Redemption;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.web.Credentials;
import io.autoposter.simulator.web.Html;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * OAuth 2.0 with PKCE: authorize, token (code and rotating refresh) and revoke. Confidential
 * clients authenticate with HTTP Basic; public clients (no secret) send {@code client_id}.
 */
final class XOAuth {
  static final Duration ACCESS_LIFETIME = Duration.ofHours(2);
  static final Duration REFRESH_LIFETIME = Duration.ofDays(180);
  private static final String SOMETHING_WRONG =
      "<h1>Something went wrong</h1><p>You weren't able to give access to the App. Go back and"
          + " try logging in again.</p>";

  private final XContext x;

  XOAuth(XContext x) {
    this.x = x;
  }

  void authorize(ServerRequest request, ServerResponse response) {
    Params params = Params.of(request);
    String redirect = params.getOr("redirect_uri", "");
    String method = params.getOr("code_challenge_method", "plain");
    boolean valid =
        params.getOr("client_id", "").equals(x.client().clientId())
            && params.getOr("response_type", "").equals("code")
            && !redirect.isEmpty()
            && x.client().accepts(redirect)
            && params.has("state")
            && params.has("code_challenge")
            && (method.equals("S256") || method.equals("plain"));
    if (!valid) {
      Html.send(response, 400, "X", SOMETHING_WRONG);
      return;
    }
    List<String> scopes =
        Arrays.stream(params.getOr("scope", "").split("\\s+"))
            .filter(s -> !s.isBlank())
            .distinct()
            .toList();
    x.consents()
        .ask(
            new ConsentRequest(
                SimulatedNetwork.X,
                "X",
                x.client().clientId(),
                redirect,
                params.get("state"),
                x.seed().xUser().id(),
                "@" + x.seed().xUser().username(),
                scopes,
                params.get("code_challenge"),
                method,
                Map.of("error", "access_denied")),
            response);
  }

  void token(ServerRequest request, ServerResponse response) {
    Params params = Params.of(request);
    if (!clientAuthenticated(request, params)) {
      XErrors.oauth(response, 401, "unauthorized_client", "Missing valid authorization header");
      return;
    }
    if (x.gate().refuse(SimulatedNetwork.X, null, response, XContext.ERRORS)) {
      return;
    }
    switch (params.getOr("grant_type", "")) {
      case "authorization_code" -> redeem(params, response);
      case "refresh_token" -> refresh(params, response);
      default ->
          XErrors.oauth(
              response, 400, "invalid_request", "Missing required parameter" + " [grant_type].");
    }
  }

  private void redeem(Params params, ServerResponse response) {
    Redemption redemption = x.codes().redeem(params.get("code").orElse(null));
    if (!(redemption instanceof Redemption.Redeemed redeemed)
        || redeemed.code().network() != SimulatedNetwork.X) {
      XErrors.oauth(
          response,
          400,
          "invalid_request",
          "Value passed for the authorization code was" + " invalid.");
      return;
    }
    AuthorizationCode code = redeemed.code();
    if (!code.redirectUri().equals(params.getOr("redirect_uri", ""))) {
      XErrors.oauth(
          response,
          400,
          "invalid_request",
          "Value passed for the redirect uri did not"
              + " match the uri of the authorization code.");
      return;
    }
    if (!Pkce.matches(
        code.codeChallenge().orElse(""),
        code.challengeMethod(),
        params.get("code_verifier").orElse(null))) {
      XErrors.oauth(
          response,
          400,
          "invalid_request",
          "Value passed for the code verifier did not" + " match the code challenge.");
      return;
    }
    issue(response, code.subject(), code.scopes());
  }

  /** Spends the refresh token (once, atomically) and hands out a new pair. */
  private void refresh(Params params, ServerResponse response) {
    Optional<IssuedToken> spent =
        x.tokens().spend(params.get("refresh_token").orElse(""), SimulatedNetwork.X);
    if (spent.isEmpty()) {
      XErrors.oauth(response, 400, "invalid_request", "Value passed for the token was invalid.");
      return;
    }
    issue(response, spent.get().subject(), spent.get().scopes());
  }

  private void issue(ServerResponse response, String subject, Set<String> scopes) {
    IssuedToken access =
        x.tokens()
            .issue(
                SimulatedNetwork.X,
                IssuedToken.Kind.ACCESS,
                x.client().clientId(),
                subject,
                Optional.empty(),
                scopes,
                Set.of(),
                ACCESS_LIFETIME);
    ObjectNode body = Json.object().put("token_type", "bearer");
    body.put("expires_in", ACCESS_LIFETIME.toSeconds()).put("access_token", access.value());
    body.put("scope", String.join(" ", new TreeSet<>(scopes)));
    if (scopes.contains("offline.access")) {
      IssuedToken refresh =
          x.tokens()
              .issue(
                  SimulatedNetwork.X,
                  IssuedToken.Kind.REFRESH,
                  x.client().clientId(),
                  subject,
                  Optional.empty(),
                  scopes,
                  Set.of(),
                  REFRESH_LIFETIME);
      body.put("refresh_token", refresh.value());
    }
    Json.ok(response, body);
  }

  void revoke(ServerRequest request, ServerResponse response) {
    Params params = Params.of(request);
    if (!clientAuthenticated(request, params)) {
      XErrors.oauth(response, 401, "unauthorized_client", "Missing valid authorization header");
      return;
    }
    params.get("token").ifPresent(x.tokens()::revokeValue);
    Json.ok(response, Json.object().put("revoked", true));
  }

  private boolean clientAuthenticated(ServerRequest request, Params params) {
    Optional<String[]> basic = Credentials.basic(request);
    if (basic.isPresent()) {
      return basic.get()[0].equals(x.client().clientId())
          && basic.get()[1].equals(x.client().clientSecret());
    }
    return x.client().isPublic() && params.getOr("client_id", "").equals(x.client().clientId());
  }
}
