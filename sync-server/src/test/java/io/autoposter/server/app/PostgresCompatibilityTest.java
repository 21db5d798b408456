package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.SetDelta;
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

      List<MutationResult> results = client.push(client.create(post)).results();
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
      assertThat(
              client
                  .push(
                      client.edit(
                          post.id(),
                          client.version(post.id()),
                          PostPatch.EMPTY.withCaption("too late")))
                  .results())
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
      var slot =
          new io.autoposter.model.PostingSlot(
              java.time.DayOfWeek.FRIDAY, java.time.LocalTime.of(18, 30));
      var group = new io.autoposter.model.HashtagGroup("Pizza", List.of("#pizza", "#napoli"));
      assertThat(
              server
                  .patch(
                      "/api/v1/clients/" + a.id(),
                      owner.token(),
                      io.autoposter.model.api.UpdateBrandRequest.schedule(
                          List.of(slot), List.of(group)))
                  .as(Brand.class)
                  .hashtagGroups())
          .containsExactly(group);
      assertThat(
              server.get("/api/v1/clients/" + a.id(), owner.token()).as(Brand.class).postingSlots())
          .containsExactly(slot);
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

  @Test
  void mergeRulesAndConflictsRunOnPostgres() {
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
      SyncDesk desk = new SyncDesk(server, "Postgres Merge Agency");
      SyncClient laptop = desk.ownerLaptop();
      SyncClient tablet = desk.editorLaptop();
      Post post = desk.draft("Caption");
      long base = desk.created(laptop, post);

      SyncDesk.applied(
          laptop,
          laptop.edit(
              post.id(),
              base,
              PostPatch.EMPTY.withCaption("Laptop").withVariant(Network.LINKEDIN, "For LinkedIn")));
      SyncDesk.applied(
          tablet,
          tablet.edit(
              post.id(),
              base,
              new PostPatch(
                  null,
                  "Tablet",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  new SetDelta<>(List.of("summer"), List.of("launch")))));
      PostConflict conflict = tablet.openConflicts().getFirst();
      assertThat(conflict.kept().userName()).isEqualTo(SyncDesk.OWNER_NAME);
      assertThat(tablet.latest(post.id()).tags()).containsExactly("summer");
      assertThat(tablet.latest(post.id()).variants()).containsKey(Network.LINKEDIN);

      SyncDesk.applied(tablet, tablet.resolve(conflict, tablet.version(post.id()), "Both", false));
      assertThat(tablet.latest(post.id()).caption()).isEqualTo("Both");
      assertThat(tablet.openConflicts()).isEmpty();

      long seen = laptop.version(post.id());
      SyncDesk.applied(laptop, laptop.delete(post.id(), seen));
      SyncDesk.applied(tablet, tablet.edit(post.id(), seen, PostPatch.EMPTY.withCaption("Back")));
      assertThat(tablet.latest(post.id()).caption()).isEqualTo("Back");
      assertThat(tablet.openConflicts())
          .extracting(PostConflict::kind)
          .containsExactly(ConflictKind.DELETE);

      Post withMedia =
          new Post(
              io.autoposter.model.PostId.random(),
              desk.brand.id(),
              "Photo",
              "",
              Map.of(),
              Set.of(Network.SANDBOX),
              Set.of(),
              List.of(new MediaRef("d".repeat(64), "image/png", 5)),
              Set.of(),
              Instant.parse("2031-01-01T10:00:00Z"),
              desk.brand.zone(),
              PostStatus.SCHEDULED,
              "");
      assertThat(SyncDesk.rejected(laptop, laptop.create(withMedia))).isEqualTo("MEDIA_MISSING");
      assertThat(laptop.pull(0, 1000).headVersion()).isEqualTo(laptop.pull(0, 1000).cursor());
    }
  }
}
