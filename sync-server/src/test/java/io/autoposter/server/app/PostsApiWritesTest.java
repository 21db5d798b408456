package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.ApiPost;
import io.autoposter.model.api.ApiPostPage;
import io.autoposter.model.api.AuditEntry;
import io.autoposter.model.api.AuditPage;
import io.autoposter.model.api.NewPost;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SocialAccount;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write side of the public posts API over HTTP: each write goes the sync way, so a desktop
 * pulls it, the rules refuse what a desktop could not schedule, the publisher sends what is due,
 * and the audit log names who did it.
 */
class PostsApiWritesTest {
  @TempDir static Path dataDir;
  static TestServer server;
  static SessionResponse owner;
  static Brand brand;
  static SocialAccount sandbox;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir);
    owner = server.register("Posts API Writers");
    brand = server.createBrand(owner.token(), "Forno Antico");
    sandbox = server.connectSandbox(owner.token(), brand.id());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Instant inDays(int days) {
    return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
  }

  private static NewPost post(String caption, Set<Network> networks, Instant dueAt) {
    return new NewPost(brand.id(), caption, null, null, networks, null, null, null, null, dueAt);
  }

  private static ApiPost scheduled(String caption) {
    Reply reply =
        server.post(
            "/api/v1/posts/schedule",
            owner.token(),
            post(caption, Set.of(Network.SANDBOX), inDays(5)));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.as(ApiPost.class);
  }

  private static ApiPost awaitStatus(PostId id, PostStatus status) {
    return Eventually.await(
        "post " + id + " " + status,
        Duration.ofSeconds(20),
        () ->
            Optional.of(server.get("/api/v1/posts/" + id, owner.token()).as(ApiPost.class))
                .filter(p -> p.status() == status));
  }

  private static List<String> auditActions() {
    return server
        .get("/api/v1/audit?size=200", owner.token())
        .as(AuditPage.class)
        .entries()
        .stream()
        .map(AuditEntry::action)
        .toList();
  }

  @Test
  void aScheduledPictureCarryingPostReachesEveryDesktop() {
    byte[] jpeg = TestImages.jpeg(1080, 1350, 7);
    Reply upload =
        server.send("POST", "/api/v1/posts/upload-image", owner.token(), "image/jpeg", jpeg);
    assertThat(upload.status()).as(upload.body()).isEqualTo(201);
    MediaRef picture = upload.as(MediaRef.class);
    assertThat(picture.sha256()).isEqualTo(TestImages.sha256(jpeg));
    assertThat(picture.contentType()).isEqualTo("image/jpeg");
    assertThat(picture.width()).isEqualTo(1080);
    assertThat(picture.height()).isEqualTo(1350);

    Instant due = inDays(2);
    NewPost request =
        new NewPost(
            brand.id(),
            "Fresh focaccia every morning 🥖",
            "First comment: #bakery",
            Map.of(Network.SANDBOX, "Sandbox-only caption"),
            Set.of(Network.SANDBOX),
            Set.of(sandbox.id()),
            List.of(picture.sha256()),
            Map.of(picture.sha256(), "A focaccia on a wooden board"),
            Set.of("Bread"),
            due);
    Reply reply = server.post("/api/v1/posts/schedule", owner.token(), request);

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    ApiPost created = reply.as(ApiPost.class);
    assertThat(created.status()).isEqualTo(PostStatus.SCHEDULED);
    assertThat(created.dueAt()).isEqualTo(due);
    assertThat(created.brandId()).isEqualTo(brand.id());

    // A desktop pulls the very post, with the picture's shape read from its bytes.
    Post pulled = new SyncClient(server, owner.token()).latest(created.id());
    assertThat(pulled.caption()).isEqualTo("Fresh focaccia every morning 🥖");
    assertThat(pulled.firstComment()).isEqualTo("First comment: #bakery");
    assertThat(pulled.variants()).containsEntry(Network.SANDBOX, "Sandbox-only caption");
    assertThat(pulled.targets()).containsExactly(sandbox.id());
    assertThat(pulled.media()).containsExactly(picture);
    assertThat(pulled.altTextFor(picture)).isEqualTo("A focaccia on a wooden board");
    assertThat(pulled.tags()).containsExactly("Bread");
    assertThat(pulled.zone()).isEqualTo(brand.zone());

    ApiPostPage ahead =
        server
            .get("/api/v1/posts/scheduled?brand=" + brand.id(), owner.token())
            .as(ApiPostPage.class);
    assertThat(ahead.posts()).extracting(ApiPost::id).contains(created.id());
    assertThat(auditActions()).contains("POST_SCHEDULED_BY_API");
  }

  @Test
  void createPublishesNowAndTheHistoryShowsThePlatformsId() {
    Reply reply =
        server.post(
            "/api/v1/posts/create",
            owner.token(),
            post("Out of the oven right now", Set.of(Network.SANDBOX), null));

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    ApiPost accepted = reply.as(ApiPost.class);
    ApiPost published = awaitStatus(accepted.id(), PostStatus.PUBLISHED);
    assertThat(published.targets())
        .singleElement()
        .satisfies(t -> assertThat(t.platformPostId()).startsWith("sbx-"));
    assertThat(auditActions()).contains("POST_PUBLISHED_BY_API");
  }

  @Test
  void aScheduledPostPublishedAheadOfItsTime() {
    ApiPost later = scheduled("Sunday brunch, announced early");

    Reply reply = server.post("/api/v1/posts/" + later.id() + "/publish", owner.token(), null);

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    assertThat(awaitStatus(later.id(), PostStatus.PUBLISHED).targets()).hasSize(1);
  }

  @Test
  void cancelKeepsThePostAndDeleteRemovesItEverywhere() {
    ApiPost post = scheduled("A tasting we may call off");

    Reply cancelled = server.delete("/api/v1/posts/" + post.id() + "/cancel", owner.token());
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.as(ApiPost.class).status()).isEqualTo(PostStatus.CANCELLED);
    assertThat(new SyncClient(server, owner.token()).latest(post.id()).status())
        .isEqualTo(PostStatus.CANCELLED);

    Reply deleted = server.delete("/api/v1/posts/" + post.id(), owner.token());
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
    assertThat(server.get("/api/v1/posts/" + post.id(), owner.token()).status()).isEqualTo(404);
    assertThat(server.delete("/api/v1/posts/" + post.id(), owner.token()).status()).isEqualTo(404);
    assertThat(auditActions()).contains("POST_CANCELLED_BY_API", "POST_DELETED_BY_API");
  }

  @Test
  void aPublishedPostCanNeitherBeCancelledNorDeleted() {
    ApiPost now =
        server
            .post(
                "/api/v1/posts/create",
                owner.token(),
                post("Gone out already", Set.of(Network.SANDBOX), null))
            .as(ApiPost.class);
    awaitStatus(now.id(), PostStatus.PUBLISHED);

    Reply cancel = server.delete("/api/v1/posts/" + now.id() + "/cancel", owner.token());
    assertThat(cancel.status()).isEqualTo(409);
    assertThat(cancel.contentType()).startsWith("application/problem+json");
    assertThat(cancel.problem().code()).isEqualTo("POST_READ_ONLY");
    assertThat(cancel.problem().detail()).contains("published");
    assertThat(server.delete("/api/v1/posts/" + now.id(), owner.token()).status()).isEqualTo(409);
  }

  @Test
  void theNetworksRulesRefuseWhatADesktopCouldNotSchedule() {
    int before = scheduledCount();
    Reply reply =
        server.post(
            "/api/v1/posts/schedule",
            owner.token(),
            post("No picture for Instagram", Set.of(Network.INSTAGRAM), inDays(1)));

    assertThat(reply.status()).as(reply.body()).isEqualTo(422);
    assertThat(reply.problem().code()).isEqualTo("POST_RULES");
    assertThat(reply.problem().detail()).containsIgnoringCase("picture");
    assertThat(scheduledCount()).as("nothing was made").isEqualTo(before);
  }

  private static int scheduledCount() {
    return server
        .get("/api/v1/posts/scheduled?limit=500&brand=" + brand.id(), owner.token())
        .as(ApiPostPage.class)
        .posts()
        .size();
  }

  @Test
  void badInputIsRefusedWithAReadableProblem() {
    String token = owner.token();
    Reply noBrand =
        server.send(
            "POST",
            "/api/v1/posts/schedule",
            token,
            "application/json",
            "{\"caption\":\"x\",\"networks\":[\"SANDBOX\"]}".getBytes());
    assertThat(noBrand.status()).isEqualTo(400);
    assertThat(noBrand.problem().detail()).contains("brand is required");

    Reply past =
        server.post(
            "/api/v1/posts/schedule",
            token,
            post("Yesterday", Set.of(Network.SANDBOX), Instant.now().minus(Duration.ofDays(1))));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.problem().detail()).contains("in the past").contains("/create");

    Reply noDue =
        server.post("/api/v1/posts/schedule", token, post("When?", Set.of(Network.SANDBOX), null));
    assertThat(noDue.problem().detail()).contains("dueAt is required");

    String unknown = "ab".repeat(32);
    Reply missing =
        server.post(
            "/api/v1/posts/schedule",
            token,
            new NewPost(
                brand.id(),
                "x",
                null,
                null,
                Set.of(Network.SANDBOX),
                null,
                List.of(unknown),
                null,
                null,
                inDays(1)));
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.problem().code()).isEqualTo("MEDIA_MISSING");
    assertThat(missing.problem().detail()).contains(unknown);

    Reply foreignAccount =
        server.post(
            "/api/v1/posts/schedule",
            token,
            new NewPost(
                brand.id(),
                "x",
                null,
                null,
                Set.of(Network.SANDBOX),
                Set.of(new SocialAccountId(UUID.randomUUID())),
                null,
                null,
                null,
                inDays(1)));
    assertThat(foreignAccount.status()).isEqualTo(400);
    assertThat(foreignAccount.problem().detail()).contains("not this brand's accounts");

    Reply text =
        server.send(
            "POST", "/api/v1/posts/upload-image", token, "image/jpeg", "not a picture".getBytes());
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.problem().code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");

    byte[] huge = java.util.Arrays.copyOf(TestImages.jpeg(8, 8, 1), 17 * 1024 * 1024);
    Reply tooLarge = server.send("POST", "/api/v1/posts/upload-image", token, "image/jpeg", huge);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.problem().detail()).contains("16 MiB").contains("PUT /api/v1/media");

    assertThat(server.post("/api/v1/posts/nonsense/publish", token, null).status()).isEqualTo(404);
  }

  @Test
  void anotherAgencysBrandAndPostsAreNotFound() {
    SessionResponse other = server.register("Someone Else");
    Brand theirs = server.createBrand(other.token(), "Their Brand");
    ApiPost ours = scheduled("Ours alone");

    Reply intoTheirs =
        server.post(
            "/api/v1/posts/schedule",
            owner.token(),
            new NewPost(
                theirs.id(),
                "x",
                null,
                null,
                Set.of(Network.SANDBOX),
                null,
                null,
                null,
                null,
                inDays(1)));
    assertThat(intoTheirs.status()).isEqualTo(404);
    for (Reply reply :
        List.of(
            server.delete("/api/v1/posts/" + ours.id() + "/cancel", other.token()),
            server.delete("/api/v1/posts/" + ours.id(), other.token()),
            server.post("/api/v1/posts/" + ours.id() + "/publish", other.token(), null))) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(404);
    }
    assertThat(server.get("/api/v1/posts/" + ours.id(), owner.token()).as(ApiPost.class).status())
        .isEqualTo(PostStatus.SCHEDULED);
  }
}
