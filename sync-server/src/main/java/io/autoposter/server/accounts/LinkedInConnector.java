package io.autoposter.server.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.model.Network;
import io.autoposter.server.vault.SecretToken;
import io.autoposter.server.vault.TokenKind;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LinkedIn: 3-legged OAuth (Community Management API), the organizations the member administers,
 * 60-day access tokens refreshed with a refresh token that ends 365 days after the first consent.
 */
final class LinkedInConnector implements Connector {
  /** Posting as an organization and reading which organizations the member administers. */
  static final String SCOPES = "openid profile w_organization_social r_organization_admin";

  private final PlatformSettings.App app;
  private final PlatformHttp http;

  LinkedInConnector(PlatformSettings.App app, PlatformHttp http) {
    this.app = app;
    this.http = http;
  }

  @Override
  public Network network() {
    return Network.LINKEDIN;
  }

  @Override
  public PlatformSettings.App app() {
    return app;
  }

  @Override
  public URI authorizeUrl(String state, String codeChallenge, String redirectUri) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("response_type", "code");
    q.put("client_id", app.clientId());
    q.put("redirect_uri", redirectUri);
    q.put("state", state);
    q.put("scope", SCOPES);
    q.put("code_challenge", codeChallenge);
    q.put("code_challenge_method", "S256");
    return URI.create(app.authUrl() + "/oauth/v2/authorization?" + Connector.query(q));
  }

  @Override
  public Discovery exchange(String code, String codeVerifier, String redirectUri, Instant now) {
    PlatformHttp.Answer token =
        token(
            Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri,
                "code_verifier", codeVerifier));
    if (!token.ok()) {
      throw new PlatformException("LinkedIn did not accept the sign-in: " + reason(token));
    }
    Tokens t = tokens(token, now);
    PlatformHttp.Answer acls =
        http.get(
            app.apiUrl()
                + "/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED",
            t.access.token().value());
    if (!acls.ok()) {
      throw new PlatformException(
          "LinkedIn did not list the organizations you administer: " + reason(acls));
    }
    List<Discovery.Found> found = new ArrayList<>();
    for (JsonNode acl : acls.body().path("elements")) {
      String urn = acl.path("organization").asText();
      String id = urn.substring(urn.lastIndexOf(':') + 1);
      PlatformHttp.Answer org =
          http.get(app.apiUrl() + "/rest/organizations/" + id, t.access.token().value());
      String name = org.ok() ? org.text("localizedName") : urn;
      found.add(
          new Discovery.Found(
              Network.LINKEDIN,
              urn,
              name.isEmpty() ? urn : name,
              List.of(t.access, t.refresh),
              t.access.expiresAt(),
              t.refresh.expiresAt(),
              null,
              null));
    }
    return new Discovery(found);
  }

  @Override
  public void revoke(StoredTokens tokens) {
    SecretToken token = tokens.access() != null ? tokens.access() : tokens.refresh();
    if (token == null) {
      return;
    }
    PlatformHttp.Answer answer =
        http.postForm(
            app.authUrl() + "/oauth/v2/revoke",
            Map.of(
                "token", token.value(),
                "client_id", app.clientId(),
                "client_secret", app.clientSecret()),
            null,
            null);
    if (!answer.ok()) {
      throw new PlatformException("LinkedIn did not revoke the token: " + reason(answer));
    }
  }

  /** A new access token; the refresh token (and its 365-day end) stays the same. */
  @Override
  public Checked check(Network accountNetwork, StoredTokens tokens, Instant now) {
    if (tokens.refresh() == null) {
      throw new PlatformException("LinkedIn gave no refresh token: reconnect the page.", true);
    }
    PlatformHttp.Answer answer =
        token(Map.of("grant_type", "refresh_token", "refresh_token", tokens.refresh().value()));
    if (!answer.ok()) {
      throw new PlatformException(
          "LinkedIn refused to refresh the token (" + reason(answer) + ")",
          answer.status() / 100 == 4);
    }
    Tokens t = tokens(answer, now);
    return new Checked(
        List.of(t.access, t.refresh), t.access.expiresAt(), t.refresh.expiresAt(), null, null);
  }

  private record Tokens(Discovery.FoundToken access, Discovery.FoundToken refresh) {}

  private static Tokens tokens(PlatformHttp.Answer answer, Instant now) {
    return new Tokens(
        new Discovery.FoundToken(
            TokenKind.ACCESS,
            new SecretToken(answer.text("access_token")),
            Connector.after(now, answer.body().path("expires_in").asLong())),
        new Discovery.FoundToken(
            TokenKind.REFRESH,
            new SecretToken(answer.text("refresh_token")),
            Connector.after(now, answer.body().path("refresh_token_expires_in").asLong())));
  }

  private PlatformHttp.Answer token(Map<String, String> grant) {
    Map<String, String> form = new LinkedHashMap<>(grant);
    form.put("client_id", app.clientId());
    form.put("client_secret", app.clientSecret());
    return http.postForm(app.authUrl() + "/oauth/v2/accessToken", form, null, null);
  }

  private static String reason(PlatformHttp.Answer answer) {
    String detail = answer.text("error_description");
    if (detail.isEmpty()) {
      detail = answer.text("message");
    }
    return "HTTP " + answer.status() + (detail.isEmpty() ? "" : ": " + detail);
  }
}
