package io.autoposter.server.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.model.Network;
import io.autoposter.server.vault.SecretToken;
import io.autoposter.server.vault.TokenKind;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facebook Login for Business: a code, a long-lived user token (about 60 days), the pages the
 * person manages with their page tokens (which do not expire) and each page's Instagram business
 * account. Instagram publishes with the page's token.
 */
final class FacebookConnector implements Connector {
  static final String VERSION = "/v21.0";

  /** Renew a long-lived user token this long before it ends (it lasts about 60 days). */
  static final Duration RENEW_WITHIN = Duration.ofDays(30);

  static final List<String> SCOPES =
      List.of(
          "pages_show_list",
          "pages_manage_posts",
          "pages_read_engagement",
          "instagram_basic",
          "instagram_content_publish",
          "business_management");

  private final PlatformSettings.App app;
  private final PlatformHttp http;

  FacebookConnector(PlatformSettings.App app, PlatformHttp http) {
    this.app = app;
    this.http = http;
  }

  @Override
  public Network network() {
    return Network.FACEBOOK;
  }

  @Override
  public PlatformSettings.App app() {
    return app;
  }

  @Override
  public URI authorizeUrl(String state, String codeChallenge, String redirectUri) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("client_id", app.clientId());
    q.put("redirect_uri", redirectUri);
    q.put("state", state);
    q.put("response_type", "code");
    q.put("scope", String.join(",", SCOPES));
    q.put("code_challenge", codeChallenge);
    q.put("code_challenge_method", "S256");
    return URI.create(app.authUrl() + VERSION + "/dialog/oauth?" + Connector.query(q));
  }

  @Override
  public Discovery exchange(String code, String codeVerifier, String redirectUri, Instant now) {
    PlatformHttp.Answer shortLived =
        token(Map.of("redirect_uri", redirectUri, "code", code, "code_verifier", codeVerifier));
    PlatformHttp.Answer longLived =
        token(
            Map.of(
                "grant_type",
                "fb_exchange_token",
                "fb_exchange_token",
                shortLived.text("access_token")));
    SecretToken user = new SecretToken(longLived.text("access_token"));
    Instant userExpires = Connector.after(now, longLived.body().path("expires_in").asLong());
    Set<String> granted = granted(user);
    PlatformHttp.Answer pages =
        graph("/me/accounts?fields=id,name,access_token,instagram_business_account", user);
    List<Discovery.Found> found = new ArrayList<>();
    for (JsonNode page : pages.body().path("data")) {
      SecretToken pageToken = new SecretToken(page.path("access_token").asText());
      List<Discovery.FoundToken> tokens =
          List.of(
              new Discovery.FoundToken(TokenKind.PAGE, pageToken, null),
              new Discovery.FoundToken(TokenKind.ACCESS, user, userExpires));
      String name = page.path("name").asText();
      found.add(
          found(Network.FACEBOOK, page.path("id").asText(), name, tokens, userExpires, granted));
      JsonNode instagram = page.path("instagram_business_account");
      if (instagram.hasNonNull("id")) {
        String igId = instagram.path("id").asText();
        PlatformHttp.Answer profile =
            http.get(
                app.apiUrl() + VERSION + "/" + igId + "?fields=id,username", pageToken.value());
        String username = profile.ok() ? profile.text("username") : "";
        found.add(
            found(
                Network.INSTAGRAM,
                igId,
                username.isEmpty() ? name + " (Instagram)" : "@" + username,
                tokens,
                userExpires,
                granted));
      }
    }
    return new Discovery(found);
  }

  @Override
  public void revoke(StoredTokens tokens) {
    SecretToken user = tokens.access() != null ? tokens.access() : tokens.page();
    if (user == null) {
      return;
    }
    PlatformHttp.Answer answer =
        http.delete(app.apiUrl() + VERSION + "/me/permissions", user.value());
    if (!answer.ok()) {
      throw failure("Facebook did not revoke the app", answer);
    }
  }

  /**
   * debug_token on the page token (and the user token): validity, expiry, granted scopes. A user
   * token with less than {@link #RENEW_WITHIN} left is exchanged for a new long-lived one while it
   * still works (Facebook renews a valid long-lived token this way; an expired one needs the person
   * to sign in again).
   */
  @Override
  public Checked check(Network accountNetwork, StoredTokens tokens, Instant now) {
    SecretToken page = tokens.page() != null ? tokens.page() : tokens.access();
    JsonNode pageData = debug(page);
    Instant reconnectBy = expiry(pageData);
    List<Discovery.FoundToken> renewed = new ArrayList<>();
    if (tokens.access() != null) {
      JsonNode userData = debug(tokens.access());
      Instant user = expiry(userData);
      if (user != null && user.isBefore(now.plus(RENEW_WITHIN))) {
        PlatformHttp.Answer longLived =
            token(
                Map.of(
                    "grant_type",
                    "fb_exchange_token",
                    "fb_exchange_token",
                    tokens.access().value()));
        user = Connector.after(now, longLived.body().path("expires_in").asLong());
        renewed.add(
            new Discovery.FoundToken(
                TokenKind.ACCESS, new SecretToken(longLived.text("access_token")), user));
      }
      reconnectBy = earliest(reconnectBy, user);
    }
    Set<String> scopes = new HashSet<>();
    pageData.path("scopes").forEach(s -> scopes.add(s.asText()));
    Problem problem = problem(accountNetwork, scopes);
    return new Checked(
        renewed,
        expiry(pageData),
        reconnectBy,
        problem == null ? null : problem.reason,
        problem == null ? null : problem.fix);
  }

  private JsonNode debug(SecretToken token) {
    PlatformHttp.Answer answer =
        http.get(
            app.apiUrl()
                + VERSION
                + "/debug_token?"
                + Connector.query(Map.of("input_token", token.value())),
            app.clientId() + "|" + app.clientSecret());
    if (!answer.ok()) {
      throw failure("Facebook did not check the token", answer);
    }
    JsonNode data = answer.body().path("data");
    if (!data.path("is_valid").asBoolean(false)) {
      JsonNode error = data.path("error");
      throw new PlatformException(
          "Facebook says the token no longer works (code %d%s): %s"
              .formatted(
                  error.path("code").asInt(190),
                  error.has("subcode") ? "/" + error.path("subcode").asInt() : "",
                  error.path("message").asText("invalid token")),
          true);
    }
    return data;
  }

  private record Problem(String reason, String fix) {}

  /** The curated message when a permission publishing needs was not granted. */
  static Problem problem(Network network, Set<String> granted) {
    List<String> needed =
        network == Network.INSTAGRAM
            ? List.of("instagram_basic", "instagram_content_publish")
            : List.of("pages_manage_posts", "pages_read_engagement");
    for (String permission : needed) {
      if (!granted.contains(permission)) {
        String where = network == Network.INSTAGRAM ? "Instagram account" : "Facebook Page";
        return new Problem(
            "Autoposter may not publish to this %s: grant '%s' when reconnecting"
                .formatted(where, permission),
            "Reconnect the Facebook Page");
      }
    }
    return null;
  }

  private static Discovery.Found found(
      Network network,
      String id,
      String name,
      List<Discovery.FoundToken> tokens,
      Instant userExpires,
      Set<String> granted) {
    Problem problem = problem(network, granted);
    return new Discovery.Found(
        network,
        id,
        name,
        tokens,
        null,
        userExpires,
        problem == null ? null : problem.reason,
        problem == null ? null : problem.fix);
  }

  private Set<String> granted(SecretToken user) {
    Set<String> granted = new HashSet<>();
    for (JsonNode p : graph("/me/permissions", user).body().path("data")) {
      if (p.path("status").asText().equals("granted")) {
        granted.add(p.path("permission").asText());
      }
    }
    return granted;
  }

  private PlatformHttp.Answer token(Map<String, String> grant) {
    Map<String, String> form = new LinkedHashMap<>(grant);
    form.put("client_id", app.clientId());
    form.put("client_secret", app.clientSecret());
    PlatformHttp.Answer answer =
        http.postForm(app.apiUrl() + VERSION + "/oauth/access_token", form, null, null);
    if (!answer.ok() || answer.text("access_token").isEmpty()) {
      throw failure("Facebook did not accept the sign-in", answer);
    }
    return answer;
  }

  private PlatformHttp.Answer graph(String path, SecretToken token) {
    PlatformHttp.Answer answer = http.get(app.apiUrl() + VERSION + path, token.value());
    if (!answer.ok()) {
      throw failure("Facebook did not answer " + path.replaceAll("\\?.*", ""), answer);
    }
    return answer;
  }

  private static PlatformException failure(String what, PlatformHttp.Answer answer) {
    JsonNode error = answer.body().path("error");
    int code = error.path("code").asInt(0);
    return new PlatformException(
        "%s (HTTP %d, code %d): %s"
            .formatted(what, answer.status(), code, error.path("message").asText("")),
        code == 190 || code == 102);
  }

  private static Instant expiry(JsonNode data) {
    long at = data.path("expires_at").asLong(0);
    return at > 0 ? Instant.ofEpochSecond(at) : null;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }
}
