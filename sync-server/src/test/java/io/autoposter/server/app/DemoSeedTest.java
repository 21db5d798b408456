package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.DeviceSession;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSeedTest {
  private static final Map<String, String> DEMO =
      Map.of(
          "autoposter.demo.seed", "true",
          "autoposter.demo.email", "demo@autoposter.test",
          "autoposter.demo.password", "demo password 2026");

  @TempDir Path dataDir;

  @Test
  void seedingTwiceCreatesEverythingOnce() throws SQLException {
    try (TestServer first = TestServer.start(dataDir, DEMO)) {
      assertThat(signIn(first)).isEqualTo(200);
    }
    Map<String, Long> afterFirst = counts();
    try (TestServer second = TestServer.start(dataDir, DEMO)) {
      assertThat(signIn(second)).isEqualTo(200);
    }

    long posts = afterFirst.get("posts");
    assertThat(posts).isBetween(55L, 65L);
    assertThat(afterFirst)
        .containsEntry("agencies", 1L)
        .containsEntry("users", 1L)
        .containsEntry("brands", 3L)
        .containsEntry("social_accounts", 3L)
        // one entry per brand, one for the main brand's posting slots and hashtag groups, and
        // one per post: the posts went through the change log
        .containsEntry("change_log", 4L + posts);
    assertThat(afterFirst.get("media")).isGreaterThanOrEqualTo(20L);
    assertThat(counts()).isEqualTo(afterFirst);
  }

  @Test
  void postsTheUserDeletedStayDeletedAfterARestart() throws SQLException {
    PostId deleted;
    try (TestServer first = TestServer.start(dataDir, DEMO)) {
      SyncClient desk = new SyncClient(first, DemoContentTest.token(first));
      Post draft =
          DemoContentTest.latestPosts(desk).stream()
              .filter(post -> post.status() == PostStatus.DRAFT)
              .findFirst()
              .orElseThrow();
      deleted = draft.id();
      desk.push(desk.delete(deleted, desk.version(deleted)));
    }
    Map<String, Long> afterDelete = counts();
    try (TestServer second = TestServer.start(dataDir, DEMO)) {
      SyncClient desk = new SyncClient(second, DemoContentTest.token(second));
      assertThat(DemoContentTest.latestPosts(desk)).extracting(Post::id).doesNotContain(deleted);
    }
    assertThat(counts()).isEqualTo(afterDelete);
  }

  @Test
  void withoutContentOnlyTheAgencyAndItsBrandAreSeeded() throws SQLException {
    Map<String, String> bare = new HashMap<>(DEMO);
    bare.put("autoposter.demo.content", "false");
    try (TestServer server = TestServer.start(dataDir, bare)) {
      assertThat(signIn(server)).isEqualTo(200);
    }
    assertThat(counts())
        .containsEntry("brands", 1L)
        .containsEntry("social_accounts", 1L)
        .containsEntry("posts", 0L)
        .containsEntry("change_log", 1L);
  }

  @Test
  void theMainBrandHasPostingSlotsAndHashtagGroups() {
    try (TestServer server = TestServer.start(dataDir, DEMO)) {
      io.autoposter.model.Brand main =
          server
              .get("/api/v1/clients", DemoContentTest.token(server))
              .as(
                  new com.fasterxml.jackson.core.type.TypeReference<
                      java.util.List<io.autoposter.model.Brand>>() {})
              .stream()
              .filter(brand -> !brand.postingSlots().isEmpty())
              .findFirst()
              .orElseThrow();
      assertThat(main.postingSlots()).hasSize(DemoSeed.MAIN_SLOTS.size());
      assertThat(main.hashtagGroups()).isEqualTo(DemoSeed.MAIN_HASHTAGS);
    }
  }

  @Test
  void seedLeavesNoUnusedSessionBehind() {
    try (TestServer server = TestServer.start(dataDir, DEMO)) {
      String token =
          server
              .post(
                  "/api/v1/auth/sign-in",
                  null,
                  new SignInRequest("demo@autoposter.test", "demo password 2026", "laptop"))
              .as(SessionResponse.class)
              .token();

      assertThat(server.get("/api/v1/sessions", token).as(DeviceSession[].class))
          .extracting(DeviceSession::deviceName)
          .containsExactly("laptop");
    }
  }

  private static int signIn(TestServer server) {
    return server
        .post(
            "/api/v1/auth/sign-in",
            null,
            new SignInRequest("demo@autoposter.test", "demo password 2026", "test"))
        .status();
  }

  private Map<String, Long> counts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    String url = ServerSettings.defaultDatabaseUrl(dataDir.toAbsolutePath());
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String table :
          new String[] {
            "agencies", "users", "brands", "social_accounts", "change_log", "posts", "media"
          }) {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    }
    return counts;
  }
}
