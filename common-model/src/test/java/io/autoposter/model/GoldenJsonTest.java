package io.autoposter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.autoposter.model.api.Problem;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.BrandRemoved;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.ConflictSide;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.ResolveConflict;
import io.autoposter.model.sync.Schedule;
import io.autoposter.model.sync.SetDelta;
import io.autoposter.model.sync.SyncProtocol;
import io.autoposter.model.sync.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The wire format is API: each sample must serialize to exactly the committed JSON and read back
 * equal. A failure here means a client in the field would break.
 */
class GoldenJsonTest {

  private static final ObjectMapper MAPPER = Json.strict();
  private static final PostId POST = PostId.parse("7f1c2a52-3b7e-4f6a-9a57-0d6f3c1e2b10");
  private static final BrandId BRAND = BrandId.parse("0b8e5d1e-9a3c-4c25-b1f0-6c2d7e4a9f31");
  private static final ClientId CLIENT = ClientId.parse("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b");
  private static final HybridTimestamp HLC = new HybridTimestamp(1_790_000_000_000L, 2, "laptop-1");

  private static final MediaRef PHOTO =
      new MediaRef(
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
          MediaTypes.JPEG,
          183_204);
  private static final SocialAccountId ACCOUNT =
      SocialAccountId.parse("3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d");
  private static final UserId GIULIA = UserId.parse("6e1d8d2f-2222-4b3c-9d4e-1f2a3b4c5d6e");

  private static Post samplePost() {
    return new Post(
        POST,
        BRAND,
        "Today's special: truffle risotto 🍄 #dinner",
        "Book a table: link in bio",
        Map.of(Network.X, "Truffle risotto tonight 🍄"),
        Set.of(Network.INSTAGRAM, Network.X),
        Set.of(ACCOUNT),
        List.of(PHOTO),
        Map.of(PHOTO.sha256(), "A bowl of truffle risotto on a wooden table"),
        Set.of("dinner", "specials"),
        Instant.parse("2026-12-01T08:00:00Z"),
        ZoneId.of("Europe/Berlin"),
        PostStatus.SCHEDULED,
        "");
  }

  @Test
  void pushRequestMatchesGolden() throws IOException {
    var push =
        new PushRequest(
            CLIENT,
            SyncProtocol.SCHEMA_VERSION,
            List.of(
                new CreatePost(40, HLC, samplePost()),
                new EditPost(
                    41,
                    HLC,
                    3,
                    POST,
                    PostPatch.EMPTY
                        .withCaption("Truffle risotto, tonight only")
                        .withVariant(Network.X, "")
                        .withAltText(PHOTO.sha256(), "Truffle risotto with shaved truffle on top")),
                new EditPost(
                    42,
                    HLC,
                    3,
                    POST,
                    new PostPatch(
                        null,
                        null,
                        null,
                        null,
                        new Schedule(
                            Instant.parse("2026-12-02T08:00:00Z"), ZoneId.of("Europe/Berlin")),
                        PostStatus.SCHEDULED,
                        null,
                        new SetDelta<>(List.of(), List.of(ACCOUNT)),
                        new SetDelta<>(List.of(PHOTO), List.of()),
                        new SetDelta<>(List.of("truffle"), List.of("specials")))),
                new ResolveConflict(
                    43,
                    HLC,
                    9,
                    ConflictId.parse("8c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f"),
                    POST,
                    "Truffle risotto 🍄 tonight only",
                    false),
                new DeletePost(44, HLC, 7, POST)));
    assertRoundTrip(push, PushRequest.class, "push-request.json");
  }

  @Test
  void pushResponseMatchesGolden() throws IOException {
    var response =
        new PushResponse(
            42,
            List.of(
                MutationResult.applied(41),
                MutationResult.rejected(42, "POST_READ_ONLY", "The post is already published.")));
    assertRoundTrip(response, PushResponse.class, "push-response.json");
  }

  @Test
  void pullRequestMatchesGolden() throws IOException {
    assertRoundTrip(
        new PullRequest(CLIENT, SyncProtocol.SCHEMA_VERSION, 120, 500),
        PullRequest.class,
        "pull-request.json");
  }

