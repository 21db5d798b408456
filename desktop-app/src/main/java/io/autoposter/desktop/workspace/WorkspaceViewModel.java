package io.autoposter.desktop.workspace;

import io.autoposter.desktop.posts.PostService;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.sync.SyncEngine;
import io.autoposter.desktop.sync.SyncStatus;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The main window's state: agency, brands, the selected brand's posts, sync status, compose. */
public final class WorkspaceViewModel {

  static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

  // ---- Properties ----
  private final ReadOnlyStringWrapper agencyName = new ReadOnlyStringWrapper("");
  private final ObservableList<Brand> brands = FXCollections.observableArrayList();
  private final ObjectProperty<Brand> selectedBrand = new SimpleObjectProperty<>();
  private final ObservableList<PostRow> posts = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper listTitle = new ReadOnlyStringWrapper("Posts");
  private final ReadOnlyStringWrapper syncText = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<SyncStatus.Kind> syncKind =
      new ReadOnlyObjectWrapper<>(SyncStatus.Kind.SYNCED);
  private final ComposeViewModel compose;

  private final PostService postService;
  private final SyncEngine sync;
  private final TaskExecutor tasks;
  private final Consumer<SyncStatus> statusListener;
  private final Runnable dataListener;

  public WorkspaceViewModel(
      String agencyName,
      PostService postService,
      SyncEngine sync,
      TaskExecutor tasks,
      Clock clock,
      ZoneId userZone) {
    this.postService = Objects.requireNonNull(postService, "postService");
    this.sync = Objects.requireNonNull(sync, "sync");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.agencyName.set(agencyName);
    this.compose =
        new ComposeViewModel(
            selectedBrand, postService, tasks, clock, userZone, saved -> loadPosts());
    selectedBrand.addListener((obs, old, now) -> loadPosts());
    this.statusListener = s -> tasks.onUi(() -> showStatus(s));
    this.dataListener = () -> tasks.onUi(this::refresh);
    sync.addStatusListener(statusListener);
    sync.addDataListener(dataListener);
    showStatus(sync.status());
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

  /** What the list says when it is empty; depends on whether there are brands at all. */
  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty listTitleProperty() {
    return listTitle.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty syncTextProperty() {
    return syncText.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SyncStatus.Kind> syncKindProperty() {
    return syncKind.getReadOnlyProperty();
  }

  public ComposeViewModel compose() {
    return compose;
  }

  // ---- Commands ----

  /** Reloads brands (keeping the selection) and the selected brand's posts. */
  public void refresh() {
    tasks.run(
        postService::brands,
        loaded -> {
          Brand keep = selectedBrand.get();
          brands.setAll(loaded);
          Brand next =
              keep == null
                  ? null
                  : loaded.stream().filter(b -> b.id().equals(keep.id())).findFirst().orElse(null);
          if (next == null && !loaded.isEmpty()) {
            next = loaded.getFirst();
          }
          if (Objects.equals(next, selectedBrand.get())) {
            loadPosts();
          } else {
            selectedBrand.set(next);
          }
        },
        failure -> emptyText.set("Could not read local data: " + failure.getMessage()));
  }

  /** "Sync now": runs a round in the background; the status line reports the outcome. */
  public void syncNow() {
    sync.requestSync();
  }

  /** Detaches from the sync engine; call when the window goes away. */
  public void dispose() {
    sync.removeStatusListener(statusListener);
    sync.removeDataListener(dataListener);
  }

  private void loadPosts() {
    Brand brand = selectedBrand.get();
    if (brand == null) {
      posts.clear();
      listTitle.set("Posts");
      emptyText.set(
          "No brands yet. Brands are set up on the server and arrive with the next sync.");
      return;
    }
    listTitle.set(brand.name());
    emptyText.set("No posts yet for " + brand.name() + " — compose one on the right.");
    tasks.run(
        () -> postService.posts(brand.id()),
        loaded -> {
          if (brand.equals(selectedBrand.get())) {
            posts.setAll(loaded.stream().map(WorkspaceViewModel::rowOf).toList());
          }
        },
        failure -> emptyText.set("Could not read local posts: " + failure.getMessage()));
  }

  static PostRow rowOf(LocalPost local) {
    Post post = local.post();
    String networks =
        post.networks().stream().map(Network::displayName).collect(Collectors.joining(", "));
    String due = post.dueAt() == null ? "Not scheduled" : DUE.format(post.dueInBrandZone());
    String detail;
    if (!local.syncError().isBlank()) {
      detail = "Not accepted by the server: " + local.syncError();
    } else if (post.status() == PostStatus.FAILED) {
      detail = post.outcome().isBlank() ? "Publishing failed." : post.outcome();
    } else {
      detail = "";
    }
    return new PostRow(
        post.id(),
        post.caption().strip(),
        networks.isEmpty() ? "No network" : networks,
        due,
        post.status(),
        statusText(post.status()),
        detail,
        local.pendingSync());
  }

  static String statusText(PostStatus status) {
    return switch (status) {
      case DRAFT -> "Draft";
      case SCHEDULED -> "Scheduled";
      case PUBLISHING -> "Publishing";
      case PUBLISHED -> "Published";
      case FAILED -> "Failed";
      case CANCELLED -> "Cancelled";
    };
  }

  private void showStatus(SyncStatus status) {
    syncKind.set(status.kind());
    syncText.set(textOf(status));
  }

  static String textOf(SyncStatus status) {
    return switch (status.kind()) {
      case SYNCED -> "Synced";
      case PENDING ->
          status.pending() == 1 ? "1 change waiting" : status.pending() + " changes waiting";
      case OFFLINE ->
          switch (status.pending()) {
            case 0 -> "Offline — changes are saved locally";
            case 1 -> "Offline — 1 change saved, syncs when back online";
            default -> "Offline — " + status.pending() + " changes saved, sync when back online";
          };
      case SIGNED_OUT ->
          status.message().isBlank() ? "Signed out — sign in again" : status.message();
      case ERROR -> "Sync problem: " + status.message();
    };
  }
}
