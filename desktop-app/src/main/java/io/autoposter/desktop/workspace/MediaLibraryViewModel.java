package io.autoposter.desktop.workspace;

import io.autoposter.desktop.storage.LibraryMedia;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.Sizes;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.BrandId;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The brand's media library: every picture and video its posts use, the most recently used first,
 * read from the local database in the background. Choosing one attaches it to the open post.
 */
final class MediaLibraryViewModel {

  static final String EMPTY =
      "No pictures or videos yet. Pictures you attach to this brand's posts collect here, so you"
          + " can use them again.";
  private static final DateTimeFormatter USED =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  /** One tile: the media, its caption lines, whether its bytes are on this computer. */
  record Tile(LibraryMedia media, String title, String detail, boolean onThisComputer) {}

  private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
  private final BrandId brand;
  private final LocalStore store;
  private final TaskExecutor tasks;
  private final ZoneId userZone;
  private final BiConsumer<io.autoposter.model.MediaRef, String> attach;

  MediaLibraryViewModel(
      BrandId brand,
      LocalStore store,
      TaskExecutor tasks,
      ZoneId userZone,
      BiConsumer<io.autoposter.model.MediaRef, String> attach) {
    this.brand = Objects.requireNonNull(brand, "brand");
    this.store = Objects.requireNonNull(store, "store");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.userZone = Objects.requireNonNull(userZone, "userZone");
    this.attach = Objects.requireNonNull(attach, "attach");
  }

  ObservableList<Tile> tiles() {
    return tiles;
  }

  /** "Reading the library…", the empty state, or "12 pictures and videos". */
  ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  void load() {
    loading.set(true);
    status.set("Reading the library…");
    tasks.run(
        () -> store.brandMedia(brand),
        found -> {
          loading.set(false);
          tiles.setAll(found.stream().map(this::tileOf).toList());
          status.set(
              found.isEmpty()
                  ? EMPTY
                  : found.size() == 1
                      ? "1 picture or video"
                      : found.size() + " pictures and videos");
        },
        failure -> {
          loading.set(false);
          status.set("Could not read the library: " + failure.getMessage());
        });
  }

  /** Attaches {@code tile} to the open post, with the alt text it had. */
  void choose(Tile tile) {
    attach.accept(tile.media().ref(), tile.media().altText());
  }

  private Tile tileOf(LibraryMedia media) {
    String kind = MediaItem.kindOf(media.ref().contentType());
    String size =
        media.ref().width() == null
            ? Sizes.of(media.ref().size())
            : media.ref().width()
                + " × "
                + media.ref().height()
                + " · "
                + Sizes.of(media.ref().size());
    boolean here = media.localFile() != null;
    String detail =
        here
            ? "Used " + USED.format(media.lastUsed().atZone(userZone)) + "\n" + size
            : "Not on this computer yet\n" + size;
    return new Tile(media, media.altText().isBlank() ? kind : media.altText(), detail, here);
  }
}
