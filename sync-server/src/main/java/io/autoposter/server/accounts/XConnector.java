package io.autoposter.server.accounts;

import io.autoposter.model.Network;
import io.autoposter.server.vault.SecretToken;
import io.autoposter.server.vault.TokenKind;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** X: OAuth 2 with PKCE, a confidential client (HTTP Basic), rotating refresh tokens. */
final class XConnector implements Connector {
  static final String SCOPES = "tweet.read tweet.write users.read offline.access media.write";

  private final PlatformSettings.App app;
  private final PlatformHttp http;

  XConnector(PlatformSettings.App app, PlatformHttp http) {
    this.app = app;
    this.http = http;
  }

  @Override
  public Network network() {
    return Network.X;
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
    q.put("scope", SCOPES);
    q.put("state", state);
    q.put("code_challenge", codeChallenge);
    q.put("code_challenge_method", "S256");
    return URI.create(app.authUrl() + "/i/oauth2/authorize?" + Connector.query(q));
  }

  @Override
  public Discovery exchange(String code, String codeVerifier, String redirectUri, Instant now) {
    PlatformHttp.Answer token =
        http.postForm(
            app.apiUrl() + "/2/oauth2/token",
            Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri,
                "code_verifier", codeVerifier,
                "client_id", app.clientId()),
            null,
            basic());
    if (!token.ok()) {
      throw new PlatformException("X did not accept the sign-in: " + reason(token));
    }
    SecretToken access = new SecretToken(token.text("access_token"));
    Instant expires = Connector.after(now, token.body().path("expires_in").asLong());
    PlatformHttp.Answer me = http.get(app.apiUrl() + "/2/users/me", access.value());
    if (!me.ok()) {
      throw new PlatformException("X did not tell who signed in: " + reason(me));
    }
    String id = me.body().path("data").path("id").asText();
    String username = me.body().path("data").path("username").asText(id);
    List<Discovery.FoundToken> tokens =
        List.of(
            new Discovery.FoundToken(TokenKind.ACCESS, access, expires),
            new Discovery.FoundToken(
                TokenKind.REFRESH, new SecretToken(token.text("refresh_token")), null));
    return new Discovery(
        List.of(
            new Discovery.Found(Network.X, id, "@" + username, tokens, expires, null, null, null)));
  }

  @Override
  public void revoke(StoredTokens tokens) {
    for (SecretToken token : new SecretToken[] {tokens.refresh(), tokens.access()}) {
      if (token == null) {
        continue;
      }
      PlatformHttp.Answer answer =
          http.postForm(
              app.apiUrl() + "/2/oauth2/revoke",
              Map.of("token", token.value(), "client_id", app.clientId()),
              null,
              basic());
      if (!answer.ok()) {
        throw new PlatformException("X did not revoke the token: " + reason(answer));
      }
    }
  }

  /** Rotates: the answer's refresh token replaces the spent one, stored in the caller's tx. */
  @Override
  public Checked check(Network accountNetwork, StoredTokens tokens, Instant now) {
    if (tokens.refresh() == null) {
      throw new PlatformException("X gave no refresh token: reconnect the X account.", true);
    }
    PlatformHttp.Answer answer =
        http.postForm(
            app.apiUrl() + "/2/oauth2/token",
            Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                tokens.refresh().value(),
                "client_id",
                app.clientId()),
            null,
            basic());
    if (!answer.ok()) {
      throw new PlatformException(
          "X refused to refresh the token (" + reason(answer) + ")", answer.status() / 100 == 4);
    }
    Instant expires = Connector.after(now, answer.body().path("expires_in").asLong());
    return new Checked(
        List.of(
            new Discovery.FoundToken(
                TokenKind.ACCESS, new SecretToken(answer.text("access_token")), expires),
            new Discovery.FoundToken(
                TokenKind.REFRESH, new SecretToken(answer.text("refresh_token")), null)),
        expires,
        null,
        null,
        null);
  }

  private PlatformHttp.App basic() {
    return new PlatformHttp.App(app.clientId(), app.clientSecret());
  }

  private static String reason(PlatformHttp.Answer answer) {
    String detail = answer.text("error_description");
    if (detail.isEmpty()) {
      detail = answer.text("detail");
    }
    if (detail.isEmpty()) {
      detail = answer.text("error");
    }
    return "HTTP " + answer.status() + (detail.isEmpty() ? "" : ": " + detail);
  }
}
