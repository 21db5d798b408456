package io.autoposter.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.Brand;
import io.autoposter.model.ClientId;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.SyncProtocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The server's HTTP API as a test sees it from outside: sign-up, brands, and reading the whole
 * change log with a client id no desktop uses — the oracle the desktops are compared with.
 */
final class ServerApi {
  private static final ObjectMapper JSON = Json.tolerant();

  private final String baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();
  private String token;

  ServerApi(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Registers a new agency with a unique e-mail and signs in as its owner. */
  SessionResponse registerAgency(String name) {
    SessionResponse session =
        post(
            "/api/v1/tenants/register",
            new SignUpRequest(
                name,
                "Owner of " + name,
                "owner-" + UUID.randomUUID() + "@agency.test",
                "correct horse battery staple 42"),
            SessionResponse.class);
    token = session.token();
    return session;
  }

  /** Signs in as an existing member, on a device session of its own. */
  SessionResponse signIn(String email, String password) {
    SessionResponse session =
        post(
            "/api/v1/auth/sign-in",
            new SignInRequest(email, password, "system test oracle", null),
            SessionResponse.class);
    token = session.token();
    return session;
  }

  void useToken(String bearer) {
    token = bearer;
  }

  Brand createBrand(String name) {
    return post("/api/v1/clients", new CreateBrandRequest(name, "Europe/Rome", null), Brand.class);
  }

  /** Every change the caller may see, from version 0, read as a fresh client. */
  List<Change> fullHistory() {
    ClientId reader = ClientId.random();
    List<Change> all = new ArrayList<>();
    long cursor = 0;
    while (true) {
      PullResponse page = pull(reader, cursor);
      all.addAll(page.changes());
      if (!page.hasMore()) {
        return all;
      }
      cursor = page.cursor();
    }
  }

  /** The posts the server holds now, by id: the full history folded. */
  Map<PostId, Post> posts() {
    Map<PostId, Post> posts = new LinkedHashMap<>();
    for (Change change : fullHistory()) {
      if (change instanceof PostChanged changed) {
        posts.put(changed.post().id(), changed.post());
      } else if (change instanceof PostRemoved removed) {
        posts.remove(removed.postId());
      }
    }
    return posts;
  }

  /** The server's last processed mutation id for {@code client} (read from a pull at the head). */
  long lastMutationId(ClientId client) {
    return pull(client, Long.MAX_VALUE / 2).lastMutationId();
  }

  PullResponse pull(ClientId client, long cursor) {
    return post(
        "/api/v1/sync/pull",
        new PullRequest(client, SyncProtocol.SCHEMA_VERSION, cursor, SyncProtocol.MAX_PULL_LIMIT),
        PullResponse.class);
  }

  /** POSTs JSON and returns the raw status and body, for tests that expect a refusal. */
  HttpResponse<String> postRaw(String path, Object body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs a path and returns the raw answer. */
  HttpResponse<byte[]> getRaw(String path) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET();
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private <T> T post(String path, Object body, Class<T> type) {
    HttpResponse<String> response = postRaw(path, body);
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readValue(response.body(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
