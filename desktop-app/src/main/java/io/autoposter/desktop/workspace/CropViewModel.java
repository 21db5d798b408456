package io.autoposter.desktop.workspace;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.MediaRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The crop dialog of one picture: the shapes the chosen networks want, a frame of the chosen shape
 * the user drags over the picture, and Apply, which writes the crop as a new JPEG into the media
 * store (the original stays) and hands it to the composer to take the picture's place.
 */
final class CropViewModel {

  private final MediaRef picture;
  private final Path file;
  private final List<MediaEditing.CropPreset> presets;
  private final ObjectProperty<MediaEditing.CropPreset> preset = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<CropFrame> frame = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);
  private final LocalStore store;
  private final TaskExecutor tasks;
  private final Consumer<MediaRef> onCropped;

  /**
   * @param file the picture's bytes on this computer
   * @param onCropped receives the crop once it is in the media store
   */
  CropViewModel(
      MediaRef picture,
      Path file,
      List<MediaEditing.CropPreset> presets,
      LocalStore store,
      TaskExecutor tasks,
      Consumer<MediaRef> onCropped) {
    this.picture = Objects.requireNonNull(picture, "picture");
    this.file = Objects.requireNonNull(file, "file");
    if (picture.width() == null || picture.height() == null) {
      throw new IllegalArgumentException("a picture to crop has a known size");
    }
    this.presets = List.copyOf(presets);
    this.store = Objects.requireNonNull(store, "store");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.onCropped = Objects.requireNonNull(onCropped, "onCropped");
    preset.addListener((obs, was, now) -> reshape(now));
    preset.set(this.presets.getFirst());
  }

  MediaRef picture() {
    return picture;
  }

  Path file() {
    return file;
  }

  /** The shapes offered, the networks' own order, each naming the networks that want it. */
  List<MediaEditing.CropPreset> presets() {
    return presets;
  }

  ObjectProperty<MediaEditing.CropPreset> presetProperty() {
    return preset;
  }

  /** The frame in the picture's own pixels. */
  ReadOnlyObjectProperty<CropFrame> frameProperty() {
    return frame.getReadOnlyProperty();
  }

  /** "Keeps 1080 × 1350 px of 1600 × 1350 px". */
  ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty canApplyProperty() {
    return canApply.getReadOnlyProperty();
  }

  /** Moves the frame by a drag of ({@code dx}, {@code dy}) picture pixels. */
  void moveBy(double dx, double dy) {
    if (frame.get() != null && !busy.get()) {
      show(frame.get().moveBy(dx, dy));
    }
  }

  /** Writes the crop and hands it over; nothing happens while the frame keeps the whole picture. */
  void apply() {
    if (!canApply.get()) {
      return;
    }
    CropFrame chosen = frame.get();
    busy.set(true);
    error.set("");
    update();
    tasks.run(
        () -> store.importCrop(picture.sha256(), chosen.area()),
        crop -> {
          busy.set(false);
          update();
          onCropped.accept(crop);
        },
        failure -> {
          busy.set(false);
          error.set(
              failure instanceof IOException
                  ? "Could not write the crop: " + failure.getMessage()
                  : "Could not crop the picture: " + failure.getMessage());
          update();
        });
  }

  private void reshape(MediaEditing.CropPreset now) {
    if (now == null) {
      return;
    }
    show(CropFrame.largest(picture.width(), picture.height(), now.widthPerHeight()));
  }

  private void show(CropFrame now) {
    frame.set(now);
    update();
  }

  private void update() {
    CropFrame now = frame.get();
    boolean whole = now == null || now.isWholePicture();
    summary.set(
        now == null
            ? ""
            : whole
                ? "The picture already has this shape; there is nothing to cut off."
                : "Keeps "
                    + now.sizeText()
                    + " of "
                    + picture.width()
                    + " × "
                    + picture.height()
                    + " px. The original file stays as it is.");
    canApply.set(!whole && !busy.get());
  }
}
