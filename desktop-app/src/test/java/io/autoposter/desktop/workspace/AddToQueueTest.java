package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.PostingSlot;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PullResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Add to queue" in the composer, without the toolkit, over a real local store. */
class AddToQueueTest {

  // Saturday 10 January 2026, 13:00 in Rome.
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);
  private static final Brand ROMA =
      new Brand(BrandId.random(), "Trattoria Roma", ZoneId.of("Europe/Rome"), "#C2410C");
  private static final List<PostingSlot> SLOTS =
      List.of(
          new PostingSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
          new PostingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(12, 30)));

  @TempDir Path dir;
  private LocalStore store;
  private final List<LocalPost> saved = new ArrayList<>();
  private long version;

  @AfterEach
  void tearDown() {
    store.close();
  }

  private ComposeViewModel composer(Brand brand, Clock clock) {
    store = LocalStore.open(dir.resolve("local"));
    pull(new BrandChanged(++version, brand));
    return new ComposeViewModel(
        new SimpleObjectProperty<>(brand),
        store,
        () -> {},
        TaskExecutor.sameThread(),
        clock,
        ZoneId.of("America/New_York"),
        saved::add,
        () -> {});
  }

  private void pull(Change change) {
    store.applyPage(new PullResponse(List.of(change), version, false, 0, version));
  }

  private void scheduledOnServer(Brand brand, Instant due) {
    Post post =
        new Post(
            PostId.random(),
            brand.id(),
            "Already queued",
            Set.of(Network.SANDBOX),
            due,
            brand.zone(),
            PostStatus.SCHEDULED,
            "");
    version++;
    pull(new PostChanged(version, post, new HybridTimestamp(version * 1000, 0, "server")));
  }

  @Test
  void aBrandWithoutSlotsIsToldWhereToAddThem() {
    ComposeViewModel model = composer(ROMA, NOW);
    model.captionProperty().set("Pizza night");

    model.addToQueue().run();

    assertThat(model.messageProperty().get())
        .startsWith("Trattoria Roma has no posting slots yet.")
        .contains("under Brands");
    assertThat(saved).isEmpty();
  }

  @Test
  void schedulesInTheNextFreeSlotSkippingATakenOne() {
    Brand roma = ROMA.withPostingSlots(SLOTS);
    ComposeViewModel model = composer(roma, NOW);
    // Monday 12 January 09:00 in Rome is taken.
    scheduledOnServer(roma, Instant.parse("2026-01-12T08:00:00Z"));
    model.captionProperty().set("Truffle risotto all week 🍄");

    model.addToQueue().run();

    assertThat(saved)
        .singleElement()
        .extracting(p -> p.post().dueAt())
        .isEqualTo(Instant.parse("2026-01-14T11:30:00Z"));
    assertThat(saved.getFirst().post().status()).isEqualTo(PostStatus.SCHEDULED);
    assertThat(model.messageProperty().get()).startsWith("Scheduled for Wed 14 Jan, 12:30");
  }

  @Test
  void aPostThatCannotBeScheduledYetGetsTheSlotAndTheReason() {
    ComposeViewModel model = composer(ROMA.withPostingSlots(SLOTS), NOW);

    model.addToQueue().run();

    assertThat(model.dueDateProperty().get()).isEqualTo(LocalDate.of(2026, 1, 12));
    assertThat(model.dueTimeProperty().get()).isEqualTo("09:00");
    assertThat(model.messageProperty().get())
        .startsWith("Set to the next free slot, Mon 12 Jan, 09:00 (Europe/Rome).");
    assertThat(saved).isEmpty();
  }

  @Test
  void draftsDoNotTakeASlot() {
    Brand roma = ROMA.withPostingSlots(SLOTS);
    ComposeViewModel model = composer(roma, NOW);
    Post draft =
        new Post(
            PostId.random(),
            roma.id(),
            "A draft",
            Set.of(Network.SANDBOX),
            Instant.parse("2026-01-12T08:00:00Z"),
            roma.zone(),
            PostStatus.DRAFT,
            "");
    pull(new PostChanged(++version, draft, new HybridTimestamp(version * 1000, 0, "server")));
    model.captionProperty().set("Pizza night");

    model.addToQueue().run();

    assertThat(saved.getFirst().post().dueAt()).isEqualTo(Instant.parse("2026-01-12T08:00:00Z"));
  }

  @Test
  void onTheDayBerlinFallsBackTheSlotIsTheFirstOfTheTwoTimes() {
    Brand berlin =
        new Brand(BrandId.random(), "Nordlicht", ZoneId.of("Europe/Berlin"), "#0EA5E9")
            .withPostingSlots(List.of(new PostingSlot(DayOfWeek.SUNDAY, LocalTime.of(2, 30))));
    ComposeViewModel model =
        composer(berlin, Clock.fixed(Instant.parse("2026-10-23T12:00:00Z"), ZoneOffset.UTC));
    model.captionProperty().set("Stormy autumn sale");

    model.addToQueue().run();

    assertThat(saved.getFirst().post().dueAt()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void everySlotTakenForEightWeeksSaysSo() {
    Brand roma = ROMA.withPostingSlots(List.of(SLOTS.getFirst()));
    ComposeViewModel model = composer(roma, NOW);
    for (int week = 0; week < 9; week++) {
      scheduledOnServer(
          roma, Instant.parse("2026-01-12T08:00:00Z").plusSeconds(week * 7 * 86_400L));
    }
    model.captionProperty().set("Pizza night");

    model.addToQueue().run();

    assertThat(model.messageProperty().get())
        .isEqualTo(
            "Every posting slot of Trattoria Roma is taken for the next 8 weeks. Add slots under"
                + " Brands or pick a time.");
    assertThat(saved).isEmpty();
  }
}
