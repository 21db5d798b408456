package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.TextDirection;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The alt text sheet of one picture: the picture, a text area with its counter, Save and Cancel.
 * While it is open, Ctrl+Z is the text area's own undo; Save makes the whole edit one step of the
 * composer's history.
 */
final class AltTextSheet {

  private AltTextSheet() {}

  static Node of(AltTextViewModel model, Path picture, Runnable close) {
    Label title = new Label("Alt text");
    title.getStyleClass().add(Styles.TITLE_3);
    Label hint = new Label(model.hint());
    hint.getStyleClass().add(Styles.TEXT_MUTED);
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);

    TextArea text = new TextArea();
    text.setId("altTextInput");
    text.setWrapText(true);
    text.setPrefRowCount(4);
    text.setPromptText("What does the picture show?");
    text.textProperty().bindBidirectional(model.textProperty());
    TextDirection.follow(text);
    Label count = new Label();
    count.setId("altTextCount");
    count.getStyleClass().add(Styles.TEXT_SMALL);
    count.textProperty().bind(model.countProperty());
    model
        .tooLongProperty()
        .subscribe(
            over -> {
              count.getStyleClass().removeAll("finding-error", Styles.TEXT_MUTED);
              count.getStyleClass().add(over ? "finding-error" : Styles.TEXT_MUTED);
            });

    Button cancel = new Button("Cancel");
    cancel.setId("altTextCancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> close.run());
    Button save = new Button("Save alt text");
    save.setId("altTextSave");
    save.getStyleClass().add(Styles.ACCENT);
    save.setDefaultButton(true);
    save.disableProperty().bind(model.tooLongProperty());
    save.setOnAction(
        e -> {
          if (model.save()) {
            close.run();
          }
        });
    // Ctrl+Enter saves from inside the text area (Enter is a new line there).
    text.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            e.consume();
            save.fire();
          }
        });
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox buttons = new HBox(8, count, grow, cancel, save);
    buttons.setAlignment(Pos.CENTER_LEFT);

    HBox top = new HBox(14, thumbnail(picture), new VBox(6, title, hint));
    HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
    VBox box = new VBox(12, top, text, buttons);
    box.setId("altTextSheet");
    Platform.runLater(text::requestFocus);
    return box;
  }

  private static Node thumbnail(Path picture) {
    if (picture == null) {
      Region none = new Region();
      none.getStyleClass().add("media-thumb");
      none.setMinSize(72, 72);
      return none;
    }
    ImageView view = new ImageView(new Image(picture.toUri().toString(), 144, 144, true, true));
    view.setFitWidth(72);
    view.setFitHeight(72);
    view.setPreserveRatio(true);
    return view;
  }
}
