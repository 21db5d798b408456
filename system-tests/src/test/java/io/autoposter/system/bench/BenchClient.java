package io.autoposter.system.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A minimal JSON-over-HTTP client for the benchmark; speaks the public API only. */
final class BenchClient {
  private static final ObjectMapper JSON = Json.tolerant();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private String token;

  BenchClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  void useToken(String bearer) {
    this.token = bearer;
  }

  boolean isUp() {
    try {
      return send(request("/api/v1/status").GET()).statusCode() == 200;
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  <T> T post(String path, Object body, Class<T> type) {
    try {
      HttpResponse<String> response =
          send(
              request(path)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
      return read(path, response, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> T get(String path, Class<T> type) {
    return read(path, send(request(path).GET()), type);
  }

  private <T> T read(String path, HttpResponse<String> response, Class<T> type) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
    try {
      return JSON.readValue(response.body(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
