package io.autoposter.desktop.queue;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Queue, Drafts and History screens (one table, three {@link Mode}s).
 *
 * <p>On {@link #reload()} it reads every local post once, in the background, into a compact index;
 * a filter then runs over that index in memory, directly on the calling thread (a few milliseconds
 * for 50,000 posts — see {@code QueueFilterBenchmark}), so typing filters at once. Bulk actions go
 * through {@link LocalStore#recordEdit} and {@link LocalStore#recordDelete} in the background and
 * reload the index when they are done.
 */
public final class PostTableViewModel {

  /** Which posts the table is for. */
  public enum Mode {
    /** Scheduled posts and those the server could not publish yet: upcoming first. */
    QUEUE(
        "Queue",
        EnumSet.of(
            PostStatus.SCHEDULED,
            PostStatus.NEEDS_ATTENTION,
            PostStatus.FAILED,
            PostStatus.PUBLISHING)),
    /** Drafts, the ones with a due time first. */
    DRAFTS("Drafts", EnumSet.of(PostStatus.DRAFT)),
    /** Published, failed and cancelled posts: newest first. */
    HISTORY("History", EnumSet.of(PostStatus.PUBLISHED, PostStatus.FAILED, PostStatus.CANCELLED)),
    /** Every post of every brand, whatever its status: the global search. */
    SEARCH("Search all posts", EnumSet.allOf(PostStatus.class));

    private final String title;
    private final Set<PostStatus> statuses;

    Mode(String title, Set<PostStatus> statuses) {
      this.title = title;
      this.statuses = statuses;
    }

    public String title() {
      return title;
    }

    /** The statuses this mode shows, in declaration order. */
    public List<PostStatus> statuses() {
      return List.copyOf(statuses);
    }

    int statusMask() {
      int mask = 0;
      for (PostStatus status : statuses) {
        mask |= 1 << status.ordinal();
      }
      return mask;
    }
  }

  /** What the table area shows. */
  public enum Shown {
    LOADING,
    ROWS,
    /** The mode has no posts at all. */
    EMPTY,
    /** There are posts, but the filters hide them all. */
    NO_MATCH
  }

  // ---- Properties ----
  private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
  private final ObservableList<Brand> brands = FXCollections.observableArrayList();
  private final ObjectProperty<Brand> brand = new SimpleObjectProperty<>();
  private final ObjectProperty<Network> network = new SimpleObjectProperty<>();
  private final ObjectProperty<PostStatus> status = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final StringProperty text = new SimpleStringProperty("");
  private final BooleanProperty keepDueTimeOnDuplicate = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(Shown.LOADING);
  private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

  private final LocalStore store;
  private final TaskExecutor tasks;
  private final Mode mode;
  private final Consumer<PostId> openPost;
  private final BulkActions bulk;
  private PostIndex index = PostIndex.empty();
  private int modeTotal;

  public PostTableViewModel(
      LocalStore store, TaskExecutor tasks, Clock clock, Mode mode, Consumer<PostId> openPost) {
    this.store = Objects.requireNonNull(store, "store");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.openPost = Objects.requireNonNull(openPost, "openPost");
    this.bulk = new BulkActions(store, Objects.requireNonNull(clock, "clock"));
    for (var filter : List.of(brand, network, status, from, to)) {
      filter.addListener((o, was, now) -> applyFilter());
    }
    text.addListener((o, was, now) -> applyFilter());
  }

  public Mode mode() {
    return mode;
  }

  /** The posts that pass the filters, in the mode's order. */
  ObservableList<QueueRow> rows() {
    return rows;
  }

  /** Brands to filter by, by name. */
  public ObservableList<Brand> brands() {
    return brands;
  }

  /** One brand, or null for all brands. */
  public ObjectProperty<Brand> brandProperty() {
    return brand;
  }

  /** One network, or null for all networks. */
  public ObjectProperty<Network> networkProperty() {
    return network;
  }

  /** One of {@link Mode#statuses()}, or null for all of them. */
  public ObjectProperty<PostStatus> statusProperty() {
    return status;
  }

  /** First due day, inclusive, in each post's brand zone; null for no lower bound. */
  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  /** Last due day, inclusive; null for no upper bound. */
  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  /** Words to find in caption, first comment or tags (case-insensitive). */
  public StringProperty textProperty() {
    return text;
  }

  /** Whether Duplicate keeps each post's due time (the copies are drafts either way). */
  public BooleanProperty keepDueTimeOnDuplicateProperty() {
    return keepDueTimeOnDuplicate;
  }

  public ReadOnlyObjectProperty<Shown> shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /** "58 posts" or "12 of 58 posts". */
  public ReadOnlyStringProperty countTextProperty() {
    return countText.getReadOnlyProperty();
  }

  /** The last bulk action's outcome in words, or why loading failed; empty before. */
  public ReadOnlyStringProperty resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** True while loading or while a bulk action runs. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  // ---- Commands ----

  /** Reads every post again (after a sync or an edit elsewhere) and filters anew. */
  public void reload() {
    busy.set(true);
    if (index.size() == 0) {
      shown.set(Shown.LOADING);
    }
    tasks.run(
        () -> PostIndex.build(store),
        built -> {
          index = built;
          modeTotal = built.filter(mode, PostFilter.NONE).length;
          busy.set(false);
          List<Brand> known = built.brands();
          if (!brands.equals(known)) {
            Brand chosen = brand.get();
            brands.setAll(known);
            if (chosen != null && !known.contains(chosen)) {
              brand.set(null);
            }
          }
          applyFilter();
        },
        failure -> {
          busy.set(false);
          result.set("Could not read the posts on this computer: " + failure.getMessage());
          applyFilter();
        });
  }

  public void clearFilters() {
    brand.set(null);
    network.set(null);
    status.set(null);
    from.set(null);
    to.set(null);
    text.set("");
  }

  /** Opens a row's post (double click or Enter). */
  void open(QueueRow row) {
    openPost.accept(row.id());
  }

  /** Moves the posts of {@code selected} rows; published posts are skipped. */
  void reschedule(List<QueueRow> selected, Reschedule how) {
    runBulk(selected, ids -> bulk.reschedule(ids, how));
  }

  /** Copies the posts as new drafts (with their due time if {@link #keepDueTimeOnDuplicate}). */
  void duplicate(List<QueueRow> selected) {
    boolean keep = keepDueTimeOnDuplicate.get();
    runBulk(selected, ids -> bulk.duplicate(ids, keep));
  }

  /** Takes the posts off the schedule (they become drafts); published posts are skipped. */
  void cancel(List<QueueRow> selected) {
    runBulk(selected, ids -> bulk.cancel(ids));
  }

  /** Deletes the posts (the view asks first); published posts are skipped. */
  void delete(List<QueueRow> selected) {
    runBulk(selected, ids -> bulk.delete(ids));
  }

  /** How many of {@code selected} rows are published (read-only), for the view's questions. */
  static long readOnlyCount(List<QueueRow> selected) {
    return selected.stream().filter(r -> r.status().isReadOnly()).count();
  }

  // ---- internals ----

  private void runBulk(List<QueueRow> selected, Function<List<PostId>, BulkResult> action) {
    List<PostId> ids = selected.stream().map(QueueRow::id).toList();
    if (ids.isEmpty()) {
      result.set("Select one or more posts first.");
      return;
    }
    busy.set(true);
    tasks.run(
        () -> action.apply(ids),
        done -> {
          result.set(done.message());
          reload();
        },
        failure -> {
          busy.set(false);
          result.set("Something went wrong; nothing more was changed: " + failure.getMessage());
          reload();
        });
  }

  private void applyFilter() {
    PostFilter filter =
        new PostFilter(
            brand.get() == null ? null : brand.get().id(),
            network.get(),
            status.get(),
            from.get(),
            to.get(),
            text.get());
    int[] slots = index.filter(mode, filter);
    PostIndex current = index;
    rows.setAll(Arrays.stream(slots).mapToObj(slot -> new QueueRow(current, slot)).toList());
    countText.set(
        filter.isEmpty()
            ? plural(slots.length)
            : String.format("%,d of %s", slots.length, plural(modeTotal)));
    if (busy.get() && current.size() == 0) {
      shown.set(Shown.LOADING);
    } else if (!rows.isEmpty()) {
      shown.set(Shown.ROWS);
    } else {
      shown.set(modeTotal == 0 ? Shown.EMPTY : Shown.NO_MATCH);
    }
  }

  private static String plural(int count) {
    return String.format("%,d %s", count, count == 1 ? "post" : "posts");
  }
}
