package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Role;
import io.autoposter.model.api.AuditEntry;
import io.autoposter.model.api.AuditPage;
import io.autoposter.model.api.SessionResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log, sign-in rate limits and the stored password hash. */
class AuditAndLimitsTest {
  @TempDir Path dataDir;

  @Test
  void sensitiveActionsAreAuditedAndOnlyManagersReadThem() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Audit Agency");
      server.createBrand(owner.token(), "Audited Brand");
      assertThat(server.signIn(owner.email(), "wrong password here").status()).isEqualTo(401);
      server.signIn("ghost-" + UUID.randomUUID() + "@example.com", "wrong password here");
      SessionResponse viewer = server.member(owner.token(), Role.VIEWER, true, Set.of());

      AuditPage page = server.get("/api/v1/audit?size=200", owner.token()).as(AuditPage.class);
      assertThat(page.entries())
          .extracting(AuditEntry::action)
          .contains(
              "AGENCY_CREATED",
              "BRAND_CREATED",
              "SIGN_IN_FAILED",
              "INVITATION_CREATED",
              "INVITATION_ACCEPTED");
      assertThat(page.entries()).allSatisfy(e -> assertThat(e.ip()).isEqualTo("127.0.0.1"));
      // The unknown e-mail's failure belongs to no agency and is not shown here.
      assertThat(page.entries()).noneMatch(e -> e.target().startsWith("ghost-"));

      AuditPage failures =
          server
              .get("/api/v1/audit?action=SIGN_IN_FAILED&size=10&page=0", owner.token())
              .as(AuditPage.class);
      assertThat(failures.total()).isEqualTo(1);
      AuditPage byActor =
          server
              .get("/api/v1/audit?actor=" + viewer.email().toUpperCase(), owner.token())
              .as(AuditPage.class);
      assertThat(byActor.entries()).extracting(AuditEntry::action).contains("INVITATION_ACCEPTED");

      assertThat(server.get("/api/v1/audit", viewer.token()).status()).isEqualTo(403);
      assertThat(server.get("/api/v1/audit?size=201", owner.token()).status()).isEqualTo(400);
      assertThat(server.get("/api/v1/audit?from=yesterday", owner.token()).status()).isEqualTo(400);
    }
  }

  @Test
  void repeatedWrongPasswordsGet429WithRetryAfterAndRecover() {
    MutableClock clock = MutableClock.startingNow();
    try (TestServer server = TestServer.start(dataDir, Map.of(), clock)) {
      SessionResponse owner = server.register("Limited Agency");
      for (int i = 0; i < 6; i++) {
        assertThat(server.signIn(owner.email(), "wrong password here").status()).isEqualTo(401);
      }
      Reply limited = server.signIn(owner.email(), TestServer.PASSWORD);
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.problem().code()).isEqualTo("RATE_LIMITED");
      assertThat(limited.retryAfter()).isEqualTo("1");

      clock.advance(Duration.ofSeconds(1));
      assertThat(server.signIn(owner.email(), TestServer.PASSWORD).status()).isEqualTo(200);
    }
  }

  @Test
  void storedHashIsArgon2idWithTheAsvsParameters() throws SQLException {
    try (TestServer server = TestServer.start(dataDir)) {
      server.register("Hash Agency");
    }
    try (Connection connection =
            DriverManager.getConnection(
                ServerSettings.defaultDatabaseUrl(dataDir.toAbsolutePath()));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT password_hash FROM users")) {
      rows.next();
      String[] parts = rows.getString(1).split("\\$");
      assertThat(parts[1]).isEqualTo("argon2id");
      assertThat(parts[2]).isEqualTo("v=19");
      Map<String, Integer> parameters = new java.util.HashMap<>();
      for (String pair : parts[3].split(",")) {
        parameters.put(pair.split("=")[0], Integer.parseInt(pair.split("=")[1]));
      }
      assertThat(parameters.get("m")).isGreaterThanOrEqualTo(19 * 1024);
      assertThat(parameters).containsEntry("t", 2).containsEntry("p", 1);
      assertThat(java.util.Base64.getDecoder().decode(parts[4])).hasSize(16);
    }
  }
}
