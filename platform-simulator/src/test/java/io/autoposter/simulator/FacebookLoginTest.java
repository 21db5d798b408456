package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacebookLoginTest {
  private PlatformSimulator sim;
  private SimClient client;
  private ClientCredentials app;

  @BeforeEach
  void start() {
    sim = PlatformSimulator.start(0);
    client = new SimClient(sim);
    app = sim.client(SimulatedNetwork.FACEBOOK);
  }

  @AfterEach
  void stop() {
    sim.stop();
  }

  private SimClient.Answer dialog(String redirect) {
    return client.get(
        SimClient.query(
            "/v21.0/dialog/oauth",
            Map.of(
                "client_id",
                app.clientId(),
                "redirect_uri",
                redirect,
                "state",
                "s-42",
                "scope",
                Flows.FACEBOOK_SCOPES)));
  }

  private SimClient.Answer exchange(String code, String redirect) {
    return client.get(
        SimClient.query(
            "/v21.0/oauth/access_token",
            Map.of(
                "client_id",
                app.clientId(),
                "client_secret",
                app.clientSecret(),
                "redirect_uri",
                redirect,
                "code",
                code)));
  }

  /** Renders the consent page and presses Allow. */
  private Map<String, String> consent() {
    SimClient.Answer page = dialog(Flows.REDIRECT);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Allow").contains("instagram_content_publish");
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
    assertThat(action.find()).isTrue();
    SimClient.Answer allowed = client.postForm(action.group(1), Map.of("decision", "allow"));
    assertThat(allowed.status()).isEqualTo(303);
    assertThat(allowed.header("Location")).startsWith(Flows.REDIRECT + "?");
    return allowed.redirectQuery();
  }

  @Test
  void consentPageLeadsToTokensPagesAndInstagramAccount() {
    Map<String, String> redirect = consent();
    assertThat(redirect).containsEntry("state", "s-42").containsKey("code");

    JsonNode shortLived = exchange(redirect.get("code"), Flows.REDIRECT).json();
    assertThat(shortLived.path("token_type").asText()).isEqualTo("bearer");
    assertThat(shortLived.path("expires_in").asLong()).isBetween(3_000L, 7_200L);

    JsonNode longLived =
        client
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
            .json();
    assertThat(longLived.path("expires_in").asLong()).isGreaterThan(59L * 86_400);
    String user = longLived.path("access_token").asText();

    JsonNode pages = client.get("/v21.0/me/accounts", "Authorization", "Bearer " + user).json();
    assertThat(pages.path("data")).hasSize(2);
    String pageId = sim.seed().pages().getFirst().id();
    JsonNode first = pages.path("data").get(0);
    assertThat(first.path("id").asText()).isEqualTo(pageId);
    assertThat(first.path("access_token").asText()).isNotBlank();

    JsonNode page =
        client
            .get("/v21.0/" + pageId + "?fields=instagram_business_account&access_token=" + user)
            .json();
    assertThat(page.path("instagram_business_account").path("id").asText())
        .isEqualTo(sim.seed().instagramAccount().id());
    JsonNode other =
        client
            .get(
                "/v21.0/"
                    + sim.seed().pages().get(1).id()
                    + "?fields=instagram_business_account&access_token="
                    + user)
            .json();
    assertThat(other.has("instagram_business_account")).isFalse();

    JsonNode debug =
        client
            .get(
                SimClient.query(
                    "/v21.0/debug_token",
                    Map.of(
                        "input_token",
                        first.path("access_token").asText(),
                        "access_token",
                        app.clientId() + "|" + app.clientSecret())))
            .json()
            .path("data");
    assertThat(debug.path("is_valid").asBoolean()).isTrue();
    assertThat(debug.path("type").asText()).isEqualTo("PAGE");
    assertThat(debug.path("expires_at").asLong()).isZero();
    assertThat(debug.path("scopes").toString()).contains("instagram_content_publish");
  }

  @Test
  void denyRedirectsWithTheErrorAndState() {
    SimClient.Answer page = dialog(Flows.REDIRECT);
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
    assertThat(action.find()).isTrue();
    Map<String, String> back =
        client.postForm(action.group(1), Map.of("decision", "deny")).redirectQuery();
    assertThat(back)
        .containsEntry("error", "access_denied")
        .containsEntry("error_reason", "user_denied")
        .containsEntry("state", "s-42")
        .doesNotContainKey("code");
  }

  @Test
  void untickedPermissionIsDeclined() {
    SimClient.Answer page = dialog(Flows.REDIRECT);
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
    assertThat(action.find()).isTrue();
    String code =
        client
            .postForm(
                action.group(1),
                Map.of("decision", "allow", "choose", "1", "grant_pages_show_list", "on"))
            .redirectQuery()
            .get("code");
    String token = exchange(code, Flows.REDIRECT).json().path("access_token").asText();
    JsonNode permissions =
        client.get("/v21.0/me/permissions?access_token=" + token).json().path("data");
    assertThat(permissions.toString())
        .contains("{\"permission\":\"pages_show_list\",\"status\":\"granted\"}")
        .contains("{\"permission\":\"instagram_content_publish\",\"status\":\"declined\"}");
  }

  @Test
  void wrongRedirectUriAtExchangeIsRefused() {
    sim.conditions().autoApprove(true);
    String code = dialog(Flows.REDIRECT).redirectQuery().get("code");
    JsonNode error = exchange(code, Flows.REDIRECT + "/other").json().path("error");
    assertThat(error.path("code").asInt()).isEqualTo(100);
    assertThat(error.path("error_subcode").asInt()).isEqualTo(36008);
    assertThat(error.path("type").asText()).isEqualTo("OAuthException");
    assertThat(error.path("fbtrace_id").asText()).isNotBlank();
  }

  @Test
  void codeWorksOnce() {
    sim.conditions().autoApprove(true);
    String code = dialog(Flows.REDIRECT).redirectQuery().get("code");
    assertThat(exchange(code, Flows.REDIRECT).status()).isEqualTo(200);
    SimClient.Answer again = exchange(code, Flows.REDIRECT);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().path("error").path("error_subcode").asInt()).isEqualTo(36009);
  }

  @Test
  void wrongSecretIsRefused() {
    sim.conditions().autoApprove(true);
    String code = dialog(Flows.REDIRECT).redirectQuery().get("code");
    SimClient.Answer answer =
        client.get(
            SimClient.query(
                "/v21.0/oauth/access_token",
                Map.of(
                    "client_id",
                    app.clientId(),
                    "client_secret",
                    "nope",
                    "redirect_uri",
                    Flows.REDIRECT,
                    "code",
                    code)));
    assertThat(answer.json().path("error").path("message").asText())
        .isEqualTo("Error validating client secret.");
  }

  @Test
  void unknownClientGetsAnErrorPageNotARedirect() {
    SimClient.Answer answer =
        client.get("/v21.0/dialog/oauth?client_id=999&redirect_uri=" + Flows.REDIRECT);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("Invalid App ID");
  }

  @Test
  void revokingTheAppInvalidatesUserAndPageTokens() {
    sim.conditions().autoApprove(true);
    String user = Flows.facebookUser(sim, client, Flows.FACEBOOK_SCOPES);
    String page = Flows.pageToken(client, user, sim.seed().pages().getFirst().id());
    assertThat(
            client
                .delete("/v21.0/me/permissions?access_token=" + user)
                .json()
                .path("success")
                .asBoolean())
        .isTrue();
    for (String token : new String[] {user, page}) {
      JsonNode error = client.get("/v21.0/me?access_token=" + token).json().path("error");
      assertThat(error.path("code").asInt()).isEqualTo(190);
      assertThat(error.path("error_subcode").asInt()).isEqualTo(458);
    }
  }

  @Test
  void withheldPermissionShowsAsDeclined() {
    sim.conditions().autoApprove(true);
    sim.conditions().withhold(SimulatedNetwork.FACEBOOK, "instagram_content_publish");
    String user = Flows.facebookUser(sim, client, Flows.FACEBOOK_SCOPES);
    JsonNode permissions = client.get("/v21.0/me/permissions?access_token=" + user).json();
    assertThat(permissions.toString())
        .contains("{\"permission\":\"instagram_content_publish\",\"status\":\"declined\"}");
  }
}