  @Test
  void pullResponseMatchesGolden() throws IOException {
    var brand =
        new Brand(
            BRAND,
            "Trattoria Roma",
            ZoneId.of("Europe/Rome"),
            "#B91C1C",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            List.of(
                new PostingSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
                new PostingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(12, 30))),
            List.of(new HashtagGroup("Dinner", List.of("#pasta", "#roma", "#cena"))));
    var published = samplePost().withStatus(PostStatus.PUBLISHED, "sandbox:sbx-17");
    var pull =
        new PullResponse(
            List.of(
                new BrandChanged(121, brand),
                new PostChanged(122, published, HLC),
                new ConflictChanged(
                    125,
                    new PostConflict(
                        ConflictId.parse("8c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f"),
                        POST,
                        BRAND,
                        ConflictKind.TEXT,
                        TextField.CAPTION,
                        new ConflictSide(
                            "Truffle risotto, tonight only",
                            GIULIA,
                            "Giulia Bianchi",
                            CLIENT,
                            Instant.parse("2026-11-30T09:15:00Z")),
                        new ConflictSide(
                            "Truffle risotto 🍄 all week",
                            UserId.parse("7f2e9e30-3333-4c4d-8e5f-2a3b4c5d6e7f"),
                            "Marco Rossi",
                            ClientId.parse("d4e5f607-1829-43a4-b5c6-d7e8f90a1b2c"),
                            Instant.parse("2026-11-30T09:16:30Z")),
                        null)),
                new PostRemoved(123, PostId.parse("11111111-2222-4333-8444-555555555555")),
                new BrandRemoved(124, BrandId.parse("22222222-3333-4444-8555-666666666666"))),
            125,
            false,
            42,
            130);
    assertRoundTrip(pull, PullResponse.class, "pull-response.json");
  }

  @Test
  void sessionResponseMatchesGolden() throws IOException {
    var session =
        new SessionResponse(
            "opaque-token",
            AgencyId.parse("5d0c7c1e-1111-4a2b-8c3d-0e1f2a3b4c5d"),
            UserId.parse("6e1d8d2f-2222-4b3c-9d4e-1f2a3b4c5d6e"),
            "Bellavista Marketing",
            Instant.parse("2026-12-06T09:00:00Z"),
            Role.EDITOR,
            "ana@bellavista.agency",
            false);
    assertRoundTrip(session, SessionResponse.class, "session-response.json");
  }

  @Test
  void sessionResponseNeverPrintsItsToken() {
    var session =
        new SessionResponse(
            "secret-token",
            AgencyId.random(),
            UserId.random(),
            "A",
            Instant.EPOCH,
            Role.OWNER,
            "a@b.c",
            false);
    assertThat(session.toString()).doesNotContain("secret-token");
  }

  @Test
  void problemMatchesGolden() throws IOException {
    var problem = Problem.of(400, "INVALID_JSON", "Malformed request", "Unexpected end of input");
    assertRoundTrip(problem, Problem.class, "problem.json");
  }

  @Test
  void strictMapperRejectsUnknownProperties() {
    String json =
        "{\"email\":\"a@b.example\",\"password\":\"x\",\"deviceName\":\"d\",\"admin\":true}";
    assertThatThrownBy(() -> MAPPER.readValue(json, SignInRequest.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void tolerantMapperIgnoresUnknownProperties() throws IOException {
    String json = "{\"email\":\"a@b.example\",\"password\":\"x\",\"deviceName\":\"d\",\"new\":1}";
    assertThat(Json.tolerant().readValue(json, SignInRequest.class).email())
        .isEqualTo("a@b.example");
  }

  @Test
  void invalidIdIsRefused() {
    assertThatThrownBy(() -> MAPPER.readValue("\"not-a-uuid\"", PostId.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
  }

  private static <T> void assertRoundTrip(T value, Class<T> type, String golden)
      throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      // ./mvnw test -pl common-model -Dgolden.update=true rewrites the files; review the diff.
      MAPPER
          .writerWithDefaultPrettyPrinter()
          .writeValue(Path.of("src/test/resources/golden", golden).toFile(), value);
    }
    JsonNode expected;
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + golden)) {
      assertThat(in).as("golden file %s", golden).isNotNull();
      expected = MAPPER.readTree(in);
    }
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(value)))
        .as("serialized %s", golden)
        .isEqualTo(expected);
    assertThat(MAPPER.treeToValue(expected, type)).as("parsed %s", golden).isEqualTo(value);
  }
}
