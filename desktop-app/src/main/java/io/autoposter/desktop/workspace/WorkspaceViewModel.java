package io.autoposter.desktop.workspace;

import io.autoposter.desktop.accounts.AccountHealthBook;
import io.autoposter.desktop.conflicts.ConflictsViewModel;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.sync.SyncEngine;
import io.autoposter.desktop.sync.SyncProgress;
import io.autoposter.desktop.sync.SyncStatus;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.UserId;
import io.autoposter.model.outcome.OutcomeLine;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: agency, brands, the selected brand's posts, the post open in the
 * composer, the sync indicator and the conflict dialog.
 */
public final class WorkspaceViewModel {

  static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
  private static final long MEDIA_REFRESH_MILLIS = 500;

  /**
   * The post list shows drafts, what is due from a week ago on, and what needs someone; at most
   * this many (with 50,000 posts the list must stay small; Queue and History show everything).
   */
  static final int LIST_LIMIT = 500;

  private static final java.time.Duration LIST_PAST = java.time.Duration.ofDays(7);

  // ---- Properties ----
  private final ReadOnlyStringWrapper agencyName = new ReadOnlyStringWrapper("");
  private final ObservableList<Brand> brands = FXCollections.observableArrayList();
  private final ObjectProperty<Brand> selectedBrand = new SimpleObjectProperty<>();
  private final ObservableList<PostRow> posts = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<PostRow> selectedPost = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper listTitle = new ReadOnlyStringWrapper("Posts");
  private final ReadOnlyStringWrapper listNote = new ReadOnlyStringWrapper("");
  private final ComposeViewModel compose;
  private final SyncStatusViewModel status = new SyncStatusViewModel();
  private final ConflictsViewModel conflicts;

  private final LocalStore store;
  private final SyncEngine sync;
  private final TaskExecutor tasks;
  private final Clock clock;
  private final Consumer<SyncStatus> statusListener;
  private final Runnable dataListener;
  private final Consumer<SyncProgress> progressListener;
  private final Map<PostId, LocalPost> loaded = new HashMap<>();
  private volatile boolean disposed;
  private long lastMediaRefresh;
  private SyncProgress.Phase lastPhase = SyncProgress.Phase.IDLE;

  public WorkspaceViewModel(
      String agencyName,
      LocalStore store,
      SyncEngine sync,
      UserId me,
      TaskExecutor tasks,
      Clock clock,
      ZoneId userZone,
      AccountHealthBook accountHealth) {
    this.store = Objects.requireNonNull(store, "store");
    this.sync = Objects.requireNonNull(sync, "sync");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.agencyName.set(agencyName);
    this.compose =
        new ComposeViewModel(
            selectedBrand,
            store,
            sync::localChange,
            tasks,
            clock,
            userZone,
            saved -> loadPosts(),
            this::loadPosts,
            accountHealth);
    // What the server last said of the accounts, from before a restart, until it answers again.
    tasks.run(
        () -> {
          accountHealth.restore();
          return accountHealth;
        },
        restored -> {},
        failure -> {});
    this.conflicts =
        new ConflictsViewModel(
            store,
            me,
            tasks,
            clock,
            userZone,
            () -> {
              sync.localChange();
              tasks.onUi(this::refresh);
            });
    selectedBrand.addListener((obs, old, now) -> loadPosts());
    this.statusListener = s -> tasks.onUi(() -> showStatus(s));
    this.dataListener =
        () ->
            tasks.onUi(
                () -> {
                  if (!disposed) {
                    refresh();
                    conflicts.reloadIfShowing();
                    compose.refreshMedia();
                  }
                });
    sync.addStatusListener(statusListener);
    sync.addDataListener(dataListener);
    this.progressListener = p -> tasks.onUi(() -> showProgress(p));
    sync.addProgressListener(progressListener);
    status.show(sync.status());
  }

  public ReadOnlyStringProperty agencyNameProperty() {
    return agencyName.getReadOnlyProperty();
  }

  public ObservableList<Brand> brands() {
    return brands;
  }

  public ObjectProperty<Brand> selectedBrandProperty() {
    return selectedBrand;
  }

  public ObservableList<PostRow> posts() {
    return posts;
  }

  /** The row of the post open in the composer, or null while composing a new post. */
  public ReadOnlyObjectProperty<PostRow> selectedPostProperty() {
    return selectedPost.getReadOnlyProperty();
  }

