package io.autoposter.simulator.linkedin;

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
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code /oauth/v2}: authorization, accessToken (code and refresh), revoke, introspectToken. */
final class LinkedInOAuth implements HttpService {
  static final Duration ACCESS_LIFETIME = Duration.ofDays(60);
  static final Duration REFRESH_BOUND = Duration.ofDays(365);
  private static final String BAD_GRANT =
      "The provided authorization grant or refresh token is invalid, expired or revoked.";

  private final LinkedInContext linkedIn;

  LinkedInOAuth(LinkedInContext linkedIn) {
    this.linkedIn = linkedIn;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/authorization", this::authorize)
        .post("/accessToken", this::accessToken)
        .post("/revoke", this::revoke)
        .post("/introspectToken", this::introspect);
  }

  private void authorize(ServerRequest request, ServerResponse response) {
    Params params = Params.of(request);
    if (!params.getOr("client_id", "").equals(linkedIn.client().clientId())) {
      Html.send(response, 400, "LinkedIn", "<h1>Invalid client_id</h1>");
      return;
    }
    String redirect = params.getOr("redirect_uri", "");
    if (redirect.isEmpty() || !linkedIn.client().accepts(redirect)) {
      Html.send(
          response,
          400,
          "LinkedIn",
          "<h1>The redirect_uri does not match the registered" + " value</h1>");
      return;
    }
    List<String> scopes =
        Arrays.stream(params.getOr("scope", "").split("[\\s,]+"))
            .filter(s -> !s.isBlank())
            .distinct()
            .toList();
    linkedIn
        .consents()
        .ask(
            new ConsentRequest(
                SimulatedNetwork.LINKEDIN,
                "LinkedIn",
                linkedIn.client().clientId(),
                redirect,
                params.get("state"),
                linkedIn.seed().linkedInMember().id(),
                linkedIn.seed().linkedInMember().givenName()
                    + " "
                    + linkedIn.seed().linkedInMember().familyName(),
                scopes,
                Optional.empty(),
                "",
                Map.of(
                    "error",
                    "user_cancelled_authorize",
                    "error_description",
                    "The user cancelled the authorization")),
            response);
  }

  private void accessToken(ServerRequest request, ServerResponse response) {
    Params params = Params.of(request);
    if (!clientAuthenticated(params)) {
      LinkedInErrors.oauth(response, 401, "invalid_client", "Client authentication failed");
      return;
    }
    if (linkedIn.gate().refuse(SimulatedNetwork.LINKEDIN, null, response, LinkedInContext.ERRORS)) {
      return;
    }
    switch (params.getOr("grant_type", "")) {
      case "authorization_code" -> redeem(params, response);
      case "refresh_token" -> refresh(params, response);
      default ->
          LinkedInErrors.oauth(response, 400, "unsupported_grant_type", "Unsupported grant_type");
    }
  }

  private void redeem(Params params, ServerResponse response) {
    Redemption redemption = linkedIn.codes().redeem(params.get("code").orElse(null));
    if (!(redemption instanceof Redemption.Redeemed redeemed)) {
      LinkedInErrors.oauth(response, 400, "invalid_grant", BAD_GRANT);
      return;
    }
    AuthorizationCode code = redeemed.code();
    if (code.network() != SimulatedNetwork.LINKEDIN
        || !code.redirectUri().equals(params.getOr("redirect_uri", ""))) {
      LinkedInErrors.oauth(
          response,
          400,
          "invalid_request",
          "Unable to retrieve access token:"
              + " appid/redirect uri/code verifier does not match authorization code. Or authorization"
              + " code expired. Or external member binding exists");
      return;
    }
    IssuedToken access = access(code.subject(), code.scopes());
    IssuedToken refresh =
        linkedIn
            .tokens()
            .issueUntil(
                SimulatedNetwork.LINKEDIN,
                IssuedToken.Kind.REFRESH,
                code.clientId(),
                code.subject(),
                code.scopes(),
                access.firstConsent().plus(REFRESH_BOUND));
    send(response, access, refresh);
  }

  private void refresh(Params params, ServerResponse response) {
    TokenCheck check =
        linkedIn
            .tokens()
            .check(
                params.get("refresh_token").orElse(null),
                SimulatedNetwork.LINKEDIN,
                IssuedToken.Kind.REFRESH);
    if (!(check instanceof TokenCheck.Valid valid)) {
      LinkedInErrors.oauth(response, 400, "invalid_request", BAD_GRANT);
      return;
    }
    IssuedToken refresh = valid.token();
    // The refresh token stays the same and keeps its end date: 365 days after first consent.
    send(response, access(refresh.subject(), refresh.scopes()), refresh);
  }

  private IssuedToken access(String subject, Set<String> scopes) {
    return linkedIn
        .tokens()
        .issue(
            SimulatedNetwork.LINKEDIN,
            IssuedToken.Kind.ACCESS,
            linkedIn.client().clientId(),
            subject,
            Optional.empty(),
            scopes,
            Set.of(),
            ACCESS_LIFETIME);
  }

  private void send(ServerResponse response, IssuedToken access, IssuedToken refresh) {
    Instant now = linkedIn.tokens().now();
    ObjectNode body = Json.object().put("access_token", access.value());
    body.put("expires_in", access.secondsLeft(now).orElse(0L));
    body.put("refresh_token", refresh.value());
    body.put("refresh_token_expires_in", refresh.secondsLeft(now).orElse(0L));
    body.put("scope", String.join(",", new TreeSet<>(access.scopes())));
    body.put("token_type", "Bearer");
    Json.ok(response, body);
  }

  private void revoke(ServerRequest request, ServerResponse response) {
    Params params = Params.of(request);
    if (!clientAuthenticated(params)) {
      LinkedInErrors.oauth(response, 401, "invalid_client", "Client authentication failed");
      return;
    }
    params.get("token").ifPresent(linkedIn.tokens()::revokeValue);
    response.status(200).send();
  }

  private void introspect(ServerRequest request, ServerResponse response) {
    Params params = Params.of(request);
    if (!clientAuthenticated(params)) {
      LinkedInErrors.oauth(response, 401, "invalid_client", "Client authentication failed");
      return;
    }
    Optional<IssuedToken> token =
        params
            .get("token")
            .flatMap(linkedIn.tokens()::find)
            .filter(t -> t.network() == SimulatedNetwork.LINKEDIN);
    if (token.isEmpty()) {
      Json.ok(response, Json.object().put("active", false));
      return;
    }
    IssuedToken t = token.get();
    Instant now = linkedIn.tokens().now();
    String status =
        t.state() != IssuedToken.State.ACTIVE ? "revoked" : t.expiredAt(now) ? "expired" : "active";
    ObjectNode body = Json.object().put("active", status.equals("active"));
    body.put("client_id", t.clientId()).put("authorized_at", t.firstConsent().getEpochSecond());
    body.put("created_at", t.issuedAt().getEpochSecond()).put("status", status);
    t.expiresAt().ifPresent(at -> body.put("expires_at", at.getEpochSecond()));
    body.put("scope", String.join(",", new TreeSet<>(t.scopes()))).put("auth_type", "3L");
    Json.ok(response, body);
  }

  private boolean clientAuthenticated(Params params) {
    return params.getOr("client_id", "").equals(linkedIn.client().clientId())
        && params.getOr("client_secret", "").equals(linkedIn.client().clientSecret());
  }
}
