package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale path: the same migrations, sync and publisher on PostgreSQL. Runs when {@code
 * AUTOPOSTER_TEST_POSTGRES_URL} (plus {@code _USER}, {@code _PASSWORD}) is set; {@code .ci/run}
 * starts PostgreSQL and sets it, and on CI ({@code CI=true}) a missing database is a failure, not a
 * skip.
 */
class PostgresCompatibilityTest {
  private static final String URL = System.getenv("AUTOPOSTER_TEST_POSTGRES_URL");

  @TempDir Path dataDir;

  @Test
  void serverRunsSyncAndPublishingOnPostgres() {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(URL).as("CI must provide AUTOPOSTER_TEST_POSTGRES_URL").isNotBlank();
    }
    Assumptions.assumeTrue(URL != null && !URL.isBlank(), "no PostgreSQL configured");
    Map<String, String> postgres =
        Map.of(
            "autoposter.db.url", URL,
            "autoposter.db.user", System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_USER", ""),
            "autoposter.db.password",
                System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_PASSWORD", ""));

    try (TestServer server = TestServer.start(dataDir, postgres)) {
      SessionResponse owner = server.register("Postgres Agency");
      Brand brand = server.createBrand(owner.token(), "Pizzeria");
      server.connectSandbox(owner.token(), brand.id());
      SyncClient client = new SyncClient(server, owner.token());
      Post post =
          SyncClient.post(brand.id(), PostStatus.SCHEDULED, Instant.now(), Set.of(Network.SANDBOX));

      List<MutationResult> results = client.push(client.upsert(post)).results();
      Post published =
          Eventually.await(
              "the post to be published on PostgreSQL",
              Duration.ofSeconds(15),
              () -> {
                List<Post> history = client.history(post.id());
                Post last = history.isEmpty() ? null : history.getLast();
                return last != null && last.status() == PostStatus.PUBLISHED
                    ? Optional.of(last)
                    : Optional.empty();
              });

      assertThat(results)
          .extracting(MutationResult::outcome)
          .containsExactly(MutationOutcome.APPLIED);
      assertThat(published.outcome()).startsWith("Published to sandbox as sbx-");
      assertThat(client.push(client.upsert(post)).results())
          .extracting(MutationResult::reasonCode)
          .containsExactly("POST_READ_ONLY");
    }
  }

  @Test
  void accessTeamAuditAndLogosRunOnPostgres() {
    Assumptions.assumeTrue(URL != null && !URL.isBlank(), "no PostgreSQL configured");
    Map<String, String> postgres =
        Map.of(
            "autoposter.db.url",
            URL,
            "autoposter.db.user",
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_USER", ""),
            "autoposter.db.password",
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_PASSWORD", ""),
            "autoposter.publisher.enabled",
            "false");

    try (TestServer server = TestServer.start(dataDir, postgres)) {
      SessionResponse owner = server.register("Postgres Team Agency");
      Brand a = server.createBrand(owner.token(), "A");
      Brand b = server.createBrand(owner.token(), "B");
      assertThat(
              server
                  .put(
                      "/api/v1/clients/" + a.id() + "/logo", owner.token(), "image/png", Tenant.PNG)
                  .status())
          .isEqualTo(200);
      assertThat(server.get("/api/v1/clients/" + a.id() + "/logo", owner.token()).status())
          .isEqualTo(200);
      SessionResponse editor =
          server.member(
              owner.token(), io.autoposter.model.Role.EDITOR, false, Set.of(a.id(), b.id()));
      SyncClient client = new SyncClient(server, editor.token());
      assertThat(client.pullAll()).isNotEmpty();
      long cursor = client.pull(0, 1000).cursor();

      Reply narrowed =
          server.patch(
              "/api/v1/users/" + editor.userId(),
              owner.token(),
              new io.autoposter.model.api.UpdateMemberRequest(null, false, Set.of(a.id())));
      assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(200);
      assertThat(client.pull(cursor, 1000).changes())
          .anyMatch(io.autoposter.model.sync.BrandRemoved.class::isInstance);
      assertThat(server.delete("/api/v1/clients/" + b.id(), owner.token()).status()).isEqualTo(204);
      assertThat(server.post("/api/v1/auth/totp/enrollment", editor.token(), "{}").status())
          .isEqualTo(201);
      assertThat(server.get("/api/v1/sessions", editor.token()).status()).isEqualTo(200);
      Reply audit =
          server.get(
              "/api/v1/audit?action=MEMBER_UPDATED&from=2000-01-01T00:00:00Z", owner.token());
      assertThat(audit.status()).as(audit.body()).isEqualTo(200);
      assertThat(audit.as(io.autoposter.model.api.AuditPage.class).total()).isEqualTo(1);
    }
  }
}