  /** What the list says when it is empty; depends on whether there are brands at all. */
  /** True while the brands or the selected brand's posts are being read. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  /** Under the list when it does not show every post of the brand; empty otherwise. */
  public ReadOnlyStringProperty listNoteProperty() {
    return listNote.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty listTitleProperty() {
    return listTitle.getReadOnlyProperty();
  }

  public ComposeViewModel compose() {
    return compose;
  }

  /** The sync indicator in the header. */
  public SyncStatusViewModel status() {
    return status;
  }

  public ConflictsViewModel conflicts() {
    return conflicts;
  }

  // ---- Commands ----

  /** Reloads brands (keeping the selection) and the selected brand's posts. */
  public void refresh() {
    loading.set(true);
    tasks.run(
        store::brands,
        loadedBrands -> {
          Brand keep = selectedBrand.get();
          brands.setAll(loadedBrands);
          Brand next =
              keep == null
                  ? null
                  : loadedBrands.stream()
                      .filter(b -> b.id().equals(keep.id()))
                      .findFirst()
                      .orElse(null);
          if (next == null && !loadedBrands.isEmpty()) {
            next = loadedBrands.getFirst();
          }
          if (Objects.equals(next, selectedBrand.get())) {
            loadPosts();
          } else {
            selectedBrand.set(next);
          }
        },
        failure -> {
          loading.set(false);
          emptyText.set("Could not read local data: " + failure.getMessage());
        });
  }

  /**
   * Opens the post of {@code row} in the composer. The view asks first when the composer holds
   * unsaved changes; the post already open is left as it is.
   */
  public void select(PostRow row) {
    if (row == null) {
      return;
    }
    PostId open = compose.editingProperty().get();
    if (row.id().equals(open)) {
      selectedPost.set(row);
      return;
    }
    LocalPost local = loaded.get(row.id());
    if (local == null) {
      return;
    }
    compose.load(local);
    selectedPost.set(row);
  }

  /** The local file of a media item, when this computer has it (for previews and thumbnails). */
  public java.util.Optional<java.nio.file.Path> mediaFile(String sha256) {
    return store.mediaFile(sha256);
  }

  /** Selects the brand at {@code index} (0-based) of the brand list, if there is one. */
  public void selectBrand(int index) {
    if (index >= 0 && index < brands.size()) {
      selectedBrand.set(brands.get(index));
    }
  }

  /**
   * Opens post {@code id} in the composer, switching to its brand (from the calendar, the queue or
   * search; the view asks first about unsaved changes). A post deleted meanwhile says so.
   */
  public void openPost(PostId id) {
    tasks.run(
        () -> store.post(id),
        found -> {
          if (found.isEmpty()) {
            compose.showNotice("That post is no longer here; it was deleted.");
            return;
          }
          LocalPost local = found.get();
          brands.stream()
              .filter(b -> b.id().equals(local.post().brandId()))
              .findFirst()
              .filter(b -> !b.equals(selectedBrand.get()))
              .ifPresent(selectedBrand::set);
          compose.load(local);
          selectedPost.set(posts.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null));
        },
        failure -> compose.showNotice("Could not open the post: " + failure.getMessage()));
  }

  /** Starts a new post in the composer (the view asks first about unsaved changes). */
  public void newPost() {
    compose.newPost();
    selectedPost.set(null);
  }

  /** Opens the conflict dialog on every open conflict. */
  public void openConflicts() {
    conflicts.open();
  }

  /** Opens the conflict dialog on one post's conflicts. */
  public void openConflicts(PostId post) {
    conflicts.open(post);
  }

  /** "Sync now" / "Retry": runs a round in the background; the status line reports the outcome. */
  public void syncNow() {
    sync.requestSync();
  }

  /** Detaches from the sync engine; call when the window goes away. */
  public void dispose() {
    disposed = true;
    sync.removeStatusListener(statusListener);
    sync.removeDataListener(dataListener);
    sync.removeProgressListener(progressListener);
    compose.dispose();
  }

  private void loadPosts() {
    Brand brand = selectedBrand.get();
    if (brand == null) {
      loading.set(false);
      posts.clear();
      loaded.clear();
      listTitle.set("Posts");
      emptyText.set(
          "No brands yet. Brands are set up on the server and arrive with the next sync.");
      return;
    }
    listTitle.set(brand.name());
    loading.set(true);
    if (posts.isEmpty()) {
      emptyText.set("Reading the posts of " + brand.name() + "…");
    }
    PostId open = compose.editingProperty().get();
    tasks.run(
        () -> {
          List<LocalPost> current =
              store.currentPosts(brand.id(), clock.instant().minus(LIST_PAST), LIST_LIMIT);
          // The open post is looked up too: it may be older than what the list shows.
          LocalPost openPost =
              open == null || current.stream().anyMatch(p -> p.post().id().equals(open))
                  ? null
                  : store.post(open).orElse(null);
          return new Listed(current, openPost);
        },
        listed -> {
          if (brand.equals(selectedBrand.get())) {
            loading.set(false);
            emptyText.set("No posts yet for " + brand.name() + " — compose one on the right.");
            showPosts(brand, listed);
          }
        },
        failure -> {
          loading.set(false);
          emptyText.set("Could not read local posts: " + failure.getMessage());
        });
  }

