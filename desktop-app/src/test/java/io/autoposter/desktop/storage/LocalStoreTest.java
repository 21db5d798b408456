package io.autoposter.desktop.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.BrandRemoved;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.SetDelta;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

  static final Brand BRAND =
      new Brand(BrandId.random(), "Trattoria Roma", ZoneId.of("Europe/Rome"), "#C2410C");
  static final HybridTimestamp SERVER_STAMP =
      new HybridTimestamp(Instant.parse("2030-01-01T00:00:00Z").toEpochMilli(), 0, "server");

  @TempDir Path dir;

  static Post post(String caption) {
    return new Post(
        PostId.random(),
        BRAND.id(),
        caption,
        Set.of(Network.SANDBOX),
        Instant.parse("2030-04-14T07:00:00Z"),
        BRAND.zone(),
        PostStatus.SCHEDULED,
        "");
  }

  static Post withCaption(Post post, String caption) {
    return PostPatch.EMPTY.withCaption(caption).applyTo(post);
  }

  static Post withTags(Post post, String... tags) {
    return new Post(
        post.id(),
        post.brandId(),
        post.caption(),
        post.firstComment(),
        post.variants(),
        post.networks(),
        post.targets(),
        post.media(),
        Set.of(tags),
        post.dueAt(),
        post.zone(),
        post.status(),
        post.outcome());
  }

  static PullResponse page(long cursor, Change... changes) {
    return new PullResponse(List.of(changes), cursor, false, 0, cursor);
  }

  static PostChanged changed(long version, Post post) {
    return new PostChanged(version, post, SERVER_STAMP);
  }

  LocalStore open() {
    return LocalStore.open(dir.resolve("local"));
  }

  /** A store that knows the brand and {@code post} at server version 2. */
  LocalStore openWithServerPost(Post post) {
    LocalStore store = open();
    store.applyPage(page(2, new BrandChanged(1, BRAND), changed(2, post)));
    return store;
  }

  @Test
  void aNewPostIsQueuedAsACreateTogetherWithItsRow() {
    try (LocalStore store = open()) {
      Post post = post("Pizza night");
      LocalPost saved = store.recordEdit(post);

      assertThat(saved.pendingSync()).isTrue();
      assertThat(saved.serverVersion()).isZero();
      assertThat(store.post(post.id())).map(LocalPost::post).contains(post);
      assertThat(store.outbox(10))
          .singleElement()
          .isInstanceOfSatisfying(
              CreatePost.class,
              m -> {
                assertThat(m.mutationId()).isEqualTo(1);
                assertThat(m.post()).isEqualTo(post);
                assertThat(m.baseVersion()).isZero();
              });
      assertThat(store.syncState().nextMutationId()).isEqualTo(2);
    }
  }

  @Test
  void anEditOfAKnownPostQueuesOnlyTheFieldsThatChanged() {
    Post post = post("Pizza night");
    try (LocalStore store = openWithServerPost(post)) {
      Post edited = withTags(withCaption(post, "Pizza night, now with dessert"), "menu");

      LocalPost saved = store.recordEdit(edited);

      assertThat(saved.post()).isEqualTo(edited);
      assertThat(saved.serverVersion()).isEqualTo(2);
      assertThat(store.outbox(10))
          .singleElement()
          .isInstanceOfSatisfying(
              EditPost.class,
              m -> {
                assertThat(m.baseVersion()).isEqualTo(2);
                assertThat(m.postId()).isEqualTo(post.id());
                assertThat(m.patch())
                    .isEqualTo(
                        new PostPatch(
                            null,
                            "Pizza night, now with dessert",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            new SetDelta<>(List.of("menu"), List.of())));
              });
    }
  }

  @Test
  void savingAnUnchangedPostQueuesNothing() {
    Post post = post("Pizza night");
    try (LocalStore store = openWithServerPost(post)) {
      LocalPost saved = store.recordEdit(post);

      assertThat(saved.pendingSync()).isFalse();
      assertThat(store.pendingCount()).isZero();
      assertThat(store.syncState().nextMutationId()).isEqualTo(1);
    }
  }

  @Test
  void publishedPostsAreReadOnly() {
    Post post = post("Out already").withStatus(PostStatus.PUBLISHED, "sandbox-1");
    try (LocalStore store = openWithServerPost(post)) {
      assertThatThrownBy(() -> store.recordEdit(withCaption(post, "changed")))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> store.recordDelete(post.id()))
          .isInstanceOf(IllegalStateException.class);
      assertThat(store.pendingCount()).isZero();
    }
  }

  @Test
  void editThatFailsBeforeCommitLeavesNeitherRowNorOutboxEntry() {
    try (LocalStore store = open()) {
      Post post = post("Never saved");
      assertThatThrownBy(
              () ->
                  store.recordEdit(
                      post,
                      () -> {
                        throw new IllegalStateException("crash between the two writes");
                      }))
          .isInstanceOf(IllegalStateException.class);

      assertThat(store.post(post.id())).isEmpty();
      assertThat(store.pendingCount()).isZero();
      assertThat(store.syncState().nextMutationId()).isEqualTo(1);
    }
  }

  @Test
  void dataIsStillThereAfterReopeningTheFile() {
    Post post = post("Survives a restart");
    String clientId;
    try (LocalStore store = open()) {
      store.applyPage(page(1, new BrandChanged(1, BRAND)));
      store.recordEdit(post);
      clientId = store.clientId().toString();
    }
    try (LocalStore reopened = open()) {
      assertThat(reopened.clientId().toString()).isEqualTo(clientId);
      assertThat(reopened.brands()).containsExactly(BRAND);
      assertThat(reopened.posts(BRAND.id())).extracting(LocalPost::post).containsExactly(post);
      assertThat(reopened.outboxIds()).containsExactly(1L);
      assertThat(reopened.syncState().cursor()).isEqualTo(1);
      assertThat(reopened.recordEdit(post("second")).pendingSync()).isTrue();
      assertThat(reopened.outboxIds()).containsExactly(1L, 2L);
    }
  }

  @Test
  void anUnpushedEditIsReplayedOverANewerServerCopy() {
    Post post = post("Server caption");
    try (LocalStore store = openWithServerPost(post)) {
      store.recordEdit(withCaption(post, "My caption, not pushed yet"));
      Post newer = withTags(post, "summer").withStatus(PostStatus.FAILED, "Sandbox refused it");

      store.applyPage(page(7, changed(7, newer)));

      LocalPost local = store.post(post.id()).orElseThrow();
      assertThat(local.post().caption()).isEqualTo("My caption, not pushed yet");
      assertThat(local.post().tags()).containsExactly("summer");
      assertThat(local.post().status()).isEqualTo(PostStatus.FAILED);
      assertThat(local.post().outcome()).isEqualTo("Sandbox refused it");
      assertThat(local.serverVersion()).isEqualTo(7);
      assertThat(local.pendingSync()).isTrue();
    }
  }

  @Test
  void onceTheOutboxDrainsTheWorkingCopyIsTheServerCopy() {
    Post post = post("Server caption");
    try (LocalStore store = openWithServerPost(post)) {
      store.recordEdit(withTags(post, "mine"));
      store.acknowledge(new PushResponse(1, List.of(MutationResult.applied(1))));
      // The server merged a concurrent tag removal and kept another device's caption.
      Post merged = withTags(withCaption(post, "Their caption"), "mine", "theirs");

      store.applyPage(page(9, changed(9, merged)));

      LocalPost local = store.post(post.id()).orElseThrow();
      assertThat(local.post()).isEqualTo(merged);
      assertThat(local.pendingSync()).isFalse();
      assertThat(local.serverVersion()).isEqualTo(9);
    }
  }

  @Test
  void aRejectedEditRevertsToTheServerCopyAndKeepsTheTextInTheError() {
    Post post = post("Server caption");
    try (LocalStore store = openWithServerPost(post)) {
      store.recordEdit(withCaption(post, "Text the server refuses"));

      int rejected =
          store.acknowledge(
              new PushResponse(
                  1, List.of(MutationResult.rejected(1, "POST_RULES", "Too long for X."))));

      assertThat(rejected).isEqualTo(1);
      assertThat(store.pendingCount()).isZero();
      LocalPost local = store.post(post.id()).orElseThrow();
      assertThat(local.post()).isEqualTo(post);
      assertThat(local.pendingSync()).isFalse();
      assertThat(local.syncError())
          .isEqualTo(
              "The server refused this edit: Too long for X. Your text: Text the server refuses");
    }
  }

  @Test
  void aRejectedCreateStaysAsALocalDraftAndIsCreatedAgainWhenEdited() {
    try (LocalStore store = open()) {
      Post post = post("Never accepted");
      store.recordEdit(post);
      store.acknowledge(
          new PushResponse(1, List.of(MutationResult.rejected(1, "BRAND_NOT_FOUND", ""))));

      LocalPost local = store.post(post.id()).orElseThrow();
      assertThat(local.post()).isEqualTo(post);
      assertThat(local.syncError())
          .isEqualTo(
              "The server refused this new post: BRAND_NOT_FOUND. Your text: Never accepted");

      store.recordEdit(withCaption(post, "Second try"));
      assertThat(store.outbox(10))
          .singleElement()
          .isInstanceOfSatisfying(
              CreatePost.class, m -> assertThat(m.post().caption()).isEqualTo("Second try"));
    }
  }

  @Test
  void refusalsAddUpUntilDismissed() {
    Post post = post("Server caption");
    try (LocalStore store = openWithServerPost(post)) {
      store.recordEdit(withCaption(post, "first"));
      store.recordEdit(withCaption(post, "second"));
      store.acknowledge(
          new PushResponse(
              2,
              List.of(
                  MutationResult.rejected(1, "POST_READ_ONLY", "Being published."),
                  MutationResult.rejected(2, "POST_READ_ONLY", "Being published."))));

      assertThat(store.post(post.id()).orElseThrow().syncError())
          .contains("Your text: first")
          .contains("Your text: second");

      store.dismissSyncError(post.id());
      assertThat(store.post(post.id()).orElseThrow().syncError()).isEmpty();
    }
  }

  @Test
  void aDeletedPostLeavesTheViewAtOnceAndComesBackIfTheServerRefuses() {
    Post post = post("To be deleted");
    try (LocalStore store = openWithServerPost(post)) {
      store.recordDelete(post.id());

      assertThat(store.post(post.id())).isEmpty();
      assertThat(store.allPosts()).isEmpty();
      assertThat(store.pendingCount()).isEqualTo(1);
      assertThat(store.outbox(10))
          .singleElement()
          .isInstanceOfSatisfying(DeletePost.class, m -> assertThat(m.baseVersion()).isEqualTo(2));

      store.acknowledge(
          new PushResponse(
              1, List.of(MutationResult.rejected(1, "POST_READ_ONLY", "It is being published."))));

      LocalPost back = store.post(post.id()).orElseThrow();
      assertThat(back.post()).isEqualTo(post);
      assertThat(back.syncError())
          .isEqualTo("The server refused to delete this post: It is being published.");
    }
  }

  @Test
  void deletingAPendingCreateQueuesTheDeleteAfterItAndTheServerHasTheLastWord() {
    try (LocalStore store = open()) {
      store.applyPage(page(1, new BrandChanged(1, BRAND)));
      Post post = post("Made and unmade offline");
      store.recordEdit(post);
      store.recordDelete(post.id());

      assertThat(store.post(post.id())).isEmpty();
      assertThat(store.outboxIds()).containsExactly(1L, 2L);

      store.acknowledge(
          new PushResponse(2, List.of(MutationResult.applied(1), MutationResult.applied(2))));
      store.applyPage(page(3, changed(2, post), new PostRemoved(3, post.id())));

      assertThat(store.post(post.id())).isEmpty();
      assertThat(store.pendingCount()).isZero();
    }
  }

  @Test
  void aDraftTheServerNeverHadIsSimplyForgottenOnDelete() {
    try (LocalStore store = open()) {
      Post post = post("Refused");
      store.recordEdit(post);
      store.acknowledge(
          new PushResponse(1, List.of(MutationResult.rejected(1, "BRAND_NOT_FOUND", "Gone."))));

      store.recordDelete(post.id());

      assertThat(store.post(post.id())).isEmpty();
      assertThat(store.pendingCount()).isZero();
      assertThat(store.syncState().nextMutationId()).isEqualTo(2);
    }
  }

  @Test
  void aRemoteDeleteKeepsAPostWithUnpushedEditsUntilTheServerJudgedThem() {
    Post post = post("Server caption");
    try (LocalStore store = openWithServerPost(post)) {
      store.recordEdit(withCaption(post, "Edited while someone deleted it"));

      store.applyPage(page(3, new PostRemoved(3, post.id())));
      assertThat(store.post(post.id()))
          .map(p -> p.post().caption())
          .contains("Edited while someone deleted it");

      // The server restored the post with the edit (and opened a delete conflict).
      Post restored = withCaption(post, "Edited while someone deleted it");
      store.acknowledge(new PushResponse(1, List.of(MutationResult.applied(1))));
      store.applyPage(page(4, changed(4, restored)));
      assertThat(store.post(post.id())).map(LocalPost::post).contains(restored);
    }
  }

  @Test
  void aRemoteDeleteWithNothingPendingRemovesThePost() {
    Post post = post("Server caption");
    try (LocalStore store = openWithServerPost(post)) {
      store.recordEdit(withCaption(post, "Edited"));
      store.applyPage(page(3, new PostRemoved(3, post.id())));
      store.acknowledge(
          new PushResponse(1, List.of(MutationResult.rejected(1, "POST_NOT_FOUND", "Gone."))));

      assertThat(store.post(post.id())).isEmpty();
      assertThat(store.allPosts()).isEmpty();
    }
  }

  @Test
  void aRemovedBrandTakesItsPostsConflictsAndUnsentEditsWithIt() {
    try (LocalStore store = open()) {
      Brand withLogo =
          new Brand(BRAND.id(), BRAND.name(), BRAND.zone(), BRAND.color(), "b".repeat(64));
      Post synced = post("Synced");
      store.applyPage(page(2, new BrandChanged(1, withLogo), changed(2, synced)));
      store.applyPage(page(3, Conflicts.textConflictChange(3, synced, "Their caption")));
      assertThat(store.brands()).containsExactly(withLogo);
      store.recordEdit(post("Not sent yet"));

      store.applyPage(page(4, new BrandRemoved(4, BRAND.id())));

      assertThat(store.brands()).isEmpty();
      assertThat(store.posts(BRAND.id())).isEmpty();
      assertThat(store.openConflicts()).isEmpty();
      assertThat(store.pendingCount()).isZero();
      // Still pushed, so the server sees mutation ids without a gap; it refuses it itself.
      assertThat(store.outboxIds()).containsExactly(1L);
    }
  }

  @Test
  void theLocalClockMovesPastPulledStamps() {
    Post post = post("From the future");
    HybridTimestamp future =
        new HybridTimestamp(Instant.parse("2099-01-01T00:00:00Z").toEpochMilli(), 5, "other");
    try (LocalStore store = open()) {
      store.applyPage(page(2, new BrandChanged(1, BRAND), new PostChanged(2, post, future)));

      store.recordEdit(withCaption(post, "later"));

      assertThat(store.outbox(1).getFirst().hlc().isAfter(future)).isTrue();
    }
  }

  @Test
  void aPostReadsBackWithItsVariantsTargetsMediaAndTags() {
    try (LocalStore store = open()) {
      Post rich =
          new Post(
              PostId.random(),
              BRAND.id(),
              "Caption",
              "First comment",
              Map.of(Network.X, "Short for X"),
              Set.of(Network.X, Network.INSTAGRAM),
              Set.of(io.autoposter.model.SocialAccountId.random()),
              List.of(new io.autoposter.model.MediaRef("a".repeat(64), "image/png", 10)),
              Set.of("summer", "menu"),
              null,
              BRAND.zone(),
              PostStatus.DRAFT,
              "");
      store.recordEdit(rich);
      assertThat(store.post(rich.id())).map(LocalPost::post).contains(rich);
    }
  }
}
