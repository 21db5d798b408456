package io.autoposter.server.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.api.SessionResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Media chunks may be larger than 1 MiB; every other route still refuses bodies over 1 MiB, with or
 * without a Content-Length.
 */
class RequestBodyLimitTest {
  static final int OVER_ONE_MIB = 1024 * 1024 + 10;

  @TempDir static Path dataDir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aJsonBodyOverOneMebibyteIsRefusedByItsContentLength() {
    Reply reply = server.post("/api/v1/auth/sign-in", null, hugeSignIn());

    assertThat(reply.status()).as(reply.body()).isEqualTo(413);
    assertThat(reply.problem().code()).isEqualTo("PAYLOAD_TOO_LARGE");
  }

  @Test
  void aChunkedJsonBodyOverOneMebibyteIsRefusedWhileItIsRead() throws Exception {
    byte[] body = hugeSignIn().getBytes(UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/v1/auth/sign-in"))
            .header("Content-Type", "application/json")
            // An input stream of unknown length goes out chunked, without a Content-Length.
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .timeout(Duration.ofSeconds(20))
            .build();

    HttpResponse<String> response = send(request);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
  }

  @Test
  void aMediaChunkMayBeLargerThanOneMebibyte() {
    SessionResponse owner = server.register("Large Chunk Agency");
    byte[] png = TestImages.png(700, 700, 7);
    assertThat(png.length).isGreaterThan(OVER_ONE_MIB);

    MediaClient.Answer put =
        new MediaClient(server, owner.token()).putAll(TestImages.sha256(png), png);

    assertThat(put.status()).as(put.toString()).isEqualTo(201);
  }

  private static String hugeSignIn() {
    return "{\"email\":\"" + "x".repeat(OVER_ONE_MIB) + "\"}";
  }

  private static HttpResponse<String> send(HttpRequest request) throws InterruptedException {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
