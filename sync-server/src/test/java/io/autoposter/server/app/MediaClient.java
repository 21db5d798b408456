package io.autoposter.server.app;

import io.autoposter.model.api.MediaInfo;
import io.autoposter.model.api.Problem;
import io.autoposter.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/** Raw HTTP against {@code /api/v1/media}: binary bodies and the upload headers. */
final class MediaClient {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final TestServer server;
  private final String token;

  MediaClient(TestServer server, String token) {
    this.server = server;
    this.token = token;
  }

  /** An answer with its raw body. */
  record Answer(int status, String contentType, String uploadOffset, byte[] body) {
    MediaInfo info() {
      return read(MediaInfo.class);
    }

    Problem problem() {
      return read(Problem.class);
    }

    private <T> T read(Class<T> type) {
      try {
        return Json.strict().readValue(body, type);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from " + this, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + new String(body, 0, Math.min(body.length, 400));
    }
  }

  /** Sends {@code bytes[from, to)} as the chunk at offset {@code from} of {@code length}. */
  Answer putChunk(String sha256, byte[] bytes, int from, int to) {
    return put(
        sha256,
        "application/octet-stream",
        from,
        bytes.length,
        Arrays.copyOfRange(bytes, from, to));
  }

  /** The whole media in one chunk. */
  Answer putAll(String sha256, byte[] bytes) {
    return putChunk(sha256, bytes, 0, bytes.length);
  }

  Answer put(String sha256, String contentType, long offset, long length, byte[] chunk) {
    return send(
        request(sha256)
            .header("Content-Type", contentType)
            .header("Upload-Offset", Long.toString(offset))
            .header("Upload-Length", Long.toString(length))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(chunk)));
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Upload-Offset").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer status(String sha256) {
    return send(request(sha256 + "/status").GET());
  }

  Answer get(String sha256) {
    return send(request(sha256).GET());
  }

  /** A request to {@code /api/v1/media/<path>} with the bearer token. */
  HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/v1/media/" + path))
            .timeout(Duration.ofSeconds(60));
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }
}
