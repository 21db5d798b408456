package io.autoposter.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Real HTTP to the simulator with java.net.http; redirects are not followed. */
final class SimClient {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  SimClient(PlatformSimulator simulator) {
    this.base = simulator.baseUri().toString();
  }

  /** A response with its body parsed as JSON when it is JSON. */
  record Answer(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** The query parameters of the Location header. */
    Map<String, String> redirectQuery() {
      String location = header("Location");
      Map<String, String> query = new LinkedHashMap<>();
      String raw = URI.create(location).getRawQuery();
      for (String pair : raw.split("&")) {
        String[] parts = pair.split("=", 2);
        query.put(URLDecoder.decode(parts[0]), parts.length > 1 ? URLDecoder.decode(parts[1]) : "");
      }
      return query;
    }
  }

  private static final class URLDecoder {
    static String decode(String s) {
      return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
  }

  static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String query(String path, Map<String, String> values) {
    return path + (path.contains("?") ? "&" : "?") + form(values);
  }

  Answer get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  Answer delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  Answer postForm(String path, Map<String, String> values, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(values))));
  }

  Answer postJson(String path, Object body, String... headers) {
    try {
      String json = body instanceof String s ? s : JSON.writeValueAsString(body);
      return send(
          request(path, headers)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Answer post(String path, HttpRequest.BodyPublisher body, String contentType, String... headers) {
    return send(request(path, headers).header("Content-Type", contentType).POST(body));
  }

  Answer put(String path, byte[] body, String... headers) {
    return send(request(path, headers).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
            .timeout(Duration.ofSeconds(20));
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  Answer send(HttpRequest.Builder request) {
    try {
      return exchange(request.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends and lets transport failures (timeouts, dropped connections) through as they are. */
  Answer exchange(HttpRequest request) throws IOException {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  HttpClient http() {
    return http;
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }
}
