package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.state.PublishedLog;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same knobs and counts over HTTP, as the demo and out-of-JVM tests use them. */
class ControlApiTest {
  private PlatformSimulator sim;
  private SimClient client;
  private String xToken;

  @BeforeEach
  void start() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
    client = new SimClient(sim);
    xToken = Flows.xTokens(sim, client).path("access_token").asText();
  }

  @AfterEach
  void stop() {
    sim.stop();
  }

  private int tweet(String text) {
    return client
        .postJson("/2/tweets", Map.of("text", text), "Authorization", "Bearer " + xToken)
        .status();
  }

  @Test
  void indexListsClientsAndSeed() {
    JsonNode index = client.get("/_sim").json();
    assertThat(index.path("clients").path("x").path("clientId").asText())
        .isEqualTo(SimulatorSettings.DEMO_X.clientId());
    assertThat(index.path("seed").path("facebook").path("pages")).hasSize(2);
    assertThat(client.get("/_sim/seed").json().path("linkedin").path("organizations")).hasSize(2);
  }

  @Test
  void publishedItemsAreListedAndCountedByNetworkAccountAndFingerprint() {
    tweet("one");
    tweet("two");
    assertThat(client.get("/_sim/published/count?network=x").json().path("count").asInt())
        .isEqualTo(2);
    assertThat(
            client
                .get("/_sim/published/count?network=x&account=" + sim.seed().xUser().id())
                .json()
                .path("count")
                .asInt())
        .isEqualTo(2);
    assertThat(
            client
                .get("/_sim/published/count?fingerprint=" + PublishedLog.fingerprint("one"))
                .json()
                .path("count")
                .asInt())
        .isEqualTo(1);
    JsonNode listed = client.get("/_sim/published?text=two").json();
    assertThat(listed.path("items").get(0).path("text").asText()).isEqualTo("two");
    assertThat(listed.path("items").get(0).path("permalink").asText()).contains("/_sim/posts/");
  }

  @Test
  void faultsAreArmedListedAndCleared() {
    SimClient.Answer armed =
        client.postJson(
            "/_sim/faults",
            Map.of("kind", "server-error", "network", "x", "status", 503, "times", 1));
    assertThat(armed.status()).isEqualTo(201);
    JsonNode list = client.get("/_sim/faults").json().path("faults");
    assertThat(list.get(0).path("kind").asText()).isEqualTo("server-error");
    assertThat(list.get(0).path("remaining").asInt()).isEqualTo(1);
    assertThat(tweet("a")).isEqualTo(503);
    assertThat(tweet("a")).isEqualTo(201);

    client.postJson("/_sim/faults", Map.of("kind", "rate-limit", "network", "x"));
    assertThat(tweet("b")).isEqualTo(429);
    client.delete("/_sim/faults");
    assertThat(tweet("b")).isEqualTo(201);
    assertThat(client.postJson("/_sim/faults", Map.of("kind", "nonsense")).status()).isEqualTo(400);
  }

  @Test
  void tokenActionsOverHttp() {
    JsonNode shortened =
        client.postJson("/_sim/tokens/shorten", Map.of("network", "x", "seconds", 20)).json();
    assertThat(shortened.path("changed").asInt()).isPositive();
    JsonNode listed = client.get("/_sim/tokens?network=x").json().path("tokens");
    assertThat(listed.get(0).path("secondsLeft").asLong()).isLessThanOrEqualTo(20);
    client.postJson("/_sim/tokens/revoke", Map.of("network", "x"));
    assertThat(tweet("after revoke")).isEqualTo(401);
  }

  @Test
  void conditionsOverHttp() {
    JsonNode conditions =
        client
            .postJson(
                "/_sim/conditions/instagram-containers",
                Map.of("outcome", "stuck", "pollsInProgress", 0))
            .json();
    assertThat(conditions.path("instagramContainers").path("outcome").asText()).isEqualTo("STUCK");
    client.postJson(
        "/_sim/conditions/withhold",
        Map.of("network", "facebook", "permission", "instagram_content_publish"));
    client.postJson("/_sim/conditions/auto-approve", Map.of("enabled", false));
    JsonNode now = client.get("/_sim/conditions").json();
    assertThat(now.path("autoApprove").asBoolean()).isFalse();
    assertThat(now.path("withheld").path("facebook").get(0).asText())
        .isEqualTo("instagram_content_publish");
  }

  @Test
  void resetForgetsPostsTokensAndFaults() {
    tweet("before");
    client.postJson("/_sim/faults", Map.of("kind", "latency", "millis", 5));
    assertThat(client.postJson("/_sim/reset", Map.of()).status()).isEqualTo(200);
    assertThat(sim.published().count()).isZero();
    assertThat(sim.faults().list()).isEmpty();
    assertThat(tweet("after")).isEqualTo(401);
  }

  @Test
  void unknownRouteIsJson404() {
    SimClient.Answer answer = client.get("/nothing/here");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().path("error").asText()).isEqualTo("not_found");
  }
}
