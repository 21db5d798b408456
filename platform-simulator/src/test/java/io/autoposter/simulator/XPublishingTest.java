package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XPublishingTest {
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
  void tweetThreadAndTimeline() {
    String token = Flows.xTokens(sim, client).path("access_token").asText();
    SimClient.Answer first = tweet(token, Map.of("text", "1/2 Truffle season"));
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("x-rate-limit-limit")).isNotNull();
    String firstId = first.json().path("data").path("id").asText();
    assertThat(first.json().path("data").path("edit_history_tweet_ids").get(0).asText())
        .isEqualTo(firstId);
    String secondId =
        tweet(
                token,
                Map.of("text", "2/2 Book now", "reply", Map.of("in_reply_to_tweet_id", firstId)))
            .json()
            .path("data")
            .path("id")
            .asText();
    assertThat(sim.published().find(secondId).orElseThrow().parentId()).contains(firstId);

    JsonNode timeline =
        client
            .get(
                "/2/users/"
                    + sim.seed().xUser().id()
                    + "/tweets?max_results=5&tweet.fields=created_at,conversation_id,public_metrics",
                "Authorization",
                "Bearer " + token)
            .json();
    assertThat(timeline.path("meta").path("result_count").asInt()).isEqualTo(2);
    assertThat(timeline.path("data").get(0).path("id").asText()).isEqualTo(secondId);
    assertThat(timeline.path("data").get(0).path("conversation_id").asText()).isEqualTo(firstId);
    assertThat(
            timeline.path("data").get(0).path("public_metrics").path("impression_count").asLong())
        .isPositive();
    assertThat(sim.published().count(SimulatedNetwork.X)).isEqualTo(2);
  }

  @Test
  void duplicateTextIs403WithXsBody() {
    String token = Flows.xTokens(sim, client).path("access_token").asText();
    tweet(token, Map.of("text", "Same again"));
    SimClient.Answer duplicate = tweet(token, Map.of("text", "Same again"));
    assertThat(duplicate.status()).isEqualTo(403);
    JsonNode body = duplicate.json();
    assertThat(body.path("detail").asText())
        .isEqualTo("You are not allowed to create a Tweet with duplicate content.");
    assertThat(body.path("title").asText()).isEqualTo("Forbidden");
    assertThat(body.path("type").asText()).isEqualTo("about:blank");
    assertThat(body.path("status").asInt()).isEqualTo(403);
    assertThat(sim.published().count(SimulatedNetwork.X)).isEqualTo(1);
  }

  @Test
  void simpleUploadThenTweetWithMedia() {
    String token = Flows.xTokens(sim, client).path("access_token").asText();
    String boundary = "simboundary";
    String multipart =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"media_category\"\r\n\r\n"
            + "tweet_image\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.jpg\"\r\n"
            + "Content-Type: image/jpeg\r\n\r\nJPEGBYTES\r\n--"
            + boundary
            + "--\r\n";
    JsonNode media =
        client
            .post(
                "/2/media/upload",
                HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.ISO_8859_1),
                "multipart/form-data; boundary=" + boundary,
                "Authorization",
                "Bearer " + token)
            .json()
            .path("data");
    assertThat(media.path("size").asInt()).isEqualTo(9);
    String mediaId = media.path("id").asText();
    SimClient.Answer posted =
        tweet(
            token, Map.of("text", "With picture", "media", Map.of("media_ids", List.of(mediaId))));
    assertThat(posted.status()).isEqualTo(201);
    PublishedItem item =
        sim.published().find(posted.json().path("data").path("id").asText()).orElseThrow();
    assertThat(item.media()).containsExactly(mediaId);
    assertThat(
            tweet(token, Map.of("text", "Bad", "media", Map.of("media_ids", List.of("1"))))
                .status())
        .isEqualTo(400);
  }

  @Test
  void chunkedVideoUploadProcessesBeforeUse() {
    String token = Flows.xTokens(sim, client).path("access_token").asText();
    String auth = "Bearer " + token;
    String id =
        client
            .postJson(
                "/2/media/upload/initialize",
                Map.of(
                    "media_type", "video/mp4", "total_bytes", 6, "media_category", "tweet_video"),
                "Authorization",
                auth)
            .json()
            .path("data")
            .path("id")
            .asText();
    for (String chunk : new String[] {"abc", "def"}) {
      String boundary = "b" + chunk;
      String body =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"media\"\r\n\r\n"
              + chunk
              + "\r\n--"
              + boundary
              + "--\r\n";
      assertThat(
              client
                  .post(
                      "/2/media/upload/" + id + "/append",
                      HttpRequest.BodyPublishers.ofString(body),
                      "multipart/form-data; boundary=" + boundary,
                      "Authorization",
                      auth)
                  .status())
          .isEqualTo(200);
    }
    JsonNode finalized =
        client
            .postForm("/2/media/upload/" + id + "/finalize", Map.of(), "Authorization", auth)
            .json()
            .path("data");
    assertThat(finalized.path("processing_info").path("state").asText()).isEqualTo("pending");
    assertThat(
            tweet(token, Map.of("text", "Video", "media", Map.of("media_ids", List.of(id))))
                .status())
        .isEqualTo(400);
    JsonNode status =
        client
            .get("/2/media/upload?command=STATUS&media_id=" + id, "Authorization", auth)
            .json()
            .path("data");
    assertThat(status.path("processing_info").path("state").asText()).isEqualTo("succeeded");
    assertThat(
            tweet(token, Map.of("text", "Video", "media", Map.of("media_ids", List.of(id))))
                .status())
        .isEqualTo(201);
  }
}
