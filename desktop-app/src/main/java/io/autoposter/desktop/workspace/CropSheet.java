package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The crop sheet: the picture with the frame of the chosen shape, the part that would be cut off
 * dimmed; drag the frame to choose what to keep. The shapes are the chosen networks'.
 */
final class CropSheet {

  static final double MAX_WIDTH = 560;
  static final double MAX_HEIGHT = 380;

  private CropSheet() {}

  static Node of(CropViewModel model, Runnable close) {
    Label title = new Label("Crop picture");
    title.getStyleClass().add(Styles.TITLE_3);

    ToggleGroup shapes = new ToggleGroup();
    FlowPane presets = new FlowPane(6, 6);
    presets.setId("cropPresets");
    for (MediaEditing.CropPreset preset : model.presets()) {
      ToggleButton button = new ToggleButton(preset.label());
      button.setId("crop-" + preset.ratio().replace(':', 'x').replace('.', '_'));
      button.getStyleClass().add(Styles.SMALL);
      button.setToggleGroup(shapes);
      button.setUserData(preset);
      button.setSelected(preset.equals(model.presetProperty().get()));
      presets.getChildren().add(button);
    }
    shapes
        .selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now == null) {
                shapes.selectToggle(was);
              } else {
                model.presetProperty().set((MediaEditing.CropPreset) now.getUserData());
              }
            });

    Label summary = new Label();
    summary.setId("cropSummary");
    summary.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    summary.setWrapText(true);
    summary.setMinHeight(Region.USE_PREF_SIZE);
    summary.textProperty().bind(model.summaryProperty());
    Label error = new Label();
    error.getStyleClass().addAll(Styles.TEXT_SMALL, "finding-error");
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());

    Button cancel = new Button("Cancel");
    cancel.setId("cropCancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> close.run());
    Button apply = new Button("Use this crop");
    apply.setId("cropApply");
    apply.getStyleClass().add(Styles.ACCENT);
    apply.setDefaultButton(true);
    apply.disableProperty().bind(model.canApplyProperty().not());
    apply.setOnAction(e -> model.apply());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox buttons = new HBox(8, grow, cancel, apply);
    buttons.setAlignment(Pos.CENTER_RIGHT);

    VBox box = new VBox(12, title, presets, stage(model), summary, error, buttons);
    box.setId("cropSheet");
    return box;
  }

  private static void place(Rectangle band, double x, double y, double width, double height) {
    band.setX(x);
    band.setY(y);
    band.setWidth(Math.max(0, width));
    band.setHeight(Math.max(0, height));
  }

  /** The picture scaled to fit, the frame over it and the dimmed rest around the frame. */
  private static Node stage(CropViewModel model) {
    int width = model.picture().width();
    int height = model.picture().height();
    double scale = Math.min(MAX_WIDTH / width, MAX_HEIGHT / height);
    double shownWidth = Math.round(width * scale);
    double shownHeight = Math.round(height * scale);
    ImageView picture =
        new ImageView(
            new Image(
                model.file().toUri().toString(), shownWidth * 2, shownHeight * 2, true, true));
    picture.setFitWidth(shownWidth);
    picture.setFitHeight(shownHeight);

    Rectangle frame = new Rectangle();
    frame.setId("cropFrame");
    frame.getStyleClass().add("crop-frame");
    frame.setCursor(Cursor.MOVE);
    // What is cut off is dimmed: four bands around the frame.
    Rectangle[] shade = new Rectangle[4];
    for (int i = 0; i < shade.length; i++) {
      shade[i] = new Rectangle();
      shade[i].getStyleClass().add("crop-shade");
      shade[i].setMouseTransparent(true);
    }
    Pane overlay = new Pane(shade);
    overlay.setPrefSize(shownWidth, shownHeight);
    overlay.setMaxSize(shownWidth, shownHeight);
    model
        .frameProperty()
        .subscribe(
            now -> {
              double left = now.x() * scale;
              double top = now.y() * scale;
              double right = left + now.width() * scale;
              double bottom = top + now.height() * scale;
              frame.setX(left);
              frame.setY(top);
              frame.setWidth(right - left);
              frame.setHeight(bottom - top);
              place(shade[0], 0, 0, shownWidth, top);
              place(shade[1], 0, bottom, shownWidth, shownHeight - bottom);
              place(shade[2], 0, top, left, bottom - top);
              place(shade[3], right, top, shownWidth - right, bottom - top);
            });
    overlay.getChildren().add(frame);
    double[] last = new double[2];
    frame.setOnMousePressed(
        e -> {
          last[0] = e.getX();
          last[1] = e.getY();
        });
    frame.setOnMouseDragged(
        e -> {
          model.moveBy((e.getX() - last[0]) / scale, (e.getY() - last[1]) / scale);
          last[0] = e.getX();
          last[1] = e.getY();
        });
    StackPane stage = new StackPane(picture, overlay);
    stage.setId("cropStage");
    stage.setMaxSize(shownWidth, shownHeight);
    StackPane centred = new StackPane(stage);
    centred.getStyleClass().add("crop-backdrop");
    centred.setMinHeight(shownHeight + 16);
    return centred;
  }
}
