package io.autoposter.simulator.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.consent.ConsentRequest;
import io.autoposter.simulator.state.AuthorizationCode;
import io.autoposter.simulator.state.AuthorizationCodes.Redemption;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.state.TokenCheck;
import io.autoposter.simulator.web.Html;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facebook Login: {@code dialog/oauth}, {@code oauth/access_token} (code, {@code
 * fb_exchange_token}, {@code client_credentials}), {@code debug_token} and the permissions edge.
 */
final class FacebookLogin {
  /** Short-lived user tokens last an hour or two; long-lived ones about 60 days. */
  static final Duration SHORT_LIVED = Duration.ofHours(2);

  static final Duration LONG_LIVED = Duration.ofDays(60);

  private final GraphContext graph;

  FacebookLogin(GraphContext graph) {
    this.graph = graph;
  }

  void authorize(Params params, ServerResponse response) {
    if (!params.getOr("client_id", "").equals(graph.client().clientId())) {
      Html.send(
          response,
          400,
          "Facebook",
          "<h1>Invalid App ID</h1><p>The provided app ID does"
              + " not look like a valid app ID.</p>");
      return;
    }
    String redirect = params.getOr("redirect_uri", "");
    if (redirect.isEmpty() || !graph.client().accepts(redirect)) {
      Html.send(
          response,
          400,
          "Facebook",
          "<h1>URL Blocked</h1><p>This redirect failed because"
              + " the redirect URI is not whitelisted in the app's Client OAuth Settings.</p>");
      return;
    }
    List<String> scopes =
        Arrays.stream(params.getOr("scope", "public_profile").split("[,\\s]+"))
            .filter(s -> !s.isBlank())
            .distinct()
            .toList();
    graph
        .consents()
        .ask(
            new ConsentRequest(
                SimulatedNetwork.FACEBOOK,
                "Facebook",
                graph.client().clientId(),
                redirect,
                params.get("state"),
                graph.seed().facebookUser().id(),
                graph.seed().facebookUser().name(),
                scopes,
                Optional.empty(),
                "",
                Map.of(
                    "error", "access_denied",
                    "error_code", "200",
                    "error_description", "Permissions error",
                    "error_reason", "user_denied")),
            response);
  }

  void accessToken(Params params, ServerResponse response) {
    String grant = params.getOr("grant_type", "authorization_code");
    if (!params.getOr("client_id", "").equals(graph.client().clientId())) {
      GraphErrors.send(
          response, 400, 101, 0, "Error validating application. Invalid application ID.");
      return;
    }
    if (!params.getOr("client_secret", "").equals(graph.client().clientSecret())) {
      GraphErrors.send(response, 400, 1, 0, "Error validating client secret.");
      return;
    }
    if (graph.refused(SimulatedNetwork.FACEBOOK, null, response)) {
      return;
    }
    switch (grant) {
      case "fb_exchange_token" -> exchange(params, response);
      case "client_credentials" ->
          Json.ok(
              response, Json.object().put("access_token", appToken()).put("token_type", "bearer"));
      default -> redeem(params, response);
    }
  }

  private void redeem(Params params, ServerResponse response) {
    Redemption redemption = graph.codes().redeem(params.get("code").orElse(null));
    switch (redemption) {
      case Redemption.AlreadyUsed used ->
          GraphErrors.send(response, 400, 100, 36009, "This authorization code has been used.");
      case Redemption.Invalid invalid ->
          GraphErrors.send(response, 400, 100, 36007, "Invalid verification code format.");
      case Redemption.Redeemed redeemed -> {
        AuthorizationCode code = redeemed.code();
        if (code.network() != SimulatedNetwork.FACEBOOK
            || !code.clientId().equals(graph.client().clientId())) {
          GraphErrors.send(response, 400, 100, 36007, "Invalid verification code format.");
        } else if (!code.redirectUri().equals(params.getOr("redirect_uri", ""))) {
          GraphErrors.send(
              response,
              400,
              100,
              36008,
              "Error validating verification code. Please make sure your redirect_uri is identical"
                  + " to the one you used in the OAuth dialog request");
        } else {
          IssuedToken token =
              userToken(code.subject(), code.scopes(), code.declined(), SHORT_LIVED);
          sendToken(response, token);
        }
      }
    }
  }

