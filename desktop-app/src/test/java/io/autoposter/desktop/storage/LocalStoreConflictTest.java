package io.autoposter.desktop.storage;

import static io.autoposter.desktop.storage.LocalStoreTest.BRAND;
import static io.autoposter.desktop.storage.LocalStoreTest.changed;
import static io.autoposter.desktop.storage.LocalStoreTest.page;
import static io.autoposter.desktop.storage.LocalStoreTest.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.model.ConflictId;
import io.autoposter.model.Post;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.ResolveConflict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreConflictTest {

  @TempDir Path dir;
  private final Post post = post("Kept caption");

  private LocalStore openWith(PostConflict... conflicts) {
    LocalStore store = LocalStore.open(dir.resolve("local"));
    store.applyPage(page(2, new BrandChanged(1, BRAND), changed(2, post)));
    long version = 3;
    for (PostConflict conflict : conflicts) {
      store.applyPage(page(version, new ConflictChanged(version, conflict)));
      version++;
    }
    return store;
  }

  @Test
  void pulledConflictsAreListedOldestFirstAndCounted() {
    PostConflict older = Conflicts.text(post, "Marco's caption");
    PostConflict newer = Conflicts.delete(post);
    try (LocalStore store = openWith(older, newer)) {
      assertThat(store.openConflicts()).containsExactly(older, newer);
      assertThat(store.openConflicts(post.id())).containsExactly(older, newer);
      assertThat(store.openConflicts(post("other").id())).isEmpty();
      assertThat(store.openConflictCount()).isEqualTo(2);
      assertThat(store.post(post.id()).orElseThrow().openConflicts()).isEqualTo(2);
      assertThat(store.allPosts())
          .singleElement()
          .extracting(LocalPost::openConflicts)
          .isEqualTo(2);
    }
  }

  @Test
  void aConflictTheServerResolvedIsDropped() {
    PostConflict open = Conflicts.text(post, "Marco's caption");
    try (LocalStore store = openWith(open)) {
      store.applyPage(page(9, new ConflictChanged(9, Conflicts.resolved(open, "Merged"))));

      assertThat(store.openConflicts()).isEmpty();
      assertThat(store.openConflictCount()).isZero();
      assertThat(store.post(post.id()).orElseThrow().openConflicts()).isZero();
    }
  }

  @Test
  void aTextResolutionShowsAtOnceAndIsQueued() {
    PostConflict open = Conflicts.text(post, "Marco's caption");
    try (LocalStore store = openWith(open)) {
      store.recordResolution(open.id(), "Both captions, merged", false);

      assertThat(store.post(post.id()).orElseThrow().post().caption())
          .isEqualTo("Both captions, merged");
      assertThat(store.openConflictCount()).isZero();
      assertThat(store.openConflicts()).isEmpty();
      assertThat(store.outbox(10))
          .singleElement()
          .isInstanceOfSatisfying(
              ResolveConflict.class,
              m -> {
                assertThat(m.conflictId()).isEqualTo(open.id());
                assertThat(m.postId()).isEqualTo(post.id());
                assertThat(m.baseVersion()).isEqualTo(2);
                assertThat(m.text()).isEqualTo("Both captions, merged");
                assertThat(m.deletePost()).isFalse();
              });
      assertThatThrownBy(() -> store.recordResolution(open.id(), "again", false))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void deletingThePostInADeleteConflictRemovesItAtOnce() {
    PostConflict open = Conflicts.delete(post);
    try (LocalStore store = openWith(open)) {
      store.recordResolution(open.id(), "", true);

      assertThat(store.post(post.id())).isEmpty();
      assertThat(store.openConflictCount()).isZero();
    }
  }

  @Test
  void aRefusedResolutionReopensTheConflictAndKeepsTheText() {
    PostConflict open = Conflicts.text(post, "Marco's caption");
    try (LocalStore store = openWith(open)) {
      store.recordResolution(open.id(), "My merge", false);

      store.acknowledge(
          new PushResponse(
              1,
              List.of(
                  MutationResult.rejected(1, "POST_READ_ONLY", "The post is being published."))));

      assertThat(store.openConflicts()).containsExactly(open);
      LocalPost local = store.post(post.id()).orElseThrow();
      assertThat(local.post().caption()).isEqualTo("Kept caption");
      assertThat(local.syncError()).contains("The post is being published.").contains("My merge");
    }
  }

  @Test
  void anAppliedResolutionStaysClosedUntilTheServerRecordArrives() {
    PostConflict open = Conflicts.text(post, "Marco's caption");
    try (LocalStore store = openWith(open)) {
      store.recordResolution(open.id(), "My merge", false);
      store.acknowledge(new PushResponse(1, List.of(MutationResult.applied(1))));

      assertThat(store.openConflictCount()).isZero();

      store.applyPage(
          page(
              11,
              changed(10, LocalStoreTest.withCaption(post, "My merge")),
              new ConflictChanged(11, Conflicts.resolved(open, "My merge"))));
      assertThat(store.openConflictCount()).isZero();
      assertThat(store.post(post.id()).orElseThrow().post().caption()).isEqualTo("My merge");
    }
  }

  @Test
  void resolvingAnUnknownConflictIsRefused() {
    try (LocalStore store = openWith()) {
      assertThatThrownBy(() -> store.recordResolution(ConflictId.random(), "x", false))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(store.pendingCount()).isZero();
    }
  }
}
