package io.autoposter.desktop.calendar;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.Snippets;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A month of one brand's posts, by day in the brand's time zone. Reads only the six weeks it shows
 * ({@link LocalStore#postsDueBetween}), so it stays quick with 50,000 posts. Moving a post to
 * another day keeps its wall-clock time there; into the past asks first; published posts stay.
 */
public final class CalendarViewModel {

  static final int DAYS = 42;
  static final int INSTAGRAM_PER_DAY = 50;
  static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private final ObservableList<Brand> brands = FXCollections.observableArrayList();
  private final ObjectProperty<Brand> brand = new SimpleObjectProperty<>();
  private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
  private final ObservableList<DayCell> days = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper emptyNote = new ReadOnlyStringWrapper("");

  private final LocalStore store;
  private final TaskExecutor tasks;
  private final Clock clock;
  private final Consumer<PostId> openPost;
  private final Runnable onLocalChange;
  private final Map<PostId, Post> shown = new HashMap<>();

  /**
   * @param openPost opens a post in the composer
   * @param onLocalChange tells sync a post was edited here
   */
  public CalendarViewModel(
      LocalStore store,
      TaskExecutor tasks,
      Clock clock,
      Consumer<PostId> openPost,
      Runnable onLocalChange) {
    this.onLocalChange = Objects.requireNonNull(onLocalChange, "onLocalChange");
    this.store = Objects.requireNonNull(store, "store");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.openPost = Objects.requireNonNull(openPost, "openPost");
    brand.addListener((obs, was, now) -> loadMonth());
    month.addListener((obs, was, now) -> loadMonth());
  }

  public ObservableList<Brand> brands() {
    return brands;
  }

  public ObjectProperty<Brand> brandProperty() {
    return brand;
  }

  public ObjectProperty<YearMonth> monthProperty() {
    return month;
  }

  /** The 42 days of the page, Monday first. */
  public ObservableList<DayCell> days() {
    return days;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** The result of the last move, or why it could not be. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Says what to do when the month has no posts; empty otherwise. */
  public ReadOnlyStringProperty emptyNoteProperty() {
    return emptyNote.getReadOnlyProperty();
  }

  /** Reads the brands and the month shown (this month at first). */
  public void reload() {
    tasks.run(
        store::brands,
        loaded -> {
          Brand keep = brand.get();
          brands.setAll(loaded);
          Brand next =
              keep != null && loaded.contains(keep)
                  ? keep
                  : loaded.isEmpty() ? null : loaded.getFirst();
          if (month.get() == null && next != null) {
            month.set(YearMonth.from(clock.instant().atZone(next.zone())));
          }
          if (Objects.equals(next, brand.get())) {
            loadMonth();
          } else {
            brand.set(next);
          }
        },
        failure -> message.set("Could not read the calendar: " + failure.getMessage()));
  }

  public void previous() {
    if (month.get() != null) {
      month.set(month.get().minusMonths(1));
    }
  }

  public void next() {
    if (month.get() != null) {
      month.set(month.get().plusMonths(1));
    }
  }

  public void today() {
    Brand current = brand.get();
    if (current != null) {
      month.set(YearMonth.from(clock.instant().atZone(current.zone())));
    }
  }

  public void open(PostId id) {
    openPost.accept(id);
  }

  /** The first day of the page: the Monday on or before the first of the month. */
  static LocalDate firstDay(YearMonth month) {
    return month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private void loadMonth() {
    Brand current = brand.get();
    YearMonth shownMonth = month.get();
    if (current == null || shownMonth == null) {
      days.clear();
      title.set("");
      emptyNote.set("No brands yet. Brands arrive with the next sync.");
      return;
    }
    title.set(TITLE.format(shownMonth));
    ZoneId zone = current.zone();
    LocalDate first = firstDay(shownMonth);
    Instant from = first.atStartOfDay(zone).toInstant();
    Instant to = first.plusDays(DAYS).atStartOfDay(zone).toInstant();
    tasks.run(
        () -> store.postsDueBetween(current.id(), from, to),
        posts -> {
          if (current.equals(brand.get()) && shownMonth.equals(month.get())) {
            show(current, shownMonth, first, posts);
          }
        },
        failure -> message.set("Could not read the calendar: " + failure.getMessage()));
  }

  private void show(Brand current, YearMonth shownMonth, LocalDate first, List<LocalPost> posts) {
    ZoneId zone = current.zone();
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    Map<LocalDate, List<CalendarItem>> byDay = new HashMap<>();
    shown.clear();
    int inMonth = 0;
    for (LocalPost local : posts) {
      Post post = local.post();
      shown.put(post.id(), post);
      ZonedDateTime due = post.dueAt().atZone(zone);
      if (YearMonth.from(due).equals(shownMonth)) {
        inMonth++;
      }
      byDay
          .computeIfAbsent(due.toLocalDate(), d -> new ArrayList<>())
          .add(
              new CalendarItem(
                  post.id(),
                  TIME.format(due),
                  Snippets.of(post.caption().strip(), 60),
                  post.networks(),
                  post.status(),
                  !post.status().isReadOnly()));
    }
    List<DayCell> cells = new ArrayList<>(DAYS);
    for (int i = 0; i < DAYS; i++) {
      LocalDate date = first.plusDays(i);
      List<CalendarItem> items = byDay.getOrDefault(date, List.of());
      long instagram =
          items.stream()
              .filter(item -> item.networks().contains(Network.INSTAGRAM))
              .filter(item -> item.status() != PostStatus.DRAFT)
              .count();
      cells.add(
          new DayCell(
              date,
              YearMonth.from(date).equals(shownMonth),
              date.equals(today),
              List.copyOf(items),
              instagram == 0 ? "" : "Instagram " + instagram + "/" + INSTAGRAM_PER_DAY,
              instagram > INSTAGRAM_PER_DAY));
    }
    days.setAll(cells);
    emptyNote.set(
        inMonth == 0
            ? "No posts in "
                + TITLE.format(shownMonth)
                + " for "
                + current.name()
                + ". Write one in Posts (Ctrl+N), or drag posts here from other days."
            : "");
  }

  /** Whether post {@code id} may move to {@code day}, keeping its time on the brand's clock. */
  public MoveCheck checkMove(PostId id, LocalDate day) {
    Post post = shown.get(id);
    Brand current = brand.get();
    if (post == null || current == null) {
      return new MoveCheck(false, false, "That post is no longer on this page.");
    }
    if (post.status().isReadOnly()) {
      return new MoveCheck(false, false, "Published posts cannot be moved.");
    }
    ZonedDateTime was = post.dueAt().atZone(current.zone());
    if (was.toLocalDate().equals(day)) {
      return new MoveCheck(false, false, "");
    }
    ZonedDateTime target = ZonedDateTime.of(day, was.toLocalTime(), current.zone());
    String snippet = Snippets.of(post.caption().strip(), 40);
    String when = DAY.format(target) + ", " + TIME.format(target);
    String shifted =
        target.toLocalTime().equals(was.toLocalTime())
            ? ""
            : " (" + TIME.format(was) + " does not exist that day: the clocks jump forward)";
    if (!target.toInstant().isAfter(clock.instant())) {
      return new MoveCheck(
          true,
          true,
          "Move “%s” to %s%s? That is in the past, so it would be published right away."
              .formatted(snippet, when, shifted));
    }
    return new MoveCheck(true, false, "Move “%s” to %s%s.".formatted(snippet, when, shifted));
  }

  /** Moves post {@code id} to {@code day} at its wall-clock time (check with checkMove first). */
  public void move(PostId id, LocalDate day) {
    MoveCheck check = checkMove(id, day);
    if (!check.allowed()) {
      message.set(check.message());
      return;
    }
    ZoneId zone = brand.get().zone();
    tasks.run(
        () -> {
          Post post =
              store
                  .post(id)
                  .map(LocalPost::post)
                  .orElseThrow(() -> new IllegalStateException("the post was deleted"));
          LocalTime time = post.dueAt().atZone(zone).toLocalTime();
          Instant due = ZonedDateTime.of(day, time, zone).toInstant();
          return store.recordEdit(
              new Post(
                  post.id(),
                  post.brandId(),
                  post.caption(),
                  post.firstComment(),
                  post.variants(),
                  post.networks(),
                  post.targets(),
                  post.media(),
                  post.altTexts(),
                  post.tags(),
                  due,
                  post.zone(),
                  post.status(),
                  post.outcome()));
        },
        saved -> {
          ZonedDateTime due = saved.post().dueAt().atZone(zone);
          message.set("Moved to " + DAY.format(due) + ", " + TIME.format(due) + ".");
          onLocalChange.run();
          loadMonth();
        },
        failure -> message.set("Could not move the post: " + failure.getMessage()));
  }
}
