package io.autoposter.desktop.csvimport;

import io.autoposter.desktop.csvimport.CsvImportViewModel.Stage;
import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * A CSV file dragged from the file manager onto the import screen is checked like a chosen one,
 * except while a file is being checked or imported.
 */
final class CsvDrop {

  static final String TARGET = "csv-drop-target";

  private CsvDrop() {}

  static void install(Node target, CsvImportViewModel model) {
    target.addEventHandler(
        DragEvent.DRAG_OVER,
        e -> {
          if (accepts(e.getDragboard().getFiles(), model.stageProperty().get())) {
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
          List<File> files = e.getDragboard().getFiles();
          boolean done = accepts(files, model.stageProperty().get());
          if (done) {
            model.load(files.getFirst().toPath());
          }
          target.getStyleClass().remove(TARGET);
          e.setDropCompleted(done);
          e.consume();
        });
  }

  /** One file, and no file being checked or imported. */
  private static boolean accepts(List<File> files, Stage stage) {
    return files != null
        && files.size() == 1
        && stage != Stage.CHECKING
        && stage != Stage.IMPORTING;
  }
}
