package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.model.api.StatusResponse;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.SyncProtocol;
import io.autoposter.server.api.ProblemResponses;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The production routes ({@link Main#routing}) under Helidon's own {@code @ServerTest}: a real
 * socket on a free port, a real H2 file, Helidon's HTTP/1 client.
 */
@ServerTest
class HelidonServerTest {
  private static final Path DATA_DIR = newTempDir();
  private static final ServerComponents COMPONENTS =
      ServerComponents.create(
          ServerSettings.from(
              TestServer.config(DATA_DIR, Map.of("autoposter.publisher.enabled", "false"))));

  private final Http1Client client;

  HelidonServerTest(Http1Client client) {
    this.client = client;
  }

  @SetUpServer
  static void server(WebServerConfig.Builder server) {
    server
        .maxPayloadSize(AutoposterServer.MAX_PAYLOAD_BYTES)
        .directHandlers(ProblemResponses.directHandlers());
  }

  @SetUpRoute
  static void routing(HttpRouting.Builder routing) {
    Main.routing(routing, COMPONENTS.endpoints(), COMPONENTS.routes());
  }

  @AfterAll
  static void closeComponents() throws IOException {
    COMPONENTS.close();
    try (Stream<Path> files = Files.walk(DATA_DIR)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Test
  void statusReportsDatabaseAndDiskUp() {
    try (Http1ClientResponse response = client.get("/api/v1/status").request()) {
      assertThat(response.status().code()).isEqualTo(200);
      StatusResponse status = read(response.as(String.class), StatusResponse.class);
      assertThat(status.status()).isEqualTo("UP");
      assertThat(status.checks())
          .extracting(StatusResponse.Check::name)
          .contains("database", "disk");
    }
  }

  @Test
  void signInAfterSignUpReturnsANewBearerToken() {
    String email = "owner-" + UUID.randomUUID() + "@example.com";
    SessionResponse signedUp =
        post(
            "/api/v1/tenants/register",
            null,
            new SignUpRequest("Helidon Agency", "Olga", email, TestServer.PASSWORD),
            201,
            SessionResponse.class);

    SessionResponse signedIn =
        post(
            "/api/v1/auth/sign-in",
            null,
            new SignInRequest(email, TestServer.PASSWORD, "test laptop"),
            200,
            SessionResponse.class);

    assertThat(signedIn.agencyId()).isEqualTo(signedUp.agencyId());
    assertThat(signedIn.token()).isNotBlank().isNotEqualTo(signedUp.token());
  }

  @Test
  void pushedPostComesBackInPull() {
    SessionResponse owner =
        post(
            "/api/v1/tenants/register",
            null,
            new SignUpRequest(
                "Push Agency",
                "Pia",
                "pia-" + UUID.randomUUID() + "@example.com",
                "pw-" + UUID.randomUUID()),
            201,
            SessionResponse.class);
    BrandId brand =
        post(
                "/api/v1/clients",
                owner.token(),
                new CreateBrandRequest("Bakery", "Europe/Vienna", "#AA5500"),
                201,
                io.autoposter.model.Brand.class)
            .id();
    Post post =
        new Post(
            PostId.random(),
            brand,
            "Croissants are out of the oven 🥐",
            Set.of(Network.SANDBOX),
            Instant.parse("2030-01-01T07:00:00Z"),
            ZoneId.of("Europe/Vienna"),
            PostStatus.SCHEDULED,
            "");
    ClientId clientId = ClientId.random();
    var mutation = new CreatePost(1, new HybridTimestamp(System.currentTimeMillis(), 0, "t"), post);

    PushResponse pushed =
        post(
            "/api/v1/sync/push",
            owner.token(),
            new PushRequest(clientId, SyncProtocol.SCHEMA_VERSION, List.of(mutation)),
            200,
            PushResponse.class);
    PullResponse pulled =
        post(
            "/api/v1/sync/pull",
            owner.token(),
            new PullRequest(clientId, SyncProtocol.SCHEMA_VERSION, 0, 100),
            200,
            PullResponse.class);

    assertThat(pushed.results().getFirst().outcome()).isEqualTo(MutationOutcome.APPLIED);
    assertThat(pulled.lastMutationId()).isEqualTo(1);
    assertThat(pulled.changes())
        .filteredOn(PostChanged.class::isInstance)
        .extracting(change -> ((PostChanged) change).post())
        .containsExactly(post);
  }

  private <T> T post(String path, String token, Object body, int expectedStatus, Class<T> type) {
    var request = client.post(path).contentType(MediaTypes.APPLICATION_JSON);
    if (token != null) {
      request.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
    }
    try (Http1ClientResponse response = request.submit(TestServer.json(body))) {
      String text = response.as(String.class);
      assertThat(response.status().code()).as(text).isEqualTo(expectedStatus);
      return read(text, type);
    }
  }

  private static <T> T read(String text, Class<T> type) {
    try {
      return Json.strict().readValue(text, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path newTempDir() {
    try {
      return Files.createTempDirectory("autoposter-servertest");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
