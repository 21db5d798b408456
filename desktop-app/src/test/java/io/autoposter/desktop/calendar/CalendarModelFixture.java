package io.autoposter.desktop.calendar;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A calendar ViewModel on a real local store with the same-thread executor, for the tests. */
abstract class CalendarModelFixture {

  static final Brand BERLIN =
      new Brand(BrandId.random(), "Studio Lumen Yoga", ZoneId.of("Europe/Berlin"), "#0F766E");
  static final Brand NEW_YORK =
      new Brand(BrandId.random(), "Gelateria Sole", ZoneId.of("America/New_York"), "#D97706");
  static final Clock NOW = Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  LocalStore store;
  final List<PostId> opened = new ArrayList<>();
  int localChanges;

  @AfterEach
  void close() {
    store.close();
  }

  CalendarViewModel calendar(Brand brand, Post... posts) {
    store = LocalStore.open(dir.resolve("local"));
    QueueFixture.fill(store, List.of(brand), List.of(posts));
    CalendarViewModel model =
        new CalendarViewModel(
            store, TaskExecutor.sameThread(), NOW, opened::add, () -> localChanges++);
    model.reload();
    return model;
  }

  LocalStore store() {
    return store;
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

  static DayCell day(CalendarViewModel model, LocalDate date) {
    return model.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
  }
}
