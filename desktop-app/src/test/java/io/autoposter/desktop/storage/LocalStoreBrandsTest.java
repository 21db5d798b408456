package io.autoposter.desktop.storage;

import static io.autoposter.desktop.storage.LocalStoreTest.BRAND;
import static io.autoposter.desktop.storage.LocalStoreTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.PostingSlot;
import io.autoposter.model.sync.BrandChanged;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A brand's posting slots and hashtag groups as pulled, kept in the local database. */
class LocalStoreBrandsTest {
  @TempDir Path dir;

  private static final Brand WITH_SCHEDULE =
      BRAND
          .withPostingSlots(
              List.of(
                  new PostingSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
                  new PostingSlot(DayOfWeek.THURSDAY, LocalTime.of(18, 30))))
          .withHashtagGroups(
              List.of(
                  new HashtagGroup("Dinner", List.of("#pasta", "#roma")),
                  new HashtagGroup("Weekend brunch ☕", List.of("#brunch"))));

  @Test
  void pulledSlotsAndGroupsSurviveReopening() {
    try (LocalStore store = LocalStore.open(dir.resolve("local"))) {
      store.applyPage(page(1, new BrandChanged(1, WITH_SCHEDULE)));
    }
    try (LocalStore reopened = LocalStore.open(dir.resolve("local"))) {
      assertThat(reopened.brand(BRAND.id())).contains(WITH_SCHEDULE);
    }
  }

  @Test
  void aLaterBrandChangeWithoutThemClearsThem() {
    try (LocalStore store = LocalStore.open(dir.resolve("local"))) {
      store.applyPage(page(1, new BrandChanged(1, WITH_SCHEDULE)));
      store.applyPage(page(2, new BrandChanged(2, BRAND)));

      Brand stored = store.brand(BRAND.id()).orElseThrow();
      assertThat(stored.postingSlots()).isEmpty();
      assertThat(stored.hashtagGroups()).isEmpty();
    }
  }
}
