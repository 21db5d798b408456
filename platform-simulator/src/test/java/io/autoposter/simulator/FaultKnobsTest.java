package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.faults.FaultScope;
import io.autoposter.simulator.faults.Trigger;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultKnobsTest {
  private PlatformSimulator sim;
  private SimClient client;
  private String pageId;
  private String pageToken;
  private String xToken;

  @BeforeEach
  void start() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
    client = new SimClient(sim);
    String user = Flows.facebookUser(sim, client, Flows.FACEBOOK_SCOPES);
    pageId = sim.seed().pages().getFirst().id();
    pageToken = Flows.pageToken(client, user, pageId);
    xToken = Flows.xTokens(sim, client).path("access_token").asText();
  }

  @AfterEach
  void stop() {
    sim.stop();
  }

  private SimClient.Answer feed(String page, String token, String message) {
    return client.postForm(
        "/v21.0/" + page + "/feed", Map.of("message", message, "access_token", token));
  }

  private SimClient.Answer tweet(String text) {
    return client.postJson("/2/tweets", Map.of("text", text), "Authorization", "Bearer " + xToken);
  }

  @Test
  void latencyDelaysEveryMatchingRequest() {
    sim.faults().latency(FaultScope.of(SimulatedNetwork.X), Duration.ofMillis(400));
    long start = System.nanoTime();
    assertThat(tweet("slow").status()).isEqualTo(201);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(390));
  }

  @Test
  void nextServerErrorsUseGraphsShapeThenRecover() {
    sim.faults().serverErrors(FaultScope.of(SimulatedNetwork.FACEBOOK), 500, Trigger.next(2));
    for (int i = 0; i < 2; i++) {
      SimClient.Answer failed = feed(pageId, pageToken, "try " + i);
      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.json().path("error").path("is_transient").asBoolean()).isTrue();
    }
    assertThat(feed(pageId, pageToken, "third").status()).isEqualTo(200);
    assertThat(sim.published().count()).isEqualTo(1);
    assertThat(sim.faults().list()).isEmpty();
  }

  @Test
  void serverErrorRateAppliesToItsNetworkOnly() {
    sim.faults().serverErrors(FaultScope.of(SimulatedNetwork.X), 503, Trigger.rate(1.0));
    SimClient.Answer failed = tweet("x");
    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.json().path("title").asText()).isEqualTo("Service Unavailable");
    assertThat(feed(pageId, pageToken, "fine").status()).isEqualTo(200);
  }

  @Test
  void faultScopedToOneAccountSparesTheOther() {
    String otherPage = sim.seed().pages().get(1).id();
    String user = Flows.facebookUser(sim, client, Flows.FACEBOOK_SCOPES);
    String otherToken = Flows.pageToken(client, user, otherPage);
    sim.faults()
        .serverErrors(FaultScope.of(SimulatedNetwork.FACEBOOK, pageId), 502, Trigger.always());
    assertThat(feed(pageId, pageToken, "a").status()).isEqualTo(502);
    assertThat(feed(otherPage, otherToken, "b").status()).isEqualTo(200);
  }

  @Test
  void heldRequestTimesOutTheClientButStillPublishes() {
    sim.faults().hold(FaultScope.of(SimulatedNetwork.X), Duration.ofMillis(1_500), Trigger.next(1));
    assertThatThrownBy(
            () ->
                client.exchange(
                    client
                        .request(
                            "/2/tweets",
                            "Authorization",
                            "Bearer " + xToken,
                            "Content-Type",
                            "application/json")
                        .timeout(Duration.ofMillis(300))
                        .POST(
                            java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"text\":\"held\"}"))
                        .build()))
        .isInstanceOf(HttpTimeoutException.class);
    Await.until(Duration.ofSeconds(5), () -> sim.published().countWithText("held") == 1);
  }

  @Test
  void droppedResponseAfterCommitLeavesThePostAndADuplicateOnRetry() {
    sim.faults().dropAfterCommit(FaultScope.of(SimulatedNetwork.X), Trigger.next(1));
    assertThatThrownBy(
            () ->
                client.exchange(
                    client
                        .request(
                            "/2/tweets",
                            "Authorization",
                            "Bearer " + xToken,
                            "Content-Type",
                            "application/json")
                        .POST(
                            java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"text\":\"lost answer\"}"))
                        .build()))
        .isInstanceOf(IOException.class);
    assertThat(sim.published().countWithText("lost answer")).isEqualTo(1);
    assertThat(tweet("lost answer").status()).isEqualTo(403);
    assertThat(tweet("next one").status()).isEqualTo(201);
  }

  @Test
  void droppedInstagramPublishIsVisibleAsPublishedContainer() {
    String user = Flows.facebookUser(sim, client, Flows.FACEBOOK_SCOPES);
    String ig = sim.seed().instagramAccount().id();
    String container =
        client
            .postForm(
                "/v21.0/" + ig + "/media",
                Map.of("image_url", "https://cdn.example/a.jpg", "access_token", user))
            .json()
            .path("id")
            .asText();
    client.get("/v21.0/" + container + "?fields=status_code&access_token=" + user);
    sim.faults().dropAfterCommit(FaultScope.of(SimulatedNetwork.INSTAGRAM, ig), Trigger.next(1));
    assertThatThrownBy(
            () ->
                client.exchange(
                    client
                        .request(
                            "/v21.0/"
                                + ig
                                + "/media_publish?creation_id="
                                + container
                                + "&access_token="
                                + user)
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                        .build()))
        .isInstanceOf(IOException.class);
    assertThat(
            client
                .get("/v21.0/" + container + "?fields=status_code&access_token=" + user)
                .json()
                .path("status_code")
                .asText())
        .isEqualTo("PUBLISHED");
  }

  @Test
  void graphRateLimitCodes() {
    for (int code : List.of(4, 17, 32, 613)) {
      sim.faults().rateLimit(FaultScope.of(SimulatedNetwork.FACEBOOK), code, Trigger.next(1));
      JsonNode error = feed(pageId, pageToken, "rl " + code).json().path("error");
      assertThat(error.path("code").asInt()).isEqualTo(code);
      assertThat(error.path("message").asText()).startsWith("(#" + code + ")");
    }
    assertThat(sim.published().count()).isZero();
  }

  @Test
  void xRateLimitIs429WithHeaders() {
    sim.faults().rateLimit(FaultScope.of(SimulatedNetwork.X), 0, Trigger.next(1));
    SimClient.Answer limited = tweet("rl");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("x-rate-limit-remaining")).isEqualTo("0");
    assertThat(Long.parseLong(limited.header("x-rate-limit-reset")))
        .isGreaterThan(System.currentTimeMillis() / 1000);
    assertThat(limited.json().path("title").asText()).isEqualTo("Too Many Requests");
  }

  @Test
  void expiredPageTokenIsGraph190Subcode463() {
    sim.tokens().expire(SimulatedNetwork.FACEBOOK, pageId);
    JsonNode error = feed(pageId, pageToken, "x").json().path("error");
    assertThat(error.path("code").asInt()).isEqualTo(190);
    assertThat(error.path("error_subcode").asInt()).isEqualTo(463);
    assertThat(error.path("type").asText()).isEqualTo("OAuthException");
  }

  @Test
  void expiredInstagramAccountHitsTheTokensThatPublishForIt() {
    String user = Flows.facebookUser(sim, client, Flows.FACEBOOK_SCOPES);
    sim.tokens().expire(SimulatedNetwork.INSTAGRAM, sim.seed().instagramAccount().id());
    assertThat(
            client.get("/v21.0/me?access_token=" + user).json().path("error").path("code").asInt())
        .isEqualTo(190);
  }

  @Test
  void shortenedLifetimeMakesATokenExpiring() {
    sim.tokens()
        .shorten(
            SimulatedNetwork.X,
            sim.seed().xUser().id(),
            IssuedToken.Kind.ACCESS,
            Duration.ofSeconds(30));
    IssuedToken token = sim.tokens().find(xToken).orElseThrow();
    assertThat(token.secondsLeft(sim.tokens().now()).orElseThrow()).isBetween(25L, 30L);
    assertThat(tweet("still fine").status()).isEqualTo(201);
    sim.tokens().shorten(SimulatedNetwork.X, null, IssuedToken.Kind.ACCESS, Duration.ZERO);
    assertThat(tweet("now expired").status()).isEqualTo(401);
  }

  @Test
  void forcedDuplicateRefusesNewText() {
    sim.faults().duplicate(FaultScope.of(SimulatedNetwork.X), Trigger.next(1));
    assertThat(tweet("brand new").status()).isEqualTo(403);
    assertThat(tweet("brand new").status()).isEqualTo(201);
  }

  @Test
  void linkedInRateLimitAndServerErrorShapes() {
    JsonNode tokens = Flows.linkedInTokens(sim, client);
    String[] headers = {
      "Authorization",
      "Bearer " + tokens.path("access_token").asText(),
      "LinkedIn-Version",
      "202501"
    };
    sim.faults().rateLimit(FaultScope.of(SimulatedNetwork.LINKEDIN), 0, Trigger.next(1));
    SimClient.Answer limited = client.get("/rest/organizationAcls?q=roleAssignee", headers);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().path("status").asInt()).isEqualTo(429);
    sim.faults().serverErrors(FaultScope.of(SimulatedNetwork.LINKEDIN), 500, Trigger.next(1));
    assertThat(
            client
                .get("/rest/organizationAcls?q=roleAssignee", headers)
                .json()
                .path("status")
                .asInt())
        .isEqualTo(500);
  }
}
