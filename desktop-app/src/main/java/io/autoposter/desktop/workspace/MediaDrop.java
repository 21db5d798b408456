package io.autoposter.desktop.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Files dragged onto the composer are attached like files from the picker. */
final class MediaDrop {

  static final String TARGET = "media-drop-target";

  private MediaDrop() {}

  static void install(Node target, BooleanSupplier canAttach, Consumer<Path> attach) {
    target.addEventHandler(
        DragEvent.DRAG_OVER,
        e -> {
          if (e.getDragboard().hasFiles() && canAttach.getAsBoolean()) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!target.getStyleClass().contains(TARGET)) {
              target.getStyleClass().add(TARGET);
            }
          }
          e.consume();
        });
    target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove(TARGET));
    target.addEventHandler(
        DragEvent.DRAG_DROPPED,
        e -> {
          Dragboard board = e.getDragboard();
          boolean done = board.hasFiles() && canAttach.getAsBoolean();
          if (done) {
            List<File> files = board.getFiles();
            files.forEach(f -> attach.accept(f.toPath()));
          }
          target.getStyleClass().remove(TARGET);
          e.setDropCompleted(done);
          e.consume();
        });
  }
}
