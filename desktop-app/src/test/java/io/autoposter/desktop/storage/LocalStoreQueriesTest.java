package io.autoposter.desktop.storage;

import static io.autoposter.desktop.storage.LocalStoreTest.BRAND;
import static io.autoposter.desktop.storage.LocalStoreTest.changed;
import static io.autoposter.desktop.storage.LocalStoreTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.Change;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read queries behind the post list, the calendar and the queue index. */
class LocalStoreQueriesTest {

  static final Instant NOW = Instant.parse("2030-04-14T10:00:00Z");
  static final Brand OTHER =
      new Brand(BrandId.random(), "Gelateria Sole", ZoneId.of("America/New_York"), "#0F766E");

  @TempDir Path dir;

  private static Post post(Brand brand, String caption, Instant due, PostStatus status) {
    return new Post(
        PostId.random(),
        brand.id(),
        caption,
        Set.of(Network.SANDBOX),
        due,
        brand.zone(),
        status,
        status == PostStatus.FAILED ? "Sandbox refused it." : "");
  }

  private LocalStore storeWith(Post... posts) {
    LocalStore store = LocalStore.open(dir.resolve("local"));
    List<Change> changes =
        new ArrayList<>(List.of(new BrandChanged(1, BRAND), new BrandChanged(2, OTHER)));
    long version = 2;
    for (Post post : posts) {
      changes.add(changed(++version, post));
    }
    store.applyPage(page(version, changes.toArray(Change[]::new)));
    return store;
  }

  private static List<String> captions(List<LocalPost> posts) {
    return posts.stream().map(p -> p.post().caption()).toList();
  }

  @Test
  void theListShowsDraftsWhatIsComingAndWhatFailedButNotOldPublishedPosts() {
    Post oldPublished =
        post(BRAND, "old published", NOW.minusSeconds(30 * 86_400), PostStatus.PUBLISHED);
    Post oldFailed = post(BRAND, "old failed", NOW.minusSeconds(20 * 86_400), PostStatus.FAILED);
    Post olderAttention =
        post(
            BRAND,
            "older needs attention",
            NOW.minusSeconds(25 * 86_400),
            PostStatus.NEEDS_ATTENTION);
    Post coming = post(BRAND, "coming", NOW.plusSeconds(3_600), PostStatus.SCHEDULED);
    Post later = post(BRAND, "later", NOW.plusSeconds(86_400), PostStatus.SCHEDULED);
    Post draft = post(BRAND, "draft", null, PostStatus.DRAFT);
    Post otherBrand = post(OTHER, "other brand", NOW.plusSeconds(60), PostStatus.SCHEDULED);
    try (LocalStore store =
        storeWith(oldPublished, oldFailed, coming, later, draft, otherBrand, olderAttention)) {
      assertThat(captions(store.currentPosts(BRAND.id(), NOW, 10)))
          .containsExactly("older needs attention", "old failed", "coming", "later", "draft");
      assertThat(captions(store.currentPosts(BRAND.id(), NOW, 3)))
          .containsExactly("older needs attention", "old failed", "coming");
    }
  }

  @Test
  void aCalendarPageReadsOnlyItsRangeOfItsBrand() {
    Post before =
        post(BRAND, "before", Instant.parse("2030-03-31T21:59:00Z"), PostStatus.SCHEDULED);
    Post first = post(BRAND, "first", Instant.parse("2030-03-31T22:00:00Z"), PostStatus.SCHEDULED);
    Post last = post(BRAND, "last", Instant.parse("2030-04-30T21:59:00Z"), PostStatus.PUBLISHED);
    Post after = post(BRAND, "after", Instant.parse("2030-04-30T22:00:00Z"), PostStatus.SCHEDULED);
    Post other = post(OTHER, "other", Instant.parse("2030-04-10T10:00:00Z"), PostStatus.SCHEDULED);
    try (LocalStore store = storeWith(after, last, other, before, first)) {
      assertThat(
              captions(
                  store.postsDueBetween(
                      BRAND.id(),
                      Instant.parse("2030-03-31T22:00:00Z"),
                      Instant.parse("2030-04-30T22:00:00Z"))))
          .containsExactly("first", "last");
    }
  }

  @Test
  void everyVisiblePostIsStreamedInDueOrderWithDraftsLast() {
    Post draft = post(BRAND, "draft", null, PostStatus.DRAFT);
    Post second = post(OTHER, "second", NOW.plusSeconds(7_200), PostStatus.SCHEDULED);
    Post first = post(BRAND, "first", NOW.plusSeconds(3_600), PostStatus.SCHEDULED);
    try (LocalStore store = storeWith(draft, second, first)) {
      store.recordDelete(second.id());
      List<String> seen = new ArrayList<>();

      store.forEachPost(p -> seen.add(p.post().caption()));

      assertThat(seen).containsExactly("first", "draft");
    }
  }
}