  /** The posts the list shows, and the open post when the list does not hold it. */
  private record Listed(List<LocalPost> current, LocalPost openElsewhere) {}

  private void showPosts(Brand brand, Listed listed) {
    loaded.clear();
    List<PostRow> rows = new ArrayList<>();
    for (LocalPost local : listed.current()) {
      loaded.put(local.post().id(), local);
      rows.add(rowOf(local));
    }
    posts.setAll(rows);
    listNote.set(
        rows.size() >= LIST_LIMIT
            ? "Showing the first " + LIST_LIMIT + " posts. Queue and History have them all."
            : "");
    PostId open = compose.editingProperty().get();
    if (open == null) {
      selectedPost.set(null);
      return;
    }
    if (listed.openElsewhere() != null && listed.openElsewhere().post().id().equals(open)) {
      compose.serverUpdated(listed.openElsewhere());
      selectedPost.set(null);
      return;
    }
    LocalPost fresh = loaded.get(open);
    if (fresh != null) {
      // Never overwrites what the user is typing: the composer decides (notice or reload).
      compose.serverUpdated(fresh);
      selectedPost.set(rows.stream().filter(r -> r.id().equals(open)).findFirst().orElse(null));
    } else {
      boolean ofThisBrand =
          compose.editingBrand() != null && compose.editingBrand().equals(brand.id());
      if (ofThisBrand) {
        compose.postRemoved(open);
      }
      selectedPost.set(null);
    }
  }

  private void showStatus(SyncStatus now) {
    if (disposed) {
      return;
    }
    int before = status.status().conflicts();
    status.show(now);
    if (now.conflicts() != before) {
      conflicts.reloadIfShowing();
      loadPosts();
    }
  }

  private void showProgress(SyncProgress progress) {
    if (disposed) {
      return;
    }
    SyncProgress.Phase was = lastPhase;
    lastPhase = progress.phase();
    status.showProgress(progress);
    long now = clock.millis();
    boolean uploadEnded = was == SyncProgress.Phase.UPLOAD && progress.phase() != was;
    if (uploadEnded
        || (progress.phase() == SyncProgress.Phase.UPLOAD
            && now - lastMediaRefresh >= MEDIA_REFRESH_MILLIS)) {
      lastMediaRefresh = now;
      compose.refreshMedia();
    }
  }

  static PostRow rowOf(LocalPost local) {
    Post post = local.post();
    String networks =
        post.networks().stream().map(Network::displayName).collect(Collectors.joining(", "));
    String due = post.dueAt() == null ? "Not scheduled" : DUE.format(post.dueInBrandZone());
    String detail;
    if (!local.syncError().isBlank()) {
      detail = "Not accepted by the server: " + local.syncError();
    } else if (post.status() == PostStatus.FAILED || post.status() == PostStatus.NEEDS_ATTENTION) {
      // The problems only: what went out is in the composer's results, with its link.
      String problems =
          OutcomeLine.parse(post.outcome()).stream()
              .filter(line -> !line.published())
              .map(OutcomeLine::text)
              .collect(Collectors.joining("\n"));
      detail = problems.isBlank() ? statusText(post.status()) + "." : problems;
    } else {
      detail = "";
    }
    List<String> extras = new ArrayList<>();
    if (!post.media().isEmpty()) {
      long videos = post.media().stream().filter(m -> m.isVideo()).count();
      long images = post.media().size() - videos;
      List<String> parts = new ArrayList<>();
      if (images > 0) {
        parts.add(images == 1 ? "1 image" : images + " images");
      }
      if (videos > 0) {
        parts.add(videos == 1 ? "1 video" : videos + " videos");
      }
      extras.add(String.join(", ", parts));
    }
    if (!post.tags().isEmpty()) {
      extras.add(String.join(", ", post.tags()));
    }
    return new PostRow(
        post.id(),
        post.caption().strip(),
        networks.isEmpty() ? "No network" : networks,
        due,
        post.status(),
        statusText(post.status()),
        detail,
        local.pendingSync(),
        local.openConflicts(),
        String.join("  ·  ", extras));
  }

  static String statusText(PostStatus status) {
    return switch (status) {
      case DRAFT -> "Draft";
      case SCHEDULED -> "Scheduled";
      case PUBLISHING -> "Publishing";
      case PUBLISHED -> "Published";
      case FAILED -> "Failed";
      case CANCELLED -> "Cancelled";
      case NEEDS_ATTENTION -> "Needs attention";
    };
  }

  /** The status pill's text; see {@link SyncStatusViewModel#textOf}. */
  static String textOf(SyncStatus status) {
    return SyncStatusViewModel.textOf(status);
  }
}
