package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML pages escape what they echo and never show a stack trace. */
class WebPagesTest {
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
  void hostileTokenInTheLinkIsRefusedWithoutEchoingIt() {
    Reply page = server.get("/password-reset?token=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", null);

    assertThat(page.status()).isEqualTo(410);
    assertThat(page.body()).contains("no longer works").doesNotContain("<script>");
  }

  @Test
  void wrongPolicyShowsTheFormAgainWithTheReasonEscaped() {
    Reply reply =
        server.postForm(
            "/invitations/accept",
            Map.of("token", "x\"><img src=x>", "name", "<i>Ann</i>", "password", "password1234"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body())
        .contains("too common")
        .contains("&lt;i&gt;Ann&lt;/i&gt;")
        .doesNotContain("<img")
        .doesNotContain("Exception");
  }

  @Test
  void unknownTokenIsAClearErrorPage() {
    Reply reply =
        server.postForm(
            "/password-reset", Map.of("token", "nope", "password", "a long new passphrase"));

    assertThat(reply.status()).isEqualTo(410);
    assertThat(reply.contentType()).startsWith("text/html");
    assertThat(reply.body()).contains("no longer works").doesNotContain("Exception");
  }

  @Test
  void malformedFormBodyIsHandled() {
    Reply reply =
        server.send(
            "POST",
            "/password-reset",
            null,
            "application/x-www-form-urlencoded",
            "%zz=%%&token".getBytes());

    assertThat(reply.status()).isLessThan(500);
  }
}
