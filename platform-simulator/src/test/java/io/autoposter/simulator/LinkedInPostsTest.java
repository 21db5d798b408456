package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkedInPostsTest {
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
  void memberAndAdministeredOrganizations() {
    JsonNode me =
        client
            .get("/v2/userinfo", "Authorization", "Bearer " + tokens.path("access_token").asText())
            .json();
    assertThat(me.path("sub").asText()).isEqualTo(sim.seed().linkedInMember().id());
    JsonNode acls =
        client
            .get(
                "/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED",
                Flows.linkedInHeaders(tokens))
            .json();
    assertThat(acls.path("elements")).hasSize(2);
    assertThat(acls.path("elements").get(0).path("organization").asText()).isEqualTo(org);
    assertThat(acls.path("elements").get(0).path("roleAssignee").asText())
        .isEqualTo(sim.seed().linkedInMember().urn());
    long orgId = sim.seed().organizations().getFirst().id();
    assertThat(
            client
                .get("/rest/organizations/" + orgId, Flows.linkedInHeaders(tokens))
                .json()
                .path("localizedName")
                .asText())
        .isEqualTo("Trattoria Roma");
  }

  @Test
  void postIsCreatedWithRestliIdAndReadBack() {
    SimClient.Answer created =
        client.postJson(
            "/rest/posts", Flows.linkedInPost(org, "Buon appetito"), Flows.linkedInHeaders(tokens));
    assertThat(created.status()).isEqualTo(201);
    String urn = created.header("x-restli-id");
    assertThat(urn).startsWith("urn:li:share:");
    JsonNode list =
        client
            .get(
                "/rest/posts?q=author&count=10&author="
                    + URLEncoder.encode(org, StandardCharsets.UTF_8),
                Flows.linkedInHeaders(tokens))
            .json();
    assertThat(list.path("elements")).hasSize(1);
    assertThat(list.path("elements").get(0).path("id").asText()).isEqualTo(urn);
    assertThat(list.path("elements").get(0).path("commentary").asText()).isEqualTo("Buon appetito");
    assertThat(
            client
                .get(
                    "/rest/posts/" + URLEncoder.encode(urn, StandardCharsets.UTF_8),
                    Flows.linkedInHeaders(tokens))
                .json()
                .path("author")
                .asText())
        .isEqualTo(org);
    assertThat(sim.published().count(SimulatedNetwork.LINKEDIN, org)).isEqualTo(1);
  }

  @Test
  void versionAndProtocolHeadersAreRequired() {
    String bearer = "Bearer " + tokens.path("access_token").asText();
    SimClient.Answer noVersion =
        client.postJson(
            "/rest/posts",
            Flows.linkedInPost(org, "x"),
            "Authorization",
            bearer,
            "X-Restli-Protocol-Version",
            "2.0.0");
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.json().path("code").asText()).isEqualTo("VERSION_MISSING");
    SimClient.Answer oldVersion =
        client.postJson(
            "/rest/posts",
            Flows.linkedInPost(org, "x"),
            "Authorization",
            bearer,
            "LinkedIn-Version",
            "202001",
            "X-Restli-Protocol-Version",
            "2.0.0");
    assertThat(oldVersion.status()).isEqualTo(426);
    SimClient.Answer noProtocol =
        client.postJson(
            "/rest/posts",
            Flows.linkedInPost(org, "x"),
            "Authorization",
            bearer,
            "LinkedIn-Version",
            Flows.LINKEDIN_VERSION);
    assertThat(noProtocol.status()).isEqualTo(400);
    assertThat(sim.published().count()).isZero();
  }

  @Test
  void unescapedReservedCharacterCutsTheShownText() {
    client.postJson(
        "/rest/posts",
        Flows.linkedInPost(org, "Pasta (fresh) today"),
        Flows.linkedInHeaders(tokens));
    client.postJson(
        "/rest/posts",
        Flows.linkedInPost(org, "Pasta \\(fresh\\) {hashtag|\\#|roma}"),
        Flows.linkedInHeaders(tokens));
    JsonNode elements =
        client
            .get(
                "/rest/posts?q=author&author=" + URLEncoder.encode(org, StandardCharsets.UTF_8),
                Flows.linkedInHeaders(tokens))
            .json()
            .path("elements");
    assertThat(elements.get(0).path("commentary").asText()).isEqualTo("Pasta (fresh) #roma");
    assertThat(elements.get(1).path("commentary").asText()).isEqualTo("Pasta ");
  }

  @Test
  void duplicateCommentaryIs422() {
    client.postJson(
        "/rest/posts", Flows.linkedInPost(org, "Same words"), Flows.linkedInHeaders(tokens));
    SimClient.Answer again =
        client.postJson(
            "/rest/posts", Flows.linkedInPost(org, "Same words"), Flows.linkedInHeaders(tokens));
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().path("message").asText()).startsWith("Content is a duplicate of");
  }

  @Test
  void unknownOrganizationIsForbidden() {
    SimClient.Answer answer =
        client.postJson(
            "/rest/posts",
            Flows.linkedInPost("urn:li:organization:1", "x"),
            Flows.linkedInHeaders(tokens));
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().path("code").asText()).isEqualTo("ACCESS_DENIED");
  }

  @Test
  void imageUploadThenPostWithImage() {
    JsonNode init =
        client
            .postJson(
                "/rest/images?action=initializeUpload",
                Map.of("initializeUploadRequest", Map.of("owner", org)),
                Flows.linkedInHeaders(tokens))
            .json()
            .path("value");
    String image = init.path("image").asText();
    assertThat(image).startsWith("urn:li:image:");
    Map<String, Object> withImage = new java.util.HashMap<>(Flows.linkedInPost(org, "Look"));
    withImage.put("content", Map.of("media", Map.of("id", image, "altText", "Pasta")));
    assertThat(client.postJson("/rest/posts", withImage, Flows.linkedInHeaders(tokens)).status())
        .isEqualTo(422);
    assertThat(client.put(init.path("uploadUrl").asText(), new byte[] {1, 2, 3}).status())
        .isEqualTo(201);
    assertThat(
            client
                .get(
                    "/rest/images/" + URLEncoder.encode(image, StandardCharsets.UTF_8),
                    Flows.linkedInHeaders(tokens))
                .json()
                .path("status")
                .asText())
        .isEqualTo("AVAILABLE");
    assertThat(client.postJson("/rest/posts", withImage, Flows.linkedInHeaders(tokens)).status())
        .isEqualTo(201);
  }
}
