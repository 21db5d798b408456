package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.faults.ContainerPlan;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstagramPublishingTest {
  private PlatformSimulator sim;
  private SimClient client;
  private String token;
  private String ig;

  @BeforeEach
  void start() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
    client = new SimClient(sim);
    token = Flows.facebookUser(sim, client, Flows.FACEBOOK_SCOPES);
    ig = sim.seed().instagramAccount().id();
  }

  @AfterEach
  void stop() {
    sim.stop();
  }

  private SimClient.Answer create(Map<String, String> params) {
    Map<String, String> form = new HashMap<>(params);
    form.put("access_token", token);
    return client.postForm("/v21.0/" + ig + "/media", form);
  }

  private String container(Map<String, String> params) {
    SimClient.Answer answer = create(params);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().path("id").asText();
  }

  private String status(String container) {
    return client
        .get("/v21.0/" + container + "?fields=status_code&access_token=" + token)
        .json()
        .path("status_code")
        .asText();
  }

  private SimClient.Answer publish(String container) {
    return client.postForm(
        "/v21.0/" + ig + "/media_publish", Map.of("creation_id", container, "access_token", token));
  }

  @Test
  void imageProgressesThenPublishesOnce() {
    String container =
        container(
            Map.of(
                "image_url",
                "https://cdn.example/pasta.jpg",
                "caption",
                "Truffle season #tartufo",
                "alt_text",
                "A plate of tagliatelle"));
    assertThat(status(container)).isEqualTo("IN_PROGRESS");
    assertThat(status(container)).isEqualTo("FINISHED");
    SimClient.Answer published = publish(container);
    assertThat(published.status()).isEqualTo(200);
    String mediaId = published.json().path("id").asText();
    assertThat(status(container)).isEqualTo("PUBLISHED");
    assertThat(sim.published().count(SimulatedNetwork.INSTAGRAM, ig)).isEqualTo(1);
    assertThat(sim.published().find(mediaId).orElseThrow().kind())
        .isEqualTo(PublishedItem.Kind.INSTAGRAM_IMAGE);

    SimClient.Answer again = publish(container);
    assertThat(again.status()).isEqualTo(400);
    assertThat(sim.published().count(SimulatedNetwork.INSTAGRAM)).isEqualTo(1);
  }

  @Test
  void publishingBeforeFinishedIsRefusedWith9007() {
    String container = container(Map.of("image_url", "https://cdn.example/a.jpg"));
    JsonNode error = publish(container).json().path("error");
    assertThat(error.path("code").asInt()).isEqualTo(9007);
    assertThat(error.path("error_subcode").asInt()).isEqualTo(2207027);
    assertThat(sim.published().count()).isZero();
  }

  @Test
  void carouselOfThreeCountsAsOnePost() {
    String a =
        container(Map.of("image_url", "https://cdn.example/1.jpg", "is_carousel_item", "true"));
    String b =
        container(Map.of("image_url", "https://cdn.example/2.jpg", "is_carousel_item", "true"));
    String c =
        container(Map.of("image_url", "https://cdn.example/3.jpg", "is_carousel_item", "true"));
    String carousel =
        container(
            Map.of("media_type", "CAROUSEL", "children", a + "," + b + "," + c, "caption", "Menu"));
    status(carousel);
    assertThat(status(carousel)).isEqualTo("FINISHED");
    String mediaId = publish(carousel).json().path("id").asText();
    PublishedItem item = sim.published().find(mediaId).orElseThrow();
    assertThat(item.kind()).isEqualTo(PublishedItem.Kind.INSTAGRAM_CAROUSEL);
    assertThat(item.media()).hasSize(3);
    assertThat(sim.published().count(SimulatedNetwork.INSTAGRAM)).isEqualTo(1);
  }

  @Test
  void carouselNeedsTwoToTenCarouselItems() {
    String single = container(Map.of("image_url", "https://cdn.example/1.jpg"));
    SimClient.Answer answer = create(Map.of("media_type", "CAROUSEL", "children", single));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("error").path("code").asInt()).isEqualTo(100);
  }

  @Test
  void reelNeedsVideoUrlAndPublishesAsReel() {
    assertThat(create(Map.of("media_type", "REELS")).status()).isEqualTo(400);
    assertThat(
            create(Map.of("media_type", "VIDEO", "video_url", "https://cdn.example/v.mp4"))
                .status())
        .isEqualTo(400);
    String reel =
        container(Map.of("media_type", "REELS", "video_url", "https://cdn.example/v.mp4"));
    status(reel);
    String mediaId = publish(reel).json().path("id").asText();
    assertThat(sim.published().find(mediaId).orElseThrow().kind())
        .isEqualTo(PublishedItem.Kind.INSTAGRAM_REEL);
  }

  @Test
  void stuckErrorAndExpiredContainersAreReported() {
    sim.conditions().containerPlan(ig, new ContainerPlan(ContainerPlan.Outcome.STUCK, 0));
    String stuck = container(Map.of("image_url", "https://cdn.example/s.jpg"));
    for (int i = 0; i < 5; i++) {
      assertThat(status(stuck)).isEqualTo("IN_PROGRESS");
    }
    sim.conditions().containerPlan(ig, new ContainerPlan(ContainerPlan.Outcome.ERROR, 1));
    String failing = container(Map.of("image_url", "https://cdn.example/e.jpg"));
    assertThat(status(failing)).isEqualTo("IN_PROGRESS");
    assertThat(status(failing)).isEqualTo("ERROR");
    assertThat(
            client
                .get("/v21.0/" + failing + "?fields=status&access_token=" + token)
                .json()
                .path("status")
                .asText())
        .contains("2207052");
    assertThat(publish(failing).json().path("error").path("code").asInt()).isEqualTo(9004);
    sim.conditions().containerPlan(null, new ContainerPlan(ContainerPlan.Outcome.EXPIRED, 0));
    sim.conditions().containerPlan(ig, ContainerPlan.normal());
    assertThat(status(container(Map.of("image_url", "https://cdn.example/n.jpg"))))
        .isEqualTo("IN_PROGRESS");
  }

  @Test
  void publishingLimitCountsAndRefusesOverQuota() {
    sim.conditions().instagramQuota(ig, 1);
    String first = container(Map.of("image_url", "https://cdn.example/1.jpg"));
    status(first);
    publish(first);
    JsonNode limit =
        client
            .get(
                "/v21.0/"
                    + ig
                    + "/content_publishing_limit?fields=quota_usage,config&access_token="
                    + token)
            .json()
            .path("data")
            .get(0);
    assertThat(limit.path("quota_usage").asInt()).isEqualTo(1);
    assertThat(limit.path("config").path("quota_total").asInt()).isEqualTo(1);
    assertThat(limit.path("config").path("quota_duration").asInt()).isEqualTo(86_400);

    String second = container(Map.of("image_url", "https://cdn.example/2.jpg"));
    status(second);
    JsonNode error = publish(second).json().path("error");
    assertThat(error.path("code").asInt()).isEqualTo(9);
    assertThat(error.path("error_subcode").asInt()).isEqualTo(2207042);
  }

  @Test
  void firstCommentReadBackAndInsights() {
    String container =
        container(Map.of("image_url", "https://cdn.example/1.jpg", "caption", "Ciao"));
    status(container);
    String mediaId = publish(container).json().path("id").asText();
    SimClient.Answer comment =
        client.postForm(
            "/v21.0/" + mediaId + "/comments",
            Map.of("message", "#pasta #roma", "access_token", token));
    assertThat(comment.status()).isEqualTo(200);
    assertThat(sim.published().comments(mediaId)).hasSize(1);
    assertThat(sim.published().count()).isEqualTo(1);

    JsonNode media =
        client
            .get(
                "/v21.0/"
                    + ig
                    + "/media?fields=id,caption,permalink,timestamp,comments_count&access_token="
                    + token)
            .json()
            .path("data");
    assertThat(media).hasSize(1);
    assertThat(media.get(0).path("caption").asText()).isEqualTo("Ciao");
    assertThat(media.get(0).path("permalink").asText()).endsWith("/_sim/posts/" + mediaId);
    assertThat(media.get(0).path("comments_count").asInt()).isEqualTo(1);
    assertThat(client.get(media.get(0).path("permalink").asText()).body()).contains("Ciao");

    JsonNode insights =
        client
            .get("/v21.0/" + mediaId + "/insights?metric=reach,likes&access_token=" + token)
            .json()
            .path("data");
    assertThat(insights).hasSize(2);
    assertThat(insights.get(0).path("values").get(0).path("value").asLong()).isPositive();
  }

  @Test
  void grantWithoutContentPublishCannotCreateContainers() {
    sim.conditions().withhold(SimulatedNetwork.FACEBOOK, "instagram_content_publish");
    token = Flows.facebookUser(sim, client, Flows.FACEBOOK_SCOPES);
    JsonNode error = create(Map.of("image_url", "https://cdn.example/1.jpg")).json().path("error");
    assertThat(error.path("code").asInt()).isEqualTo(10);
  }
}
