package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.api.DeviceSession;
import io.autoposter.model.api.SessionResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Device sessions: list, revoke, idle and absolute expiry (with an injected clock). */
class SessionsTest {
  @TempDir Path dataDir;

  @Test
  void sessionsAreListedWithDeviceAndCanBeRevoked() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Sessions Agency");
      String laptop = signIn(server, owner.email());
      String phone = signIn(server, owner.email());

      List<DeviceSession> sessions = list(server, laptop);
      assertThat(sessions).hasSize(3);
      assertThat(sessions).filteredOn(DeviceSession::current).hasSize(1);
      assertThat(sessions).allSatisfy(s -> assertThat(s.ip()).isEqualTo("127.0.0.1"));
      assertThat(sessions).extracting(DeviceSession::deviceName).contains("test device", "Sign-up");

      String phoneId =
          list(server, phone).stream()
              .filter(DeviceSession::current)
              .findFirst()
              .orElseThrow()
              .id();
      assertThat(server.delete("/api/v1/sessions/" + phoneId, laptop).status()).isEqualTo(204);
      assertThat(server.get("/api/v1/sessions", phone).status()).isEqualTo(401);

      assertThat(server.delete("/api/v1/sessions", laptop).status()).isEqualTo(204);
      assertThat(server.get("/api/v1/sessions", owner.token()).status()).isEqualTo(401);
      assertThat(list(server, laptop)).hasSize(1);
    }
  }

  @Test
  void anotherUsersSessionIdIsNotFound() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse a = server.register("A");
      SessionResponse b = server.register("B");
      String bSession = list(server, b.token()).getFirst().id();

      assertThat(server.delete("/api/v1/sessions/" + bSession, a.token()).status()).isEqualTo(404);
      assertThat(server.get("/api/v1/sessions", b.token()).status()).isEqualTo(200);
    }
  }

  @Test
  void idleSessionExpiresAfter14DaysAndEveryOneAfter30() {
    MutableClock clock = MutableClock.startingNow();
    try (TestServer server = TestServer.start(dataDir, Map.of(), clock)) {
      SessionResponse owner = server.register("Expiry Agency");
      String idle = signIn(server, owner.email());
      String busy = signIn(server, owner.email());

      for (int day = 0; day < 29; day++) {
        clock.advance(Duration.ofDays(1));
        assertThat(server.get("/api/v1/sessions", busy).status()).as("day %d", day).isEqualTo(200);
      }
      assertThat(server.get("/api/v1/sessions", idle).status()).isEqualTo(401);

      clock.advance(Duration.ofDays(1));
      assertThat(server.get("/api/v1/sessions", busy).status()).isEqualTo(401);
    }
  }

  @Test
  void forwardedForIsOnlyTrustedWhenConfigured() {
    for (boolean trust : List.of(false, true)) {
      try (TestServer server =
          TestServer.start(
              dataDir.resolve("trust-" + trust), Map.of("autoposter.trust-proxy", "" + trust))) {
        SessionResponse owner = server.register("Proxy Agency");
        Reply reply =
            server.sendWithHeader(
                "POST",
                "/api/v1/auth/sign-in",
                "X-Forwarded-For",
                "203.0.113.9, 10.0.0.1",
                TestServer.json(
                        new io.autoposter.model.api.SignInRequest(
                            owner.email(), TestServer.PASSWORD, "proxied"))
                    .getBytes(StandardCharsets.UTF_8));
        String token = reply.as(SessionResponse.class).token();

        assertThat(list(server, token))
            .filteredOn(DeviceSession::current)
            .extracting(DeviceSession::ip)
            .containsExactly(trust ? "203.0.113.9" : "127.0.0.1");
      }
    }
  }

  private static String signIn(TestServer server, String email) {
    Reply reply = server.signIn(email, TestServer.PASSWORD);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.as(SessionResponse.class).token();
  }

  private static List<DeviceSession> list(TestServer server, String token) {
    Reply reply = server.get("/api/v1/sessions", token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.as(new TypeReference<List<DeviceSession>>() {});
  }
}
