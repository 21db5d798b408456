package io.autoposter.desktop.workspace;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.queue.NextFreeSlot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Add to queue": puts the post in its brand's next free posting slot and schedules it. When the
 * post cannot be scheduled yet (no caption, a finding that blocks), the due time is still set and
 * the composer says why; when the brand has no slots, the message says where to add them.
 */
public final class AddToQueue {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private final ComposeViewModel compose;
  private final LocalStore store;
  private final TaskExecutor tasks;
  private final Clock clock;

  public AddToQueue(ComposeViewModel compose, LocalStore store, TaskExecutor tasks, Clock clock) {
    this.compose = compose;
    this.store = store;
    this.tasks = tasks;
    this.clock = clock;
  }

  private record Found(Brand brand, Optional<ZonedDateTime> slot) {}

  public void run() {
    if (compose.readOnlyProperty().get() || compose.busyProperty().get()) {
      return;
    }
    BrandId editingBrand = compose.editingBrand();
    Brand selected = compose.previewBrand();
    if (editingBrand == null && selected == null) {
      compose.showNotice("Choose a brand first.");
      return;
    }
    PostId editing = compose.editingProperty().get();
    Instant now = clock.instant();
    tasks.run(
        () -> {
          Brand brand =
              editingBrand == null || (selected != null && selected.id().equals(editingBrand))
                  ? selected
                  : store.brand(editingBrand).orElse(selected);
          Instant until = now.plus(Duration.ofDays(NextFreeSlot.WEEKS_AHEAD * 7L + 2));
          Set<Instant> taken =
              store.postsDueBetween(brand.id(), now, until).stream()
                  .map(LocalPost::post)
                  .filter(p -> !p.id().equals(editing))
                  .filter(
                      p ->
                          p.status() == PostStatus.SCHEDULED || p.status() == PostStatus.PUBLISHING)
                  .map(p -> p.dueAt())
                  .collect(Collectors.toSet());
          return new Found(
              brand,
              NextFreeSlot.after(
                  now, brand.zone(), brand.postingSlots(), taken, NextFreeSlot.WEEKS_AHEAD));
        },
        found -> place(found.brand(), found.slot()),
        failure -> compose.showNotice("Could not look up the queue: " + failure.getMessage()));
  }

  private void place(Brand brand, Optional<ZonedDateTime> slot) {
    if (brand.postingSlots().isEmpty()) {
      compose.showNotice(
          brand.name()
              + " has no posting slots yet. Add weekly times such as Mon 09:00 under Brands"
              + " (owners and admins), then use “Add to queue”.");
      return;
    }
    if (slot.isEmpty()) {
      compose.showNotice(
          "Every posting slot of "
              + brand.name()
              + " is taken for the next "
              + NextFreeSlot.WEEKS_AHEAD
              + " weeks. Add slots under Brands or pick a time.");
      return;
    }
    ZonedDateTime at = slot.get();
    compose.dueDateProperty().set(at.toLocalDate());
    compose.dueTimeProperty().set(ComposeViewModel.TIME_OUTPUT.format(at.toLocalTime()));
    // On a day the clocks go back the time exists twice: the slot is the first of the two.
    compose.dueChoiceProperty().set(at.toInstant());
    String when = WHEN.format(at) + " (" + brand.zone().getId() + ")";
    if (compose.canScheduleProperty().get()) {
      // The composer's own message follows: "Scheduled for …".
      compose.schedule();
    } else {
      compose.showNotice(
          "Set to the next free slot, " + when + ". " + compose.blockedReasonProperty().get());
    }
  }
}
