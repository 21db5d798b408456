package io.autoposter.desktop.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.PostTableViewModel.Mode;
import io.autoposter.desktop.queue.PostTableViewModel.Shown;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostTableViewModelTest {

  @TempDir Path dir;
  private LocalStore store;
  private final List<PostId> opened = new ArrayList<>();

  @BeforeEach
  void open() {
    store = LocalStore.open(dir.resolve("local"));
    QueueFixture.fill(store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private PostTableViewModel model(Mode mode) {
    PostTableViewModel model =
        new PostTableViewModel(
            store, TaskExecutor.sameThread(), QueueFixture.CLOCK, mode, opened::add);
    model.reload();
    return model;
  }

  private static List<Instant> dues(PostTableViewModel model) {
    return model.rows().stream().map(r -> r.index().dueAt(r.slot())).toList();
  }

  @Test
  void queueShowsScheduledAndUnpublishedPostsUpcomingFirst() {
    PostTableViewModel model = model(Mode.QUEUE);

    assertThat(model.rows()).hasSize(41);
    assertThat(model.rows())
        .extracting(QueueRow::status)
        .containsOnly(PostStatus.SCHEDULED, PostStatus.NEEDS_ATTENTION, PostStatus.FAILED);
    assertThat(dues(model)).isSorted();
    assertThat(model.countTextProperty().get()).isEqualTo("41 posts");
    assertThat(model.shownProperty().get()).isEqualTo(Shown.ROWS);
  }

  @Test
  void historyShowsFinishedPostsNewestFirst() {
    PostTableViewModel model = model(Mode.HISTORY);

    assertThat(model.rows())
        .extracting(QueueRow::status)
        .containsOnly(PostStatus.PUBLISHED, PostStatus.FAILED, PostStatus.CANCELLED);
    assertThat(model.rows()).hasSize(13);
    assertThat(dues(model)).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void draftsShowOnlyDraftsWithUndatedOnesLast() {
    PostTableViewModel model = model(Mode.DRAFTS);

    assertThat(model.rows()).hasSize(8).extracting(QueueRow::status).containsOnly(PostStatus.DRAFT);
    assertThat(model.rows().getLast().dueText()).isEqualTo("Not scheduled");
  }

  @Test
  void textFilterIsCaseInsensitiveOverCaptionFirstCommentAndTags() {
    PostTableViewModel model = model(Mode.QUEUE);

    model.textProperty().set("STOLLEN");
    assertThat(model.rows()).isNotEmpty().allMatch(r -> r.snippet().contains("Stollen"));

    model.textProperty().set("link in BIO");
    assertThat(model.rows()).hasSize(14);

    model.textProperty().set("winter MENU");
    assertThat(model.rows())
        .isNotEmpty()
        .allMatch(
            r -> r.tags().contains("winter menu") || r.snippet().toLowerCase().contains("winter"));
    assertThat(model.countTextProperty().get()).endsWith("of 41 posts");
  }

  @Test
  void textFilterFindsRightToLeftAndEmoji() {
    PostTableViewModel model = model(Mode.QUEUE);

    model.textProperty().set("مارغريتا");
    assertThat(model.rows()).extracting(QueueRow::snippet).containsOnly(QueueFixture.RTL_CAPTION);

    model.textProperty().set("🚲");
    assertThat(model.rows()).isNotEmpty().allMatch(r -> r.brandName().equals("Brooklyn Bikes Co."));
  }

  @Test
  void brandNetworkStatusAndDateFiltersCombine() {
    PostTableViewModel model = model(Mode.QUEUE);

    model.brandProperty().set(QueueFixture.BIKES);
    assertThat(model.rows()).hasSize(11).allMatch(r -> r.brandName().equals("Brooklyn Bikes Co."));

    model.networkProperty().set(Network.INSTAGRAM);
    assertThat(model.rows()).isNotEmpty().allMatch(r -> r.networks().contains(Network.INSTAGRAM));

    model.brandProperty().set(null);
    model.networkProperty().set(null);
    model.statusProperty().set(PostStatus.NEEDS_ATTENTION);
    assertThat(model.rows())
        .singleElement()
        .extracting(QueueRow::status)
        .isEqualTo(PostStatus.NEEDS_ATTENTION);

    model.statusProperty().set(null);
    model.fromProperty().set(LocalDate.of(2026, 12, 10));
    model.toProperty().set(LocalDate.of(2026, 12, 12));
    assertThat(model.rows())
        .isNotEmpty()
        .allMatch(
            r -> {
              LocalDate day =
                  r.index().dueAt(r.slot()).atZone(r.index().zone(r.slot())).toLocalDate();
              return !day.isBefore(LocalDate.of(2026, 12, 10))
                  && !day.isAfter(LocalDate.of(2026, 12, 12));
            });
  }

  @Test
  void dateRangeCountsTheDayInTheBrandsZone() {
    // 23:30 in New York on 9 December is already 10 December in UTC.
    Post late =
        new Post(
            PostId.random(),
            QueueFixture.BIKES.id(),
            "Late-night ride",
            java.util.Set.of(Network.X),
            Instant.parse("2026-12-10T04:30:00Z"),
            QueueFixture.BIKES.zone(),
            PostStatus.SCHEDULED,
            "");
    store.recordEdit(late);
    PostTableViewModel model = model(Mode.QUEUE);

    model.textProperty().set("late-night");
    model.fromProperty().set(LocalDate.of(2026, 12, 9));
    model.toProperty().set(LocalDate.of(2026, 12, 9));
    assertThat(model.rows()).singleElement().extracting(QueueRow::id).isEqualTo(late.id());

    model.fromProperty().set(LocalDate.of(2026, 12, 10));
    model.toProperty().set(LocalDate.of(2026, 12, 10));
    assertThat(model.rows()).isEmpty();
  }

  @Test
  void noMatchIsToldApartFromAnEmptyModeAndClearFiltersShowsAllAgain() {
    PostTableViewModel model = model(Mode.QUEUE);

    model.textProperty().set("no post says this");
    assertThat(model.shownProperty().get()).isEqualTo(Shown.NO_MATCH);
    assertThat(model.countTextProperty().get()).isEqualTo("0 of 41 posts");

    model.clearFilters();
    assertThat(model.shownProperty().get()).isEqualTo(Shown.ROWS);
    assertThat(model.rows()).hasSize(41);
  }

  @Test
  void aModeWithoutPostsIsEmpty() {
    try (LocalStore empty = LocalStore.open(dir.resolve("empty"))) {
      PostTableViewModel model =
          new PostTableViewModel(
              empty, TaskExecutor.sameThread(), QueueFixture.CLOCK, Mode.DRAFTS, opened::add);
      assertThat(model.shownProperty().get()).isEqualTo(Shown.LOADING);
      model.reload();
      assertThat(model.shownProperty().get()).isEqualTo(Shown.EMPTY);
      assertThat(model.countTextProperty().get()).isEqualTo("0 posts");
    }
  }

  @Test
  void reloadSeesPostsAddedMeanwhileAndKeepsTheFilter() {
    PostTableViewModel model = model(Mode.QUEUE);
    model.textProperty().set("unicorn");
    assertThat(model.rows()).isEmpty();

    store.recordEdit(
        new Post(
            PostId.random(),
            QueueFixture.ROMA.id(),
            "Unicorn pizza 🦄",
            java.util.Set.of(Network.X),
            Instant.parse("2026-12-24T18:00:00Z"),
            QueueFixture.ROMA.zone(),
            PostStatus.SCHEDULED,
            ""));
    model.reload();

    assertThat(model.rows())
        .singleElement()
        .extracting(QueueRow::snippet)
        .isEqualTo("Unicorn pizza 🦄");
  }

  @Test
  void openingARowHandsItsPostIdToTheCallback() {
    PostTableViewModel model = model(Mode.QUEUE);
    QueueRow row = model.rows().get(3);

    model.open(row);

    assertThat(opened).containsExactly(row.id());
  }

  @Test
  void brandFilterListsTheStoresBrandsByName() {
    PostTableViewModel model = model(Mode.QUEUE);

    assertThat(model.brands())
        .extracting(b -> b.name())
        .containsExactly(
            "Brooklyn Bikes Co.", "Café Olé — Lisboa", "Nordlicht Bäckerei", "Trattoria Roma");
  }
}
