package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.SandboxPost;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PushResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
  private static final Duration DEADLINE = Duration.ofSeconds(15);

  @TempDir Path dataDir;

  @Test
  void sandboxPostDueInOneSecondIsPublishedOnce() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Publishing Agency");
      Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
      server.connectSandbox(owner.token(), brand.id());
      SyncClient client = new SyncClient(server, owner.token());
      Post post =
          SyncClient.post(
              brand.id(),
              PostStatus.SCHEDULED,
              Instant.now().plusSeconds(1),
              Set.of(Network.SANDBOX));

      client.push(client.create(post));
      Post finished = awaitFinished(client, post);

      assertThat(finished.status()).isEqualTo(PostStatus.PUBLISHED);
      assertThat(finished.outcome()).matches("Published to sandbox as sbx-\\d+\\.");
      assertThat(client.history(post.id()))
          .extracting(Post::status)
          .containsExactly(PostStatus.SCHEDULED, PostStatus.PUBLISHING, PostStatus.PUBLISHED);
      List<SandboxPost> received = sandboxPosts(server, owner.token());
      assertThat(received).filteredOn(it -> it.postId().equals(post.id())).hasSize(1);
      assertThat(received.getFirst().caption()).isEqualTo(post.caption());
      assertThat(received.getFirst().accountName()).isEqualTo("Sandbox");
    }
  }

  @Test
  void publishingClosesTheOpenConflictsOfThePostWithTheTextThatWentOut() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Conflicted Agency");
      Brand brand = server.createBrand(owner.token(), "Pizzeria");
      server.connectSandbox(owner.token(), brand.id());
      SyncClient laptop = new SyncClient(server, owner.token());
      SyncClient tablet = new SyncClient(server, owner.token());
      Post post =
          SyncClient.post(
              brand.id(),
              PostStatus.SCHEDULED,
              Instant.now().plusSeconds(2),
              Set.of(Network.SANDBOX));
      laptop.push(laptop.create(post));
      long base = laptop.version(post.id());
      laptop.push(laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Laptop wording")));
      tablet.push(tablet.edit(post.id(), base, PostPatch.EMPTY.withCaption("Tablet wording")));
      assertThat(tablet.openConflicts()).as("a conflict opened before publishing").hasSize(1);

      Post finished = awaitFinished(laptop, post);

      assertThat(finished.status()).isEqualTo(PostStatus.PUBLISHED);
      assertThat(tablet.openConflicts())
          .as("nothing left to resolve on a published post")
          .isEmpty();
      PostConflict closed = tablet.conflicts().getLast();
      assertThat(closed.resolution()).isNotNull();
      assertThat(closed.resolution().text()).isEqualTo("Laptop wording");
      assertThat(closed.resolution().userName()).isEqualTo("Autoposter, when publishing started");
      assertThat(closed.incoming().text())
          .as("the other text is still there")
          .isEqualTo("Tablet wording");
    }
  }

  @Test
  void publishingKeepsEveryFieldAndStampsAfterThePost() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Field Agency");
      Brand brand = server.createBrand(owner.token(), "Enoteca");
      server.connectSandbox(owner.token(), brand.id());
      SyncClient client = new SyncClient(server, owner.token());
      // A laptop clock 30 s ahead (trusted): the server's stamps must still come after it.
      HybridTimestamp ahead =
          new HybridTimestamp(System.currentTimeMillis() + 30_000, 3, client.clientId.toString());
      Post post =
          new Post(
              io.autoposter.model.PostId.random(),
              brand.id(),
              "Wine tasting tonight",
              "Tickets at the door",
              Map.of(Network.SANDBOX, "Sandbox wording"),
              Set.of(Network.SANDBOX),
              Set.of(SocialAccountId.random()),
              List.of(),
              Set.of("events"),
              Instant.now(),
              brand.zone(),
              PostStatus.SCHEDULED,
              "");

      client.push(new CreatePost(client.nextMutationId(), ahead, post));
      Post finished = awaitFinished(client, post);

      assertThat(finished.status()).isEqualTo(PostStatus.PUBLISHED);
      assertThat(client.history(post.id()).getFirst().dueAt())
          .as("the log holds the due time as the database does")
          .isEqualTo(post.dueAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
      assertThat(finished.withStatus(PostStatus.SCHEDULED, ""))
          .isEqualTo(client.history(post.id()).getFirst());
      assertThat(finished.variants()).isEqualTo(post.variants());
      assertThat(finished.targets()).isEqualTo(post.targets());
      assertThat(finished.tags()).isEqualTo(post.tags());
      assertThat(finished.firstComment()).isEqualTo(post.firstComment());
      List<PostChanged> changes = client.changesOf(post.id());
      assertThat(changes).extracting(PostChanged::hlc).isSorted().doesNotHaveDuplicates();
      assertThat(changes.getFirst().hlc()).isEqualTo(ahead);
      assertThat(changes.getLast().hlc().isAfter(ahead)).isTrue();
      assertThat(sandboxPosts(server, owner.token()))
          .extracting(SandboxPost::caption)
          .containsExactly("Sandbox wording");
    }
  }

  @Test
  void postForUnconnectedNetworkFailsWithAReadableOutcome() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("LinkedIn Agency");
      Brand brand = server.createBrand(owner.token(), "Gelateria");
      SyncClient client = new SyncClient(server, owner.token());
      Post post =
          SyncClient.post(
              brand.id(), PostStatus.SCHEDULED, Instant.now(), Set.of(Network.LINKEDIN));

      client.push(client.create(post));
      Post finished = awaitFinished(client, post);

      assertThat(finished.status()).isEqualTo(PostStatus.FAILED);
      assertThat(finished.outcome())
          .isEqualTo("LinkedIn is not connected for this brand — connect it in Accounts.");
    }
  }

  @Test
  void sandboxPlusUnconnectedNetworkPublishesToSandboxAndEndsFailed() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Mixed Agency");
      Brand brand = server.createBrand(owner.token(), "Osteria");
      server.connectSandbox(owner.token(), brand.id());
      SyncClient client = new SyncClient(server, owner.token());
      Post post =
          SyncClient.post(
              brand.id(),
              PostStatus.SCHEDULED,
              Instant.now(),
              Set.of(Network.SANDBOX, Network.LINKEDIN));

      client.push(client.create(post));
      Post finished = awaitFinished(client, post);

      assertThat(finished.status()).isEqualTo(PostStatus.FAILED);
      assertThat(finished.outcome())
          .contains("Published to sandbox as sbx-")
          .contains("LinkedIn is not connected for this brand");
      assertThat(sandboxPosts(server, owner.token()))
          .extracting(SandboxPost::postId)
          .containsExactly(post.id());
    }
  }

  @Test
  void publishedPostIsReadOnly() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Read-only Agency");
      Brand brand = server.createBrand(owner.token(), "Bar");
      server.connectSandbox(owner.token(), brand.id());
      SyncClient client = new SyncClient(server, owner.token());
      Post post =
          SyncClient.post(brand.id(), PostStatus.SCHEDULED, Instant.now(), Set.of(Network.SANDBOX));
      client.push(client.create(post));
      awaitFinished(client, post);

      Post edit =
          new Post(
              post.id(),
              post.brandId(),
              "changed",
              post.networks(),
              post.dueAt(),
              post.zone(),
              PostStatus.DRAFT,
              "");
      long version = client.version(post.id());
      PushResponse response =
          client.push(client.edit(post, edit, version), client.delete(post.id(), version));

      assertThat(response.results())
          .extracting(MutationResult::outcome, MutationResult::reasonCode)
          .containsOnly(
              org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "POST_READ_ONLY"));
    }
  }

  @Test
  void overduePostIsPublishedAtStartUp() {
    Post post;
    SyncClient offline;
    try (TestServer server =
        TestServer.start(dataDir, Map.of("autoposter.publisher.enabled", "false"))) {
      SessionResponse owner = server.register("Overdue Agency");
      Brand brand = server.createBrand(owner.token(), "Pasticceria");
      server.connectSandbox(owner.token(), brand.id());
      offline = new SyncClient(server, owner.token());
      post =
          SyncClient.post(
              brand.id(),
              PostStatus.SCHEDULED,
              Instant.now().minusSeconds(60),
              Set.of(Network.SANDBOX));
      offline.push(offline.create(post));
      assertThat(offline.history(post.id()))
          .extracting(Post::status)
          .containsExactly(PostStatus.SCHEDULED);
    }

    try (TestServer restarted = TestServer.start(dataDir)) {
      // Sessions survive a restart: same data directory, same token.
      SyncClient client = offline.on(restarted);
      Post finished = awaitFinished(client, post);

      assertThat(finished.status()).isEqualTo(PostStatus.PUBLISHED);
    }
  }

  private static Post awaitFinished(SyncClient client, Post post) {
    return Eventually.await(
        "post " + post.id() + " to finish publishing",
        DEADLINE,
        () -> {
          List<Post> history = client.history(post.id());
          Post last = history.getLast();
          return last.status() == PostStatus.PUBLISHED || last.status() == PostStatus.FAILED
              ? Optional.of(last)
              : Optional.empty();
        });
  }

  private static List<SandboxPost> sandboxPosts(TestServer server, String token) {
    Reply reply = server.get("/api/v1/sandbox/posts", token);
    assertThat(reply.status()).isEqualTo(200);
    return reply.as(new TypeReference<List<SandboxPost>>() {});
  }
}
