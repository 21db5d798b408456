package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkedInOAuthTest {
  private PlatformSimulator sim;
  private SimClient client;
  private JsonNode tokens;
  private String org;

  @BeforeEach
  void start() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
    client = new SimClient(sim);
    tokens = Flows.linkedInTokens(sim, client);
    org = sim.seed().organizations().getFirst().urn();
  }

  @AfterEach
  void stop() {
    sim.stop();
  }

  @Test
  void codeExchangeGivesSixtyDayAccessAndYearBoundRefresh() {
    assertThat(tokens.path("expires_in").asLong()).isEqualTo(Duration.ofDays(60).toSeconds());
    assertThat(tokens.path("refresh_token_expires_in").asLong())
        .isBetween(Duration.ofDays(364).toSeconds(), Duration.ofDays(365).toSeconds());
    assertThat(tokens.path("scope").asText()).contains("w_organization_social");
  }

  @Test
  void refreshKeepsTheFirstConsentBound() {
    ClientCredentials app = sim.client(SimulatedNetwork.LINKEDIN);
    String refresh = tokens.path("refresh_token").asText();
    sim.tokens()
        .shorten(
            SimulatedNetwork.LINKEDIN,
            sim.seed().linkedInMember().id(),
            io.autoposter.simulator.state.IssuedToken.Kind.REFRESH,
            Duration.ofDays(10));
    JsonNode refreshed =
        client
            .postForm(
                "/oauth/v2/accessToken",
                Map.of(
                    "grant_type",
                    "refresh_token",
                    "refresh_token",
                    refresh,
                    "client_id",
                    app.clientId(),
                    "client_secret",
                    app.clientSecret()))
            .json();
    assertThat(refreshed.path("access_token").asText())
        .isNotEqualTo(tokens.path("access_token").asText());
    assertThat(refreshed.path("refresh_token").asText()).isEqualTo(refresh);
    assertThat(refreshed.path("refresh_token_expires_in").asLong())
        .isLessThanOrEqualTo(Duration.ofDays(10).toSeconds());

    // A second consent by the same member does not move the 365-day end either.
    JsonNode again = Flows.linkedInTokens(sim, client);
    assertThat(again.path("refresh_token_expires_in").asLong())
        .isGreaterThan(Duration.ofDays(364).toSeconds());
  }

  @Test
  void expiredRefreshTokenIsRefused() {
    ClientCredentials app = sim.client(SimulatedNetwork.LINKEDIN);
    sim.tokens().shorten(SimulatedNetwork.LINKEDIN, null, null, Duration.ZERO);
    SimClient.Answer answer =
        client.postForm(
            "/oauth/v2/accessToken",
            Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                tokens.path("refresh_token").asText(),
                "client_id",
                app.clientId(),
                "client_secret",
                app.clientSecret()));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("error").asText()).isEqualTo("invalid_request");
  }

  @Test
  void expiredAndRevokedTokensAnswer401WithServiceCodes() {
    sim.tokens().expire(SimulatedNetwork.LINKEDIN, null);
    SimClient.Answer expired =
        client.postJson("/rest/posts", Flows.linkedInPost(org, "x"), Flows.linkedInHeaders(tokens));
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().path("serviceErrorCode").asInt()).isEqualTo(65601);
    sim.tokens().revoke(SimulatedNetwork.LINKEDIN, sim.seed().linkedInMember().id());
    assertThat(
            client
                .postJson(
                    "/rest/posts", Flows.linkedInPost(org, "x"), Flows.linkedInHeaders(tokens))
                .json()
                .path("serviceErrorCode")
                .asInt())
        .isEqualTo(65602);
    SimClient.Answer bogus =
        client.postJson(
            "/rest/posts",
            Flows.linkedInPost(org, "x"),
            "Authorization",
            "Bearer nope",
            "LinkedIn-Version",
            Flows.LINKEDIN_VERSION,
            "X-Restli-Protocol-Version",
            "2.0.0");
    assertThat(bogus.json().path("serviceErrorCode").asInt()).isEqualTo(65600);
    assertThat(bogus.json().path("status").asInt()).isEqualTo(401);
  }

  @Test
  void wrongRedirectAndReusedCodeAreRefused() {
    ClientCredentials app = sim.client(SimulatedNetwork.LINKEDIN);
    String code =
        client
            .get(
                SimClient.query(
                    "/oauth/v2/authorization",
                    Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        app.clientId(),
                        "redirect_uri",
                        Flows.REDIRECT,
                        "state",
                        "s",
                        "scope",
                        "openid")))
            .redirectQuery()
            .get("code");
    Map<String, String> form =
        Map.of(
            "grant_type",
            "authorization_code",
            "code",
            code,
            "client_id",
            app.clientId(),
            "client_secret",
            app.clientSecret(),
            "redirect_uri",
            Flows.REDIRECT + "x");
    assertThat(client.postForm("/oauth/v2/accessToken", form).status()).isEqualTo(400);
    Map<String, String> right = new java.util.HashMap<>(form);
    right.put("redirect_uri", Flows.REDIRECT);
    assertThat(client.postForm("/oauth/v2/accessToken", right).json().path("error").asText())
        .isEqualTo("invalid_grant");
  }
}