  private void exchange(Params params, ServerResponse response) {
    TokenCheck check =
        graph
            .tokens()
            .check(
                params.get("fb_exchange_token").orElse(null),
                SimulatedNetwork.FACEBOOK,
                IssuedToken.Kind.ACCESS);
    if (!(check instanceof TokenCheck.Valid valid) || valid.token().account().isPresent()) {
      GraphErrors.token(response, check, graph.client().clientId());
      return;
    }
    IssuedToken shortLived = valid.token();
    sendToken(
        response,
        userToken(shortLived.subject(), shortLived.scopes(), shortLived.declined(), LONG_LIVED));
  }

  private IssuedToken userToken(
      String subject, Set<String> scopes, Set<String> declined, Duration lifetime) {
    return graph
        .tokens()
        .issue(
            SimulatedNetwork.FACEBOOK,
            IssuedToken.Kind.ACCESS,
            graph.client().clientId(),
            subject,
            Optional.empty(),
            scopes,
            declined,
            lifetime);
  }

  private void sendToken(ServerResponse response, IssuedToken token) {
    ObjectNode body = Json.object().put("access_token", token.value()).put("token_type", "bearer");
    token.secondsLeft(graph.tokens().now()).ifPresent(s -> body.put("expires_in", s));
    Json.ok(response, body);
  }

  /** {@code GET /debug_token?input_token=...}: with an app token or any valid token of the app. */
  void debugToken(ServerRequest request, Params params, ServerResponse response) {
    String caller = io.autoposter.simulator.web.Credentials.bearer(request, params).orElse("");
    if (!caller.equals(appToken()) && graph.caller(request, params, response).isEmpty()) {
      return;
    }
    String input = params.getOr("input_token", "");
    TokenCheck check =
        graph.tokens().check(input, SimulatedNetwork.FACEBOOK, IssuedToken.Kind.ACCESS);
    ObjectNode data = Json.object();
    data.put("app_id", graph.client().clientId()).put("application", "Autoposter (simulated)");
    Optional<IssuedToken> token = graph.tokens().find(input);
    token.ifPresent(
        t -> {
          data.put("type", t.account().isPresent() ? "PAGE" : "USER");
          data.put("expires_at", t.expiresAt().map(java.time.Instant::getEpochSecond).orElse(0L));
          data.put("issued_at", t.issuedAt().getEpochSecond());
          data.put(
              "data_access_expires_at",
              t.firstConsent().plus(Duration.ofDays(90)).getEpochSecond());
          ArrayNode scopes = data.putArray("scopes");
          t.scopes().stream().sorted().forEach(scopes::add);
          data.put("user_id", t.subject());
          t.account().ifPresent(page -> data.put("profile_id", page));
        });
    data.put("is_valid", check instanceof TokenCheck.Valid);
    if (!(check instanceof TokenCheck.Valid)) {
      ObjectNode error = data.putObject("error").put("code", 190);
      switch (check) {
        case TokenCheck.Expired e ->
            error
                .put("message", "Error validating access token: Session has expired")
                .put("subcode", 463);
        case TokenCheck.Revoked r ->
            error
                .put(
                    "message",
                    "Error validating access token: The user has not authorized"
                        + " application "
                        + graph.client().clientId()
                        + ".")
                .put("subcode", 458);
        default -> error.put("message", "Invalid OAuth access token - Cannot parse access token");
      }
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    Json.ok(response, body);
  }

  /** {@code GET /me/permissions}: granted and declined permissions of the caller's grant. */
  void permissions(IssuedToken token, ServerResponse response) {
    ArrayNode data = Json.array();
    Set<String> all = new LinkedHashSet<>(token.scopes());
    all.addAll(token.declined());
    all.stream()
        .sorted()
        .forEach(
            p ->
                data.addObject()
                    .put("permission", p)
                    .put("status", token.hasScope(p) ? "granted" : "declined"));
    ObjectNode body = Json.object();
    body.set("data", data);
    Json.ok(response, body);
  }

  /** {@code DELETE /me/permissions[/{permission}]}: revoke the app, or one permission. */
  void revoke(IssuedToken token, Optional<String> permission, ServerResponse response) {
    if (permission.isPresent()) {
      graph.tokens().dropScope(SimulatedNetwork.FACEBOOK, token.subject(), permission.get());
    } else {
      graph.tokens().revokeSubject(SimulatedNetwork.FACEBOOK, token.subject(), token.clientId());
    }
    Json.ok(response, Json.object().put("success", true));
  }

  private String appToken() {
    return graph.client().clientId() + "|" + graph.client().clientSecret();
  }
}
