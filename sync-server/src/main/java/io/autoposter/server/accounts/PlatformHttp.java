package io.autoposter.server.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.autoposter.model.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls to the platforms over real HTTP with timeouts. Tokens travel in headers or form bodies;
 * nothing here logs a request, and failures carry no URL (some carry a token in the query).
 */
final class PlatformHttp {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = Json.tolerant();

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** A platform's answer: status and JSON body (missing when it was not JSON). */
  record Answer(int status, JsonNode body) {
    boolean ok() {
      return status / 100 == 2;
    }

    String text(String field) {
      return body.path(field).asText("");
    }
  }

  Answer get(String url, String bearer) {
    return send(request(url, bearer).GET());
  }

  Answer delete(String url, String bearer) {
    return send(request(url, bearer).DELETE());
  }

  /** A form POST; {@code basic} adds HTTP Basic client authentication when not null. */
  Answer postForm(String url, Map<String, String> form, String bearer, App basic) {
    HttpRequest.Builder builder =
        request(url, bearer)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    if (basic != null) {
      String pair = basic.clientId() + ":" + basic.clientSecret();
      builder.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return send(builder);
  }

  /** Client credentials for HTTP Basic. */
  record App(String clientId, String clientSecret) {
    @Override
    public String toString() {
      return "App[" + clientId + ", secret redacted]";
    }
  }

  static String encode(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpRequest.Builder request(String url, String bearer) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .header("LinkedIn-Version", "202401")
            .header("X-Restli-Protocol-Version", "2.0.0");
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), parse(response.body()));
    } catch (IOException e) {
      throw new PlatformException(
          "The platform ("
              + request.uri().getHost()
              + ") did not answer: "
              + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformException("Interrupted while calling " + request.uri().getHost());
    }
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }
}
