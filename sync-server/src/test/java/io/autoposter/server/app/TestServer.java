package io.autoposter.server.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.api.AcceptInvitationRequest;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.json.Json;
import io.autoposter.server.api.Routes;
import io.autoposter.server.vault.TestMasterKey;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A real server on a free loopback port with an H2 file database in a temporary directory. */
final class TestServer implements AutoCloseable {
  static final String PASSWORD = "correct horse battery staple";

  private final AutoposterServer server;
  private final Path dataDir;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(AutoposterServer server, Path dataDir) {
    this.server = server;
    this.dataDir = dataDir;
  }

  static TestServer start(Path dataDir) {
    return start(dataDir, Map.of());
  }

  static TestServer start(Path dataDir, Map<String, String> extra) {
    return start(dataDir, extra, Clock.systemUTC());
  }

  static TestServer start(Path dataDir, Map<String, String> extra, Clock clock) {
    return new TestServer(
        AutoposterServer.start(ServerSettings.from(config(dataDir, extra)), clock), dataDir);
  }

  Path dataDir() {
    return dataDir;
  }

  List<Routes.Route> routes() {
    return server.routes();
  }

  Reply send(String method, String path, String token, String contentType, byte[] body) {
    return send(method, path, token, contentType, body, Map.of());
  }

  /** With extra headers, such as a media chunk's Upload-Offset and Upload-Length. */
  Reply send(
      String method,
      String path,
      String token,
      String contentType,
      byte[] body,
      Map<String, String> headers) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body);
    HttpRequest.Builder builder = request(path, token).method(method, publisher);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    headers.forEach(builder::header);
    return send(builder);
  }

  /** A JSON POST with one extra header (such as X-Forwarded-For). */
  Reply sendWithHeader(String method, String path, String header, String value, byte[] body) {
    return send(
        request(path, null)
            .header("Content-Type", "application/json")
            .header(header, value)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Reply patch(String path, String token, Object body) {
    return send("PATCH", path, token, "application/json", json(body).getBytes(UTF_8));
  }

  Reply delete(String path, String token) {
    return send("DELETE", path, token, null, null);
  }

  Reply put(String path, String token, String contentType, byte[] body) {
    return send("PUT", path, token, contentType, body);
  }

  /** Posts an HTML form as a browser would. */
  Reply postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), UTF_8))
            .collect(Collectors.joining("&"));
    return send("POST", path, null, "application/x-www-form-urlencoded", body.getBytes(UTF_8));
  }

  Reply signIn(String email, String password) {
    return post("/api/v1/auth/sign-in", null, new SignInRequest(email, password, "test device"));
  }

  /**
   * Invites a new member with the role and brand access (through the API and the outbox e-mail, as
   * a person would), accepts and returns the member's session.
   */
  SessionResponse member(String ownerToken, Role role, boolean allBrands, Set<BrandId> brands) {
    String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
    List<Path> before = Mails.outboxFiles(dataDir);
    Reply invited =
        post(
            "/api/v1/invitations",
            ownerToken,
            new CreateInvitationRequest(email, role, allBrands, brands));
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    String token =
        Mails.token(Mails.link(Mails.awaitOutbox(dataDir, email, before), "/invitations/accept"));
    Reply accepted =
        post(
            "/api/v1/invitations/accept",
            null,
            new AcceptInvitationRequest(token, "Member " + role, PASSWORD));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    return accepted.as(SessionResponse.class);
  }

  static Config config(Path dataDir, Map<String, String> extra) {
    Map<String, String> values = new HashMap<>();
    values.put("server.port", "0");
    values.put("autoposter.data-dir", dataDir.toString());
    values.put("autoposter.vault.master-key", TestMasterKey.VALUE);
    values.putAll(extra);
    return Config.just(ConfigSources.create(values));
  }

  Reply get(String path, String token) {
    return send(request(path, token).GET());
  }

  Reply post(String path, String token, Object body) {
    String text = body instanceof String string ? string : json(body);
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(text)));
  }

  /** Registers a fresh agency and returns its owner's session. */
  SessionResponse register(String agencyName) {
    String email = "owner-" + UUID.randomUUID() + "@example.com";
    Reply reply =
        post(
            "/api/v1/tenants/register",
            null,
            new SignUpRequest(agencyName, "Owner", email, PASSWORD));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.as(SessionResponse.class);
  }

  Brand createBrand(String token, String name) {
    Reply reply =
        post("/api/v1/clients", token, new CreateBrandRequest(name, "Europe/Rome", "#112233"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.as(Brand.class);
  }

  SocialAccount connectSandbox(String token, BrandId brand) {
    Reply reply =
        post("/api/v1/accounts/sandbox", token, new ConnectSandboxRequest(brand, "Sandbox"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.as(SocialAccount.class);
  }

  int port() {
    return server.port();
  }

  /** The server's token refresher, to run a check at once instead of waiting for its timer. */
  io.autoposter.server.accounts.TokenRefresher tokenRefresher() {
    return server.tokenRefresher();
  }

  @Override
  public void close() {
    server.stop();
  }

  static String json(Object value) {
    try {
      return Json.strict().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
            .timeout(Duration.ofSeconds(20));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().firstValue("Retry-After").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
