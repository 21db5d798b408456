package io.autoposter.system;

import io.autoposter.model.api.SandboxPost;
import io.autoposter.model.json.Json;
import io.autoposter.server.app.AutoposterServer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The real sync server on a fixed loopback port with an H2 file in a temporary directory; it can be
 * stopped and started again on the same port and data, as when a server goes down and comes back.
 */
final class RunningServer implements AutoCloseable {
  static final String DEMO_EMAIL = "owner@demo-agency.test";
  static final String DEMO_PASSWORD = "end-to-end-demo-password";

  private final Path dataDir;
  private final int port;
  private final Map<String, String> extra;
  private AutoposterServer server;

  private RunningServer(Path dataDir, int port, Map<String, String> extra) {
    this.dataDir = dataDir;
    this.port = port;
    this.extra = Map.copyOf(extra);
  }

  /** A server on a free port with the demo agency, brand and sandbox account seeded. */
  static RunningServer startWithDemoAgency(Path dataDir) {
    return startWithDemoAgency(dataDir, Map.of());
  }

  /** The same with more settings, such as the platforms pointed at a simulator. */
  static RunningServer startWithDemoAgency(Path dataDir, Map<String, String> extra) {
    RunningServer running = new RunningServer(dataDir, freePort(), extra);
    running.start();
    return running;
  }

  /** The background token refresher of the running server. */
  io.autoposter.server.accounts.TokenRefresher tokenRefresher() {
    return server.tokenRefresher();
  }

  void start() {
    if (server != null) {
      throw new IllegalStateException("already running");
    }
    Map<String, String> settings =
        new java.util.HashMap<>(
            Map.of(
                "server.port",
                Integer.toString(port),
                "autoposter.data-dir",
                dataDir.toString(),
                "autoposter.demo.seed",
                "true",
                "autoposter.demo.email",
                DEMO_EMAIL,
                "autoposter.demo.password",
                DEMO_PASSWORD));
    settings.putAll(extra);
    server = AutoposterServer.start(Config.just(ConfigSources.create(settings)));
  }

  void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /**
   * The JDBC URL of the server's embedded H2 file, for tests that inspect what the server stored
   * (same JVM, so the connection joins the open database).
   */
  String databaseUrl() {
    return "jdbc:h2:file:"
        + dataDir.resolve("autoposter")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** What the sandbox network received for the agency of {@code token}. */
  List<SandboxPost> sandboxPosts(String token) {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url() + "/api/v1/sandbox/posts"))
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError("sandbox posts: " + response.statusCode() + " " + response.body());
      }
      return Arrays.asList(Json.tolerant().readValue(response.body(), SandboxPost[].class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
