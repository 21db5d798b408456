package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XOAuthTest {
  private PlatformSimulator sim;
  private SimClient client;

  @BeforeEach
  void start() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
    client = new SimClient(sim);
  }

  @AfterEach
  void stop() {
    sim.stop();
  }

  private static Map<String, String> codeGrant(String code, String verifier, String redirect) {
    return Map.of(
        "grant_type",
        "authorization_code",
        "code",
        code,
        "redirect_uri",
        redirect,
        "code_verifier",
        verifier);
  }

  private SimClient.Answer tweet(String token, Object body) {
    return client.postJson("/2/tweets", body, "Authorization", "Bearer " + token);
  }

  @Test
  void pkceFlowGivesTwoHourTokenAndUser() {
    JsonNode tokens = Flows.xTokens(sim, client);
    assertThat(tokens.path("expires_in").asLong()).isEqualTo(7_200);
    assertThat(tokens.path("refresh_token").asText()).isNotBlank();
    JsonNode me =
        client
            .get("/2/users/me", "Authorization", "Bearer " + tokens.path("access_token").asText())
            .json()
            .path("data");
    assertThat(me.path("id").asText()).isEqualTo(sim.seed().xUser().id());
    assertThat(me.path("username").asText()).isEqualTo("trattoriaroma");
  }

  @Test
  void wrongVerifierIsRefusedAndSpendsTheCode() {
    String code = Flows.xCode(sim, client, Flows.X_SCOPES);
    SimClient.Answer wrong =
        Flows.xToken(sim, client, codeGrant(code, Flows.VERIFIER + "x", Flows.REDIRECT));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().path("error").asText()).isEqualTo("invalid_request");
    assertThat(Flows.xToken(sim, client, codeGrant(code, Flows.VERIFIER, Flows.REDIRECT)).status())
        .isEqualTo(400);
  }

  @Test
  void wrongRedirectIsRefused() {
    String code = Flows.xCode(sim, client, Flows.X_SCOPES);
    assertThat(
            Flows.xToken(sim, client, codeGrant(code, Flows.VERIFIER, Flows.REDIRECT + "/x"))
                .status())
        .isEqualTo(400);
  }

  @Test
  void codeWorksOnce() {
    String code = Flows.xCode(sim, client, Flows.X_SCOPES);
    assertThat(Flows.xToken(sim, client, codeGrant(code, Flows.VERIFIER, Flows.REDIRECT)).status())
        .isEqualTo(200);
    assertThat(Flows.xToken(sim, client, codeGrant(code, Flows.VERIFIER, Flows.REDIRECT)).status())
        .isEqualTo(400);
  }

  @Test
  void authorizeWithoutChallengeIsAnErrorPage() {
    SimClient.Answer answer =
        client.get(
            SimClient.query(
                "/i/oauth2/authorize",
                Map.of(
                    "response_type",
                    "code",
                    "client_id",
                    sim.client(SimulatedNetwork.X).clientId(),
                    "redirect_uri",
                    Flows.REDIRECT,
                    "scope",
                    "tweet.read",
                    "state",
                    "s")));
    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void tokenEndpointNeedsClientAuthentication() {
    String code = Flows.xCode(sim, client, Flows.X_SCOPES);
    SimClient.Answer answer =
        client.postForm("/2/oauth2/token", codeGrant(code, Flows.VERIFIER, Flows.REDIRECT));
    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void refreshRotatesAndTheOldRefreshTokenIsRejected() {
    String first = Flows.xTokens(sim, client).path("refresh_token").asText();
    JsonNode second =
        Flows.xToken(sim, client, Map.of("grant_type", "refresh_token", "refresh_token", first))
            .json();
    String rotated = second.path("refresh_token").asText();
    assertThat(rotated).isNotBlank().isNotEqualTo(first);
    SimClient.Answer reuse =
        Flows.xToken(sim, client, Map.of("grant_type", "refresh_token", "refresh_token", first));
    assertThat(reuse.status()).isEqualTo(400);
    assertThat(reuse.json().path("error_description").asText()).contains("invalid");
    assertThat(
            Flows.xToken(
                    sim, client, Map.of("grant_type", "refresh_token", "refresh_token", rotated))
                .status())
        .isEqualTo(200);
  }

  @Test
  void revokedAccessTokenIs401() {
    String token = Flows.xTokens(sim, client).path("access_token").asText();
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (sim.client(SimulatedNetwork.X).clientId()
                        + ":"
                        + sim.client(SimulatedNetwork.X).clientSecret())
                    .getBytes());
    assertThat(
            client
                .postForm(
                    "/2/oauth2/revoke", Map.of("token", token), "Authorization", "Basic " + basic)
                .json()
                .path("revoked")
                .asBoolean())
        .isTrue();
    SimClient.Answer after = tweet(token, Map.of("text", "hello"));
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.json().path("title").asText()).isEqualTo("Unauthorized");
  }
}
