package io.autoposter.desktop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar without the toolkit, on a real local store. */
class CalendarViewModelTest {

  static final Brand BERLIN =
      new Brand(BrandId.random(), "Studio Lumen Yoga", ZoneId.of("Europe/Berlin"), "#0F766E");
  static final Brand NEW_YORK =
      new Brand(BrandId.random(), "Gelateria Sole", ZoneId.of("America/New_York"), "#D97706");
  static final Clock NOW = Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private LocalStore store;
  private final List<PostId> opened = new ArrayList<>();
  private int localChanges;

  @AfterEach
  void close() {
    store.close();
  }

  private CalendarViewModel calendar(Brand brand, Post... posts) {
    store = LocalStore.open(dir.resolve("local"));
    QueueFixture.fill(store, List.of(brand), List.of(posts));
    CalendarViewModel model =
        new CalendarViewModel(
            store, TaskExecutor.sameThread(), NOW, opened::add, () -> localChanges++);
    model.reload();
    return model;
  }

  static Post post(
      Brand brand, String caption, String due, PostStatus status, Network... networks) {
    return new Post(
        PostId.random(),
        brand.id(),
        caption,
        Set.of(networks.length == 0 ? new Network[] {Network.SANDBOX} : networks),
        Instant.parse(due),
        brand.zone(),
        status,
        "");
  }

  private static DayCell day(CalendarViewModel model, LocalDate date) {
    return model.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
  }

  @Test
  void aMonthIsSixWeeksFromMondayWithTheBrandsLocalDays() {
    // 23:30 in Berlin on 4 December is 22:30 UTC: still the 4th there.
    Post late = post(BERLIN, "Late class", "2026-12-04T22:30:00Z", PostStatus.SCHEDULED);
    CalendarViewModel model = calendar(BERLIN, late);
    model.monthProperty().set(YearMonth.of(2026, 12));

    assertThat(model.days()).hasSize(42);
    assertThat(model.days().getFirst().date()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(model.days().getFirst().date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(model.titleProperty().get()).isEqualTo("December 2026");
    assertThat(day(model, LocalDate.of(2026, 12, 4)).items())
        .singleElement()
        .satisfies(i -> assertThat(i.time()).isEqualTo("23:30"));
    assertThat(day(model, LocalDate.of(2026, 12, 5)).items()).isEmpty();
    assertThat(model.emptyNoteProperty().get()).isEmpty();

    model.next();
    assertThat(model.emptyNoteProperty().get()).startsWith("No posts in January 2027");
  }

  @Test
  void movingKeepsTheWallClockTimeAcrossTheAutumnChange() {
    // 10:00 CEST on 20 October (08:00 UTC) to 27 October, after the clocks went back: 10:00 CET.
    Post yoga = post(BERLIN, "Morning flow", "2026-10-20T08:00:00Z", PostStatus.SCHEDULED);
    CalendarViewModel model = calendar(BERLIN, yoga);

    MoveCheck check = model.checkMove(yoga.id(), LocalDate.of(2026, 10, 27));
    assertThat(check.allowed()).isTrue();
    assertThat(check.needsConfirmation()).isFalse();
    model.move(yoga.id(), LocalDate.of(2026, 10, 27));

    assertThat(store.post(yoga.id()).orElseThrow().post().dueAt())
        .isEqualTo(Instant.parse("2026-10-27T09:00:00Z"));
    assertThat(model.messageProperty().get()).isEqualTo("Moved to Tue 27 Oct, 10:00.");
    assertThat(localChanges).isEqualTo(1);
    assertThat(day(model, LocalDate.of(2026, 10, 27)).items()).hasSize(1);
  }

  @Test
  void aTimeTheSpringChangeSkipsMovesForwardAndSaysSo() {
    Post gelato =
        post(NEW_YORK, "Gelato at midnight", "2027-03-01T07:30:00Z", PostStatus.SCHEDULED);
    CalendarViewModel model = calendar(NEW_YORK, gelato);
    model.monthProperty().set(YearMonth.of(2027, 3));

    MoveCheck check = model.checkMove(gelato.id(), LocalDate.of(2027, 3, 14));
    assertThat(check.message()).contains("03:30").contains("02:30 does not exist that day");
    model.move(gelato.id(), LocalDate.of(2027, 3, 14));

    assertThat(store.post(gelato.id()).orElseThrow().post().dueAt())
        .isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
  }

  @Test
  void intoThePastAsksFirstAndPublishedPostsStay() {
    Post coming = post(BERLIN, "Open day", "2026-10-10T08:00:00Z", PostStatus.SCHEDULED);
    Post done = post(BERLIN, "Welcome", "2026-10-02T08:00:00Z", PostStatus.PUBLISHED);
    CalendarViewModel model = calendar(BERLIN, coming, done);

    MoveCheck past = model.checkMove(coming.id(), LocalDate.of(2026, 9, 30));
    assertThat(past.needsConfirmation()).isTrue();
    assertThat(past.message()).contains("in the past");

    assertThat(model.checkMove(done.id(), LocalDate.of(2026, 10, 5)).allowed()).isFalse();
    model.move(done.id(), LocalDate.of(2026, 10, 5));
    assertThat(model.messageProperty().get()).isEqualTo("Published posts cannot be moved.");
    assertThat(store.post(done.id()).orElseThrow().post().dueAt()).isEqualTo(done.dueAt());
  }

  @Test
  void theDailyInstagramQuotaIsCountedAndOpeningAPostAsksTheComposer() {
    Post a = post(BERLIN, "One", "2026-10-12T08:00:00Z", PostStatus.SCHEDULED, Network.INSTAGRAM);
    Post b = post(BERLIN, "Two", "2026-10-12T12:00:00Z", PostStatus.SCHEDULED, Network.INSTAGRAM);
    Post c = post(BERLIN, "Three", "2026-10-12T14:00:00Z", PostStatus.SCHEDULED, Network.X);
    CalendarViewModel model = calendar(BERLIN, a, b, c);

    DayCell day = day(model, LocalDate.of(2026, 10, 12));
    assertThat(day.quota()).isEqualTo("Instagram 2/50");
    assertThat(day.overQuota()).isFalse();
    assertThat(day.items()).hasSize(3);

    model.open(a.id());
    assertThat(opened).containsExactly(a.id());
  }
}
