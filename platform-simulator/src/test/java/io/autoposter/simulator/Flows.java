package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.util.Map;

/** The OAuth dances the publishing tests start with (auto-approval on). */
final class Flows {
  static final String REDIRECT = "http://127.0.0.1:9/oauth/callback";
  static final String FACEBOOK_SCOPES =
      "pages_show_list,pages_read_engagement,pages_manage_posts,pages_manage_engagement,"
          + "read_insights,instagram_basic,instagram_content_publish,instagram_manage_comments,"
          + "instagram_manage_insights,business_management";
  static final String LINKEDIN_SCOPES =
      "openid profile email w_member_social w_organization_social r_organization_social"
          + " rw_organization_admin";
  static final String X_SCOPES = "tweet.read tweet.write users.read media.write offline.access";
  static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-extra-entropy";

  private Flows() {}

  /** A long-lived Facebook user token. */
  static String facebookUser(PlatformSimulator sim, SimClient client, String scopes) {
    ClientCredentials app = sim.client(SimulatedNetwork.FACEBOOK);
    SimClient.Answer dialog =
        client.get(
            SimClient.query(
                "/v21.0/dialog/oauth",
                Map.of(
                    "client_id",
                    app.clientId(),
                    "redirect_uri",
                    REDIRECT,
                    "state",
                    "st1",
                    "scope",
                    scopes)));
    assertThat(dialog.status()).isEqualTo(302);
    String code = dialog.redirectQuery().get("code");
    JsonNode shortLived =
        client
            .get(
                SimClient.query(
                    "/v21.0/oauth/access_token",
                    Map.of(
                        "client_id",
                        app.clientId(),
                        "client_secret",
                        app.clientSecret(),
                        "redirect_uri",
                        REDIRECT,
                        "code",
                        code)))
            .json();
    return client
        .get(
            SimClient.query(
                "/v21.0/oauth/access_token",
                Map.of(
                    "grant_type",
                    "fb_exchange_token",
                    "client_id",
                    app.clientId(),
                    "client_secret",
                    app.clientSecret(),
                    "fb_exchange_token",
                    shortLived.path("access_token").asText())))
        .json()
        .path("access_token")
        .asText();
  }

  /** The page token of a seeded page, via {@code /me/accounts}. */
  static String pageToken(SimClient client, String userToken, String pageId) {
    for (JsonNode page :
        client.get("/v21.0/me/accounts?access_token=" + userToken).json().path("data")) {
      if (page.path("id").asText().equals(pageId)) {
        return page.path("access_token").asText();
      }
    }
    throw new AssertionError("page " + pageId + " not in /me/accounts");
  }

  static JsonNode linkedInTokens(PlatformSimulator sim, SimClient client) {
    ClientCredentials app = sim.client(SimulatedNetwork.LINKEDIN);
    SimClient.Answer authorize =
        client.get(
            SimClient.query(
                "/oauth/v2/authorization",
                Map.of(
                    "response_type",
                    "code",
                    "client_id",
                    app.clientId(),
                    "redirect_uri",
                    REDIRECT,
                    "state",
                    "li",
                    "scope",
                    LINKEDIN_SCOPES)));
    assertThat(authorize.status()).isEqualTo(302);
    return client
        .postForm(
            "/oauth/v2/accessToken",
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                authorize.redirectQuery().get("code"),
                "client_id",
                app.clientId(),
                "client_secret",
                app.clientSecret(),
                "redirect_uri",
                REDIRECT))
        .json();
  }

  /** The code X redirects back with, for the standard verifier. */
  static String xCode(PlatformSimulator sim, SimClient client, String scopes) {
    SimClient.Answer authorize =
        client.get(
            SimClient.query(
                "/i/oauth2/authorize",
                Map.of(
                    "response_type",
                    "code",
                    "client_id",
                    sim.client(SimulatedNetwork.X).clientId(),
                    "redirect_uri",
                    REDIRECT,
                    "scope",
                    scopes,
                    "state",
                    "xs",
                    "code_challenge",
                    io.autoposter.simulator.XPkce.s256(VERIFIER),
                    "code_challenge_method",
                    "S256")));
    assertThat(authorize.status()).isEqualTo(302);
    return authorize.redirectQuery().get("code");
  }

  static SimClient.Answer xToken(
      PlatformSimulator sim, SimClient client, Map<String, String> form) {
    ClientCredentials app = sim.client(SimulatedNetwork.X);
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString((app.clientId() + ":" + app.clientSecret()).getBytes());
    return client.postForm("/2/oauth2/token", form, "Authorization", "Basic " + basic);
  }

  static JsonNode xTokens(PlatformSimulator sim, SimClient client) {
    String code = xCode(sim, client, X_SCOPES);
    return xToken(
            sim,
            client,
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                REDIRECT,
                "code_verifier",
                VERIFIER))
        .json();
  }

  static final String LINKEDIN_VERSION = "202501";

  /** The headers LinkedIn's REST API requires, with the access token of {@code tokens}. */
  static String[] linkedInHeaders(JsonNode tokens) {
    return new String[] {
      "Authorization",
      "Bearer " + tokens.path("access_token").asText(),
      "LinkedIn-Version",
      LINKEDIN_VERSION,
      "X-Restli-Protocol-Version",
      "2.0.0"
    };
  }

  /** A public organization post as LinkedIn's documentation shapes it. */
  static Map<String, Object> linkedInPost(String author, String commentary) {
    return Map.of(
        "author",
        author,
        "commentary",
        commentary,
        "visibility",
        "PUBLIC",
        "distribution",
        Map.of(
            "feedDistribution",
            "MAIN_FEED",
            "targetEntities",
            java.util.List.of(),
            "thirdPartyDistributionChannels",
            java.util.List.of()),
        "lifecycleState",
        "PUBLISHED",
        "isReshareDisabledByAuthor",
        false);
  }
}
