package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.ApiPost;
import io.autoposter.model.api.ApiPostPage;
import io.autoposter.model.api.PostStats;
import io.autoposter.model.api.SessionResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read side of the public posts API over HTTP: scheduled posts page by page, history with the
 * platform's id and the target's state, counts, and clear refusals of bad input.
 */
class PostsApiTest {
  @TempDir static Path dataDir;
  static TestServer server;
  static SessionResponse owner;
  static Brand brand;
  static Post published;
  static List<Post> ahead = new ArrayList<>();

  @BeforeAll
  static void publishOneAndScheduleFive() {
    server = TestServer.start(dataDir);
    owner = server.register("Posts API Agency");
    brand = server.createBrand(owner.token(), "Trattoria Roma");
    server.connectSandbox(owner.token(), brand.id());
    SyncClient client = new SyncClient(server, owner.token());
    published =
        SyncClient.post(
            brand.id(),
            PostStatus.SCHEDULED,
            Instant.now().plusSeconds(1),
            Set.of(Network.SANDBOX));
    client.push(client.create(published));
    Instant later = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
    for (int i = 0; i < 5; i++) {
      // Two share a due time: paging must neither skip nor repeat either.
      Post post =
          SyncClient.post(
              brand.id(),
              PostStatus.SCHEDULED,
              later.plus(Duration.ofHours(i == 4 ? 3 : i)),
              Set.of(Network.SANDBOX));
      client.push(client.create(post));
      ahead.add(post);
    }
    Eventually.await(
        "the first post published",
        Duration.ofSeconds(20),
        () ->
            Optional.of(client.history(published.id()).getLast())
                .filter(p -> p.status() == PostStatus.PUBLISHED));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void scheduledComesSoonestFirstPageByPage() {
    List<ApiPost> seen = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      Reply reply =
          server.get(
              "/api/v1/posts/scheduled?limit=2" + (next == null ? "" : "&after=" + next),
              owner.token());
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      ApiPostPage page = reply.as(ApiPostPage.class);
      seen.addAll(page.posts());
      next = page.next();
      pages++;
    } while (next != null && pages < 10);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).extracting(ApiPost::id).doesNotHaveDuplicates().hasSize(5);
    assertThat(seen)
        .extracting(ApiPost::id)
        .containsExactlyInAnyOrderElementsOf(ahead.stream().map(Post::id).toList());
    assertThat(seen).extracting(ApiPost::dueAt).isSorted();
    assertThat(seen).allSatisfy(p -> assertThat(p.status()).isEqualTo(PostStatus.SCHEDULED));
  }

  @Test
  void historyShowsWhatWentOutWithThePlatformsId() {
    Reply reply = server.get("/api/v1/posts/history?brand=" + brand.id(), owner.token());

    assertThat(reply.status()).isEqualTo(200);
    ApiPost post = reply.as(ApiPostPage.class).posts().getFirst();
    assertThat(post.id()).isEqualTo(published.id());
    assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
    assertThat(post.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.network()).isEqualTo(Network.SANDBOX);
              assertThat(t.state()).isEqualTo("PUBLISHED");
              assertThat(t.platformPostId()).startsWith("sbx-");
            });
  }

  @Test
  void onePostByItsIdWithItsTargets() {
    Reply reply = server.get("/api/v1/posts/" + published.id(), owner.token());

    assertThat(reply.status()).isEqualTo(200);
    ApiPost post = reply.as(ApiPost.class);
    assertThat(post.caption()).isEqualTo(published.caption());
    assertThat(post.targets()).extracting(ApiPost.Target::state).containsExactly("PUBLISHED");

    Reply unknown = server.get("/api/v1/posts/" + java.util.UUID.randomUUID(), owner.token());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.problem().detail()).isEqualTo("There is no such post.");
    assertThat(server.get("/api/v1/posts/nonsense", owner.token()).status()).isEqualTo(404);
  }

  @Test
  void statsCountPostsAndTargets() {
    PostStats stats = server.get("/api/v1/posts/stats", owner.token()).as(PostStats.class);

    assertThat(stats.postsByStatus())
        .containsEntry(PostStatus.SCHEDULED, 5L)
        .containsEntry(PostStatus.PUBLISHED, 1L);
    assertThat(stats.targetsByState()).containsEntry("PUBLISHED", 1L);
  }

  @Test
  void badInputIsAProblemWithAReadableDetail() {
    Reply limit = server.get("/api/v1/posts/scheduled?limit=0", owner.token());
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.contentType()).startsWith("application/problem+json");
    assertThat(limit.problem().detail()).isEqualTo("limit must be a whole number from 1 to 500.");

    Reply cursor = server.get("/api/v1/posts/history?before=yesterday", owner.token());
    assertThat(cursor.status()).isEqualTo(400);
    assertThat(cursor.problem().detail()).contains("start again without it");

    assertThat(server.get("/api/v1/posts/stats?brand=not-a-uuid", owner.token()).status())
        .isEqualTo(404);
  }

  @Test
  void anotherAgencySeesNoneOfIt() {
    SessionResponse other = server.register("Other Agency");

    assertThat(server.get("/api/v1/posts/scheduled?brand=" + brand.id(), other.token()).status())
        .isEqualTo(404);
    assertThat(server.get("/api/v1/posts/" + published.id(), other.token()).status())
        .isEqualTo(404);
    assertThat(server.get("/api/v1/posts/scheduled", other.token()).as(ApiPostPage.class).posts())
        .isEmpty();
    assertThat(server.get("/api/v1/posts/stats", other.token()).as(PostStats.class).postsByStatus())
        .isEmpty();
  }
}
