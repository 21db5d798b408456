package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.json.Json;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A real server on a free loopback port with an H2 file database in a temporary directory. */
final class TestServer implements AutoCloseable {
  static final String PASSWORD = "correct horse battery staple";

  private final AutoposterServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(AutoposterServer server) {
    this.server = server;
  }

  static TestServer start(Path dataDir) {
    return start(dataDir, Map.of());
  }

  static TestServer start(Path dataDir, Map<String, String> extra) {
    return new TestServer(AutoposterServer.start(config(dataDir, extra)));
  }

  static Config config(Path dataDir, Map<String, String> extra) {
    Map<String, String> values = new HashMap<>();
    values.put("server.port", "0");
    values.put("autoposter.data-dir", dataDir.toString());
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
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
