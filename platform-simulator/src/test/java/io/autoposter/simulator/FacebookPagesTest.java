package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacebookPagesTest {
  private PlatformSimulator sim;
  private SimClient client;
  private String user;
  private String pageId;
  private String page;

  @BeforeEach
  void start() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
    client = new SimClient(sim);
    user = Flows.facebookUser(sim, client, Flows.FACEBOOK_SCOPES);
    pageId = sim.seed().pages().getFirst().id();
    page = Flows.pageToken(client, user, pageId);
  }

  @AfterEach
  void stop() {
    sim.stop();
  }

  @Test
  void feedPostIsReadBackWithPermalink() {
    SimClient.Answer posted =
        client.postForm(
            "/v21.0/" + pageId + "/feed",
            Map.of(
                "message",
                "Dinner tonight",
                "link",
                "https://trattoria.example",
                "access_token",
                page));
    assertThat(posted.status()).isEqualTo(200);
    String id = posted.json().path("id").asText();
    assertThat(id).startsWith(pageId + "_");

    JsonNode feed =
        client
            .get(
                "/v21.0/"
                    + pageId
                    + "/feed?fields=id,message,created_time,permalink_url&access_token="
                    + page)
            .json()
            .path("data");
    assertThat(feed).hasSize(1);
    assertThat(feed.get(0).path("id").asText()).isEqualTo(id);
    assertThat(feed.get(0).path("message").asText()).isEqualTo("Dinner tonight");
    assertThat(feed.get(0).path("created_time").asText()).matches("\\d{4}-.*T.*\\+0000");
    assertThat(feed.get(0).path("permalink_url").asText()).contains(id);
    assertThat(client.get("/v21.0/" + pageId + "/posts?access_token=" + page).json().path("data"))
        .hasSize(1);
    assertThat(sim.published().count(SimulatedNetwork.FACEBOOK, pageId)).isEqualTo(1);
    assertThat(sim.published().countWithText("Dinner   tonight")).isEqualTo(1);
  }

  @Test
  void photoReturnsPhotoAndPostIds() {
    JsonNode photo =
        client
            .postForm(
                "/v21.0/" + pageId + "/photos",
                Map.of(
                    "url", "https://cdn.example/p.jpg", "caption", "Fresh", "access_token", page))
            .json();
    assertThat(photo.path("id").asText()).isNotBlank();
    assertThat(photo.path("post_id").asText()).startsWith(pageId + "_");
    assertThat(sim.published().find(photo.path("post_id").asText()).orElseThrow().kind())
        .isEqualTo(PublishedItem.Kind.FACEBOOK_PHOTO);
  }

  @Test
  void userTokenCannotPostAsThePage() {
    JsonNode error =
        client
            .postForm("/v21.0/" + pageId + "/feed", Map.of("message", "hi", "access_token", user))
            .json()
            .path("error");
    assertThat(error.path("code").asInt()).isEqualTo(200);
    assertThat(sim.published().count()).isZero();
  }

  @Test
  void pageTokenOfAnotherPageCannotPost() {
    String other = Flows.pageToken(client, user, sim.seed().pages().get(1).id());
    assertThat(
            client
                .postForm(
                    "/v21.0/" + pageId + "/feed", Map.of("message", "x", "access_token", other))
                .status())
        .isEqualTo(400);
  }

  @Test
  void emptyPostIsRefused() {
    JsonNode error =
        client.postForm("/v21.0/" + pageId + "/feed", Map.of("access_token", page)).json();
    assertThat(error.path("error").path("code").asInt()).isEqualTo(100);
  }

  @Test
  void postInsightsHavePlausibleNumbers() {
    String id =
        client
            .postForm("/v21.0/" + pageId + "/feed", Map.of("message", "Hi", "access_token", page))
            .json()
            .path("id")
            .asText();
    JsonNode data =
        client
            .get(
                "/v21.0/"
                    + id
                    + "/insights?metric=post_impressions,post_clicks&access_token="
                    + page)
            .json()
            .path("data");
    assertThat(data).hasSize(2);
    assertThat(data.get(0).path("name").asText()).isEqualTo("post_impressions");
    assertThat(data.get(0).path("values").get(0).path("value").asLong()).isGreaterThan(0);
    assertThat(client.get("/v21.0/" + id + "/insights?metric=bogus&access_token=" + page).status())
        .isEqualTo(400);
  }

  @Test
  void unknownObjectIsGraphError100() {
    JsonNode error = client.get("/v21.0/424242?access_token=" + page).json().path("error");
    assertThat(error.path("code").asInt()).isEqualTo(100);
    assertThat(error.path("error_subcode").asInt()).isEqualTo(33);
  }
}
