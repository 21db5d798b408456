package io.autoposter.desktop.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * An in-window dialog: a card over a dimmed screen. Unlike a separate window it stays part of the
 * scene, so it follows the theme and shows in screenshots.
 */
public final class Sheet {

  private final StackPane layer = new StackPane();

  public Sheet() {
    layer.getStyleClass().add("sheet-layer");
    layer.setVisible(false);
  }

  /** The layer to stack over the screen's content. */
  public StackPane layer() {
    return layer;
  }

  public void show(Node content, double width) {
    VBox card = new VBox(content);
    card.getStyleClass().add("sheet-card");
    card.setPadding(new Insets(24));
    card.setMaxWidth(width);
    card.setMaxHeight(VBox.USE_PREF_SIZE);
    layer.getChildren().setAll(card);
    StackPane.setAlignment(card, Pos.CENTER);
    layer.setVisible(true);
  }

  public void close() {
    layer.setVisible(false);
    layer.getChildren().clear();
  }
}
