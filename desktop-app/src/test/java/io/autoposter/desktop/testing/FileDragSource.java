package io.autoposter.desktop.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A stand-in for the file manager: each file is a label that, when the robot drags it, starts a
 * drag and drop carrying that file, so a test drops files onto the app the way a person does rather
 * than handing them to a ViewModel. Monocle delivers a drag only to the window it started in, so
 * the labels lie in a small tray over the app's own window (bottom left) instead of a window of
 * their own; the tray is gone again after {@link #close()}.
 */
public final class FileDragSource {

  private final Pane root;
  private final VBox tray;
  private final Map<Path, Label> entries;

  private FileDragSource(Pane root, VBox tray, Map<Path, Label> entries) {
    this.root = root;
    this.tray = tray;
    this.entries = entries;
  }

  /** Lays the tray with one entry per file over {@code scene}, whose root must be a pane. */
  public static FileDragSource over(Scene scene, List<Path> files) {
    Map<Path, Label> entries = new LinkedHashMap<>();
    Pane root = (Pane) scene.getRoot();
    VBox tray =
        Fx.onFx(
            () -> {
              VBox box = new VBox(6);
              box.setPadding(new Insets(10));
              box.setStyle(
                  "-fx-background-color: white; -fx-border-color: #94a3b8;"
                      + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 12, 0, 0, 2);");
              for (Path file : files) {
                Label entry = entry(file);
                entries.put(file, entry);
                box.getChildren().add(entry);
              }
              box.setManaged(false);
              root.getChildren().add(box);
              box.applyCss();
              box.autosize();
              box.relocate(12, scene.getHeight() - box.getHeight() - 12);
              return box;
            });
    WaitForAsyncUtils.waitForFxEvents();
    return new FileDragSource(root, tray, Map.copyOf(entries));
  }

  private static Label entry(Path file) {
    Label label = new Label(file.getFileName().toString());
    label.setPadding(new Insets(6, 10, 6, 10));
    label.setStyle("-fx-background-color: #f1f5f9; -fx-background-radius: 6;");
    label.setOnDragDetected(
        e -> {
          Dragboard board = label.startDragAndDrop(TransferMode.COPY);
          ClipboardContent content = new ClipboardContent();
          content.putFiles(List.of(new File(file.toAbsolutePath().toString())));
          board.setContent(content);
          e.consume();
        });
    return label;
  }

  /** The entry to drag for {@code file}. */
  public Node entryFor(Path file) {
    return entries.get(file);
  }

  /** Takes the tray away. */
  public void close() {
    Fx.onFx(() -> root.getChildren().remove(tray));
  }
}
