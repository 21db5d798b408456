package io.autoposter.desktop.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The calm "nothing here yet" block: an icon, a short title and a muted hint. */
public final class EmptyState {

  private EmptyState() {}

  /** For lists and large tables. */
  public static VBox of(Ikon icon, String title, String hint) {
    VBox box = compact(icon, hint);
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.TITLE_4);
    box.getChildren().getFirst().getStyleClass().remove("empty-icon-small");
    box.getChildren().add(1, heading);
    box.setSpacing(8);
    box.setMaxWidth(440);
    return box;
  }

  /** For short tables: an icon above one muted line. */
  public static VBox compact(Ikon icon, String hint) {
    FontIcon graphic = new FontIcon(icon);
    graphic.getStyleClass().addAll("empty-icon", "empty-icon-small");
    Label text = new Label(hint);
    text.getStyleClass().add("empty-text");
    text.setWrapText(true);
    VBox box = new VBox(10, graphic, text);
    box.setAlignment(Pos.CENTER);
    box.setMaxWidth(560);
    box.getStyleClass().add("empty-state");
    return box;
  }
}
