package io.autoposter.desktop.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.PostTableViewModel.Mode;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk reschedule, duplicate, cancel and delete through the ViewModel, on a real store. */
class BulkActionsTest {

  @TempDir Path dir;
  private LocalStore store;

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
            store, TaskExecutor.sameThread(), QueueFixture.CLOCK, mode, id -> {});
    model.reload();
    return model;
  }

  private Post stored(PostId id) {
    return store.post(id).map(LocalPost::post).orElseThrow();
  }

  private static List<QueueRow> rowsWith(PostTableViewModel model, PostStatus status, int count) {
    return model.rows().stream().filter(r -> r.status() == status).limit(count).toList();
  }

  @Test
  void shiftingByDaysKeepsEachPostsWallClockTimeInItsZone() {
    PostTableViewModel model = model(Mode.QUEUE);
    List<QueueRow> rows = rowsWith(model, PostStatus.SCHEDULED, 3);
    List<ZonedDateTime> before = rows.stream().map(r -> stored(r.id()).dueInBrandZone()).toList();

    model.reschedule(rows, new Reschedule.ShiftDays(7));

    for (int i = 0; i < rows.size(); i++) {
      ZonedDateTime after = stored(rows.get(i).id()).dueInBrandZone();
      assertThat(after.toLocalDateTime()).isEqualTo(before.get(i).toLocalDateTime().plusDays(7));
    }
    assertThat(model.resultProperty().get()).isEqualTo("Moved 3 posts");
    assertThat(store.pendingCount()).isEqualTo(3);
  }

  @Test
  void movingToADateKeepsTheTimeOfDayAcrossTheDstSwitch() {
    PostTableViewModel model = model(Mode.QUEUE);
    QueueRow row = rowsWith(model, PostStatus.SCHEDULED, 1).getFirst();
    LocalTime timeOfDay = stored(row.id()).dueInBrandZone().toLocalTime();

    // Summer time in every fixture zone: the UTC offset changes, the wall clock must not.
    model.reschedule(List.of(row), new Reschedule.ToDate(LocalDate.of(2027, 7, 1)));

    ZonedDateTime after = stored(row.id()).dueInBrandZone();
    assertThat(after.toLocalDate()).isEqualTo(LocalDate.of(2027, 7, 1));
    assertThat(after.toLocalTime()).isEqualTo(timeOfDay);
  }

  @Test
  void publishedPostsAreSkippedAndCounted() {
    PostTableViewModel history = model(Mode.HISTORY);
    List<QueueRow> published = rowsWith(history, PostStatus.PUBLISHED, 2);
    List<QueueRow> cancelled = rowsWith(history, PostStatus.CANCELLED, 1);
    List<QueueRow> selection = Stream.concat(published.stream(), cancelled.stream()).toList();

    history.reschedule(selection, new Reschedule.ToDate(LocalDate.of(2027, 1, 15)));

    assertThat(history.resultProperty().get())
        .isEqualTo("Moved 1 post; 2 published posts were skipped");
    for (QueueRow row : published) {
      assertThat(stored(row.id()).dueAt()).isBefore(QueueFixture.NOW);
    }
    Post moved = stored(cancelled.getFirst().id());
    assertThat(moved.dueInBrandZone().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(moved.status()).isEqualTo(PostStatus.SCHEDULED);
  }

  @Test
  void aMoveIntoThePastIsSkipped() {
    PostTableViewModel model = model(Mode.QUEUE);
    List<QueueRow> rows = rowsWith(model, PostStatus.SCHEDULED, 2);

    model.reschedule(rows, new Reschedule.ShiftDays(-60));

    assertThat(model.resultProperty().get())
        .isEqualTo("Moved 0 posts; 2 posts that would move into the past were skipped");
    assertThat(store.pendingCount()).isZero();
  }

  @Test
  void draftsWithoutADueTimeCannotBeShifted() {
    PostTableViewModel model = model(Mode.DRAFTS);
    List<QueueRow> undated =
        model.rows().stream().filter(r -> r.dueText().equals("Not scheduled")).limit(2).toList();

    model.reschedule(undated, new Reschedule.ShiftDays(1));

    assertThat(model.resultProperty().get())
        .isEqualTo("Moved 0 posts; 2 drafts without a due time were skipped");
  }

  @Test
  void duplicateMakesNewDraftsWithTheSameContentAndNoDueTime() {
    PostTableViewModel model = model(Mode.QUEUE);
    List<QueueRow> rows = rowsWith(model, PostStatus.SCHEDULED, 2);
    int draftsBefore = model(Mode.DRAFTS).rows().size();

    model.duplicate(rows);

    PostTableViewModel drafts = model(Mode.DRAFTS);
    assertThat(drafts.rows()).hasSize(draftsBefore + 2);
    Post original = stored(rows.getFirst().id());
    Post copy =
        drafts.rows().stream()
            .map(r -> stored(r.id()))
            .filter(p -> p.caption().equals(original.caption()) && !p.id().equals(original.id()))
            .filter(p -> p.brandId().equals(original.brandId()) && p.dueAt() == null)
            .findFirst()
            .orElseThrow();
    assertThat(copy.status()).isEqualTo(PostStatus.DRAFT);
    assertThat(copy.networks()).isEqualTo(original.networks());
    assertThat(copy.tags()).isEqualTo(original.tags());
    assertThat(copy.firstComment()).isEqualTo(original.firstComment());
    assertThat(model.resultProperty().get()).isEqualTo("Duplicated 2 posts");
  }

  @Test
  void duplicateCanKeepTheDueTime() {
    PostTableViewModel model = model(Mode.QUEUE);
    QueueRow row = rowsWith(model, PostStatus.SCHEDULED, 1).getFirst();
    model.keepDueTimeOnDuplicateProperty().set(true);

    model.duplicate(List.of(row));

    Post original = stored(row.id());
    assertThat(model(Mode.DRAFTS).rows())
        .map(r -> stored(r.id()))
        .anySatisfy(
            p -> {
              assertThat(p.caption()).isEqualTo(original.caption());
              assertThat(p.dueAt()).isEqualTo(original.dueAt());
              assertThat(p.status()).isEqualTo(PostStatus.DRAFT);
            });
  }

  @Test
  void cancelTurnsScheduledPostsIntoDraftsAndSkipsPublishedOnes() {
    PostTableViewModel queue = model(Mode.QUEUE);
    List<QueueRow> scheduled = rowsWith(queue, PostStatus.SCHEDULED, 2);
    List<QueueRow> published = rowsWith(model(Mode.HISTORY), PostStatus.PUBLISHED, 1);
    List<QueueRow> selection = new ArrayList<>(scheduled);
    selection.addAll(published);

    queue.cancel(selection);

    assertThat(queue.resultProperty().get())
        .isEqualTo("Cancelled 2 posts; 1 published post was skipped");
    assertThat(scheduled).allMatch(r -> stored(r.id()).status() == PostStatus.DRAFT);
    assertThat(queue.rows()).hasSize(39);
  }

  @Test
  void deleteRemovesPostsButNotPublishedOnes() {
    PostTableViewModel history = model(Mode.HISTORY);
    List<QueueRow> published = rowsWith(history, PostStatus.PUBLISHED, 3);
    List<QueueRow> failed = rowsWith(history, PostStatus.FAILED, 2);
    List<QueueRow> selection = new ArrayList<>(failed);
    selection.addAll(published);
    assertThat(PostTableViewModel.readOnlyCount(selection)).isEqualTo(3);

    history.delete(selection);

    assertThat(history.resultProperty().get())
        .isEqualTo("Deleted 2 posts; 3 published posts were skipped");
    assertThat(failed).allMatch(r -> store.post(r.id()).isEmpty());
    assertThat(published).allMatch(r -> store.post(r.id()).isPresent());
    assertThat(history.rows()).hasSize(11);
  }

  @Test
  void anEmptySelectionAsksForOne() {
    PostTableViewModel model = model(Mode.QUEUE);

    model.cancel(List.of());

    assertThat(model.resultProperty().get()).isEqualTo("Select one or more posts first.");
  }
}
