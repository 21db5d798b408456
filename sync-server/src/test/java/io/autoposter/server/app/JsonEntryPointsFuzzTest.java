package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.autoposter.model.api.SessionResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Arbitrary bytes as the body of the JSON entry points of a running server: the answer is never a
 * 5xx and always arrives (the client's timeout is the hang check). {@code mvn verify} replays the
 * seed corpus in {@code JsonEntryPointsFuzzTestInputs}; fuzz for real with {@code JAZZER_FUZZ=1}.
 */
class JsonEntryPointsFuzzTest {
  private static final List<String> ROUTES =
      List.of(
          "/api/v1/auth/sign-in",
          "/api/v1/tenants/register",
          "/api/v1/sync/push",
          "/api/v1/sync/pull",
          "/api/v1/invitations/accept",
          "/api/v1/auth/password-reset/confirm",
          "/api/v1/clients",
          "/api/v1/invitations");
  private static TestServer server;
  private static String token;

  private static synchronized void ensureServer() {
    if (server != null) {
      return;
    }
    try {
      Path dir = Files.createTempDirectory("autoposter-fuzz");
      server = TestServer.start(dir, Map.of("autoposter.publisher.enabled", "false"));
      SessionResponse owner = server.register("Fuzz Agency");
      token = owner.token();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void jsonBodiesNeverCauseServerErrors(FuzzedDataProvider data) {
    ensureServer();
    String route = data.pickValue(ROUTES);
    boolean authenticated = data.consumeBoolean();
    byte[] body = data.consumeRemainingAsBytes();

    Reply reply =
        server.send("POST", route, authenticated ? token : null, "application/json", body);

    assertThat(reply.status()).as(route + " " + reply.body()).isLessThan(500);
    assertThat(reply.body()).doesNotContain("Exception");
  }
}
