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
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.UpsertPost;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

  static final Brand BRAND =
      new Brand(BrandId.random(), "Trattoria Roma", ZoneId.of("Europe/Rome"), "#C2410C");

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

  @Test
  void aRemovedBrandTakesItsPostsAndUnsentEditsWithIt() {
    try (LocalStore store = LocalStore.open(dir.resolve("local"))) {
      Brand withLogo =
          new Brand(BRAND.id(), BRAND.name(), BRAND.zone(), BRAND.color(), "b".repeat(64));
      store.applyPage(
          new PullResponse(
              List.of(new BrandChanged(1, withLogo), new PostChanged(2, post("Synced"))),
              2,
              false,
              0));
      assertThat(store.brands()).containsExactly(withLogo);
      store.recordEdit(post("Not sent yet"));

      store.applyPage(
          new PullResponse(
              List.of(new io.autoposter.model.sync.BrandRemoved(3, BRAND.id())), 3, false, 0));

      assertThat(store.brands()).isEmpty();
      assertThat(store.posts(BRAND.id())).isEmpty();
      assertThat(store.pendingCount()).isZero();
    }
  }

  @Test
  void editWritesPostRowAndOutboxEntryTogether() {
    try (LocalStore store = LocalStore.open(dir.resolve("local"))) {
      Post post = post("Pizza night");
      LocalPost saved = store.recordEdit(post);

      assertThat(saved.pendingSync()).isTrue();
      assertThat(store.post(post.id())).map(LocalPost::post).contains(post);
      assertThat(store.outbox(10))
          .singleElement()
          .isInstanceOfSatisfying(
              UpsertPost.class,
              m -> {
                assertThat(m.mutationId()).isEqualTo(1);
                assertThat(m.post()).isEqualTo(post);
                assertThat(m.baseVersion()).isZero();
              });
      assertThat(store.syncState().nextMutationId()).isEqualTo(2);
    }
  }

  @Test
  void editThatFailsBeforeCommitLeavesNeitherRowNorOutboxEntry() {
    try (LocalStore store = LocalStore.open(dir.resolve("local"))) {
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
    try (LocalStore store = LocalStore.open(dir.resolve("local"))) {
      store.applyPage(new PullResponse(List.of(new BrandChanged(1, BRAND)), 1, false, 0));
      store.recordEdit(post);
      clientId = store.clientId().toString();
    }
    try (LocalStore reopened = LocalStore.open(dir.resolve("local"))) {
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
  void unpushedLocalEditWinsOverPulledPostButServerStatusIsTaken() {
    try (LocalStore store = LocalStore.open(dir.resolve("local"))) {
      Post local = post("Local caption, not pushed yet");
      store.recordEdit(local);
      Post remote =
          new Post(
              local.id(),
              BRAND.id(),
              "Older server caption",
              Set.of(Network.SANDBOX),
              local.dueAt(),
              BRAND.zone(),
              PostStatus.FAILED,
              "Sandbox refused the post");

      store.applyPage(new PullResponse(List.of(new PostChanged(7, remote)), 7, false, 0));

      LocalPost merged = store.post(local.id()).orElseThrow();
      assertThat(merged.post().caption()).isEqualTo("Local caption, not pushed yet");
      assertThat(merged.post().status()).isEqualTo(PostStatus.FAILED);
      assertThat(merged.post().outcome()).isEqualTo("Sandbox refused the post");
      assertThat(merged.pendingSync()).isTrue();
    }
  }

  @Test
  void rejectedMutationIsRemovedFromOutboxAndShownOnThePost() {
    try (LocalStore store = LocalStore.open(dir.resolve("local"))) {
      Post post = post("Too early");
      store.recordEdit(post);

      int rejected =
          store.acknowledge(
              new PushResponse(1, List.of(MutationResult.rejected(1, "DUE_IN_PAST", "Too late."))));

      assertThat(rejected).isEqualTo(1);
      assertThat(store.pendingCount()).isZero();
      LocalPost local = store.post(post.id()).orElseThrow();
      assertThat(local.syncError()).isEqualTo("Too late.");
      assertThat(local.pendingSync()).isFalse();
    }
  }
}
