package io.autoposter.desktop.storage;

import static io.autoposter.desktop.storage.LocalStoreTest.BRAND;
import static io.autoposter.desktop.storage.LocalStoreTest.changed;
import static io.autoposter.desktop.storage.LocalStoreTest.page;
import static io.autoposter.desktop.storage.LocalStoreTest.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.model.Post;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PushResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app dies between steps; only the H2 file survives. */
class LocalStoreCrashTest {

  @TempDir Path dir;

  private LocalStore open() {
    return LocalStore.open(dir.resolve("local"));
  }

  @Test
  void aPushWhoseAnswerWasLostIsSentAgainAndSettledOnce() {
    Post first = post("first");
    Post second = post("second");
    try (LocalStore store = open()) {
      store.applyPage(page(1, new BrandChanged(1, BRAND)));
      store.recordEdit(first);
      store.recordEdit(second);
      // pushed here; the server applied both, then the app died before acknowledging
    }
    try (LocalStore store = open()) {
      assertThat(store.outbox(10)).hasSize(2);
      assertThat(store.allPosts()).hasSize(2);

      store.acknowledge(
          new PushResponse(2, List.of(MutationResult.duplicate(1), MutationResult.duplicate(2))));
      store.applyPage(page(3, changed(2, first), changed(3, second)));

      assertThat(store.pendingCount()).isZero();
      assertThat(store.allPosts())
          .extracting(LocalPost::post)
          .containsExactlyInAnyOrder(first, second);
      assertThat(store.syncState().nextMutationId()).isEqualTo(3);
    }
  }

  @Test
  void aPullThatSaysTheServerProcessedEntriesSettlesThemWithoutAPush() {
    Post post = post("pushed, answer lost");
    try (LocalStore store = open()) {
      store.applyPage(page(1, new BrandChanged(1, BRAND)));
      store.recordEdit(post);
    }
    try (LocalStore store = open()) {
      store.applyPage(
          new io.autoposter.model.sync.PullResponse(List.of(changed(2, post)), 2, false, 1, 2));

      assertThat(store.pendingCount()).isZero();
      assertThat(store.post(post.id()).orElseThrow().serverVersion()).isEqualTo(2);
      assertThat(store.syncState().lastMutationId()).isEqualTo(1);
    }
  }

  @Test
  void aPageIsAppliedWhollyOrNotAtAll() {
    try (LocalStore store = open()) {
      store.applyPage(page(1, new BrandChanged(1, BRAND)));
      Post post = post("pulled");

      assertThatThrownBy(
              () ->
                  store.applyPage(
                      page(2, changed(2, post)),
                      () -> {
                        throw new IllegalStateException("the app dies before the commit");
                      }))
          .isInstanceOf(IllegalStateException.class);

      assertThat(store.allPosts()).isEmpty();
      assertThat(store.syncState().cursor()).isEqualTo(1);
      store.applyPage(page(2, changed(2, post)));
      assertThat(store.allPosts()).extracting(LocalPost::post).containsExactly(post);
    }
  }
}
