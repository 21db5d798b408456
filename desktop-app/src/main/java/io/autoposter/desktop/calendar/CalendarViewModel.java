package io.autoposter.desktop.calendar;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
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
 * A month, week or day of one brand's posts on the brand's clock. Reads only the days it shows
 * ({@link LocalStore#postsDueBetween}), so it stays quick with 50,000 posts. Moving a post to
 * another day keeps its wall-clock time there (month) or takes the slot's time (week, day); into
 * the past asks first, a time the clocks skip or pass twice asks which is meant, published posts
 * stay.
 */
public final class CalendarViewModel {

  // Properties
  private final ObservableList<Brand> brands = FXCollections.observableArrayList();
  private final ObjectProperty<Brand> brand = new SimpleObjectProperty<>();
  private final ObjectProperty<CalendarMode> mode = new SimpleObjectProperty<>(CalendarMode.MONTH);
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final ObservableList<DayCell> days = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper emptyNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper zoneNote = new ReadOnlyStringWrapper("");

  private final LocalStore store;
  private final TaskExecutor tasks;
  private final Clock clock;
  private final Consumer<PostId> openPost;
  private final Runnable onLocalChange;
  private final Map<PostId, Post> shown = new HashMap<>();
  private long generation;

  /**
   * @param clock now, and in its zone the person's own clock (named when it differs the brand's)
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
    brand.addListener((obs, was, now) -> load());
    mode.addListener((obs, was, now) -> load());
    date.addListener((obs, was, now) -> load());
  }

  public ObservableList<Brand> brands() {
    return brands;
  }

  public ObjectProperty<Brand> brandProperty() {
    return brand;
  }

  public ObjectProperty<CalendarMode> modeProperty() {
    return mode;
  }

  /** The day the page is opened on: its month, its week (from Monday) or itself. */
  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  /** The days of the page: 42 (six weeks from Monday), 7 or 1. */
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

  /** Says what to do when the page has no posts; empty otherwise. */
  public ReadOnlyStringProperty emptyNoteProperty() {
    return emptyNote.getReadOnlyProperty();
  }

  /** "Times in Rome (CET) · your clock UTC is 1 h behind", naming the brand's zone. */
  public ReadOnlyStringProperty zoneNoteProperty() {
    return zoneNote.getReadOnlyProperty();
  }

  // Commands

  private static java.util.Optional<Brand> byId(List<Brand> brands, BrandId id) {
    return id == null
        ? java.util.Optional.empty()
        : brands.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /** Reads the brands and the page shown (today at first), keeping the brand shown. */
  public void reload() {
    reload(null);
  }

  /**
   * Reads the brands and the page shown, showing {@code wanted} (the brand chosen in the window's
   * header) when it is one of them, else the brand shown so far, else the first.
   */
  public void reload(BrandId wanted) {
    tasks.run(
        store::brands,
        loaded -> {
          Brand keep =
              byId(loaded, wanted)
                  .orElseGet(
                      () ->
                          brand.get() == null ? null : byId(loaded, brand.get().id()).orElse(null));
          brands.setAll(loaded);
          Brand next = keep != null ? keep : loaded.isEmpty() ? null : loaded.getFirst();
          if (date.get() == null && next != null) {
            date.set(clock.instant().atZone(next.zone()).toLocalDate());
          }
          if (Objects.equals(next, brand.get())) {
            load();
          } else {
            brand.set(next);
          }
        },
        failure -> message.set("Could not read the calendar: " + failure.getMessage()));
  }

  public void previous() {
    if (date.get() != null) {
      date.set(page().step(-1));
    }
  }

  public void next() {
    if (date.get() != null) {
      date.set(page().step(1));
    }
  }

  public void today() {
    Brand current = brand.get();
    if (current != null) {
      date.set(clock.instant().atZone(current.zone()).toLocalDate());
    }
  }

  /** Shows {@code day} alone. */
  public void openDay(LocalDate day) {
    date.set(day);
    mode.set(CalendarMode.DAY);
  }

  public void open(PostId id) {
    openPost.accept(id);
  }

  /** A post's tooltip: status, networks, its time on the person's clock, more of the caption. */
  public String details(PostId id) {
    Post post = shown.get(id);
    Brand current = brand.get();
    return post == null || current == null
        ? ""
        : CalendarDays.details(post, current.zone(), clock.getZone());
  }

  /** The hour {@code hour} of {@code day} on the brand's clock as the person's clock shows it. */
  public String localHour(LocalDate day, int hour) {
    BrandClock clocks = clocks();
    return clocks == null ? "" : clocks.localHour(day, hour);
  }

  /** The brand's zone name on {@code day}, such as "CET". */
  public String zoneName(LocalDate day) {
    BrandClock clocks = clocks();
    return clocks == null ? "" : clocks.zoneName(day);
  }

  /** The person's zone name on {@code day}, or empty when it shows the brand's time. */
  public String localZoneName(LocalDate day) {
    BrandClock clocks = clocks();
    return clocks == null ? "" : clocks.localZoneName(day);
  }

  private BrandClock clocks() {
    Brand current = brand.get();
    return current == null ? null : new BrandClock(current.zone(), clock.getZone());
  }

  CalendarPage page() {
    return CalendarPage.of(mode.get(), date.get());
  }

  private void load() {
    Brand current = brand.get();
    LocalDate anchor = date.get();
    long load = ++generation;
    if (current == null || anchor == null) {
      days.clear();
      title.set("");
      zoneNote.set("");
      emptyNote.set("No brands yet. Brands arrive with the next sync.");
      return;
    }
    CalendarPage page = page();
    title.set(page.title());
    zoneNote.set(new BrandClock(current.zone(), clock.getZone()).note(page.anchor()));
    ZoneId zone = current.zone();
    Instant from = page.first().atStartOfDay(zone).toInstant();
    Instant to = page.end().atStartOfDay(zone).toInstant();
    tasks.run(
        () -> store.postsDueBetween(current.id(), from, to),
        posts -> {
          if (load == generation) {
            show(current, page, posts);
          }
        },
        failure -> message.set("Could not read the calendar: " + failure.getMessage()));
  }

  private void show(Brand current, CalendarPage page, List<LocalPost> posts) {
    ZoneId zone = current.zone();
    shown.clear();
    posts.forEach(local -> shown.put(local.post().id(), local.post()));
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    List<DayCell> cells = CalendarDays.build(page, posts, zone, today);
    days.setAll(cells);
    boolean empty = cells.stream().filter(DayCell::inMonth).allMatch(d -> d.items().isEmpty());
    emptyNote.set(
        empty
            ? "No posts in %s for %s. Press Ctrl+N to write one%s."
                .formatted(
                    page.name(),
                    current.name(),
                    page.mode() == CalendarMode.MONTH
                        ? ", or drag posts here from other days"
                        : ", or open the month to drag posts here")
            : "");
  }

  /** Whether post {@code id} may move to {@code day}, keeping its time on the brand's clock. */
  public MoveCheck checkMove(PostId id, LocalDate day) {
    return checkMove(id, day, null);
  }

  /** Whether post {@code id} may move to {@code time} on {@code day} on the brand's clock. */
  public MoveCheck checkMove(PostId id, LocalDate day, LocalTime time) {
    Brand current = brand.get();
    if (current == null) {
      return MoveCheck.refused("Choose a brand first.");
    }
    return Moves.check(shown.get(id), current.zone(), day, time, clock.instant());
  }

  /** Shows why a move did not happen. */
  public void refuse(MoveCheck check) {
    message.set(check.message());
  }

  /** Moves post {@code id} to {@code due}, one of a {@link MoveCheck}'s choices. */
  public void move(PostId id, Instant due) {
    Brand current = brand.get();
    Post known = shown.get(id);
    if (current == null || known == null || known.status().isReadOnly()) {
      message.set(
          known != null && known.status().isReadOnly()
              ? "Published posts cannot be moved."
              : "That post is no longer on this page.");
      return;
    }
    ZoneId zone = current.zone();
    tasks.run(
        () -> {
          Post post =
              store
                  .post(id)
                  .map(LocalPost::post)
                  .orElseThrow(() -> new IllegalStateException("the post was deleted"));
          if (post.status().isReadOnly()) {
            throw new IllegalStateException("it was published meanwhile");
          }
          return store.recordEdit(withDue(post, due));
        },
        saved -> {
          message.set("Moved to " + Moves.when(saved.post().dueAt(), zone) + ".");
          onLocalChange.run();
          load();
        },
        failure -> message.set("Could not move the post: " + failure.getMessage()));
  }

  private static Post withDue(Post post, Instant due) {
    return post.withDueAt(due);
  }
}
