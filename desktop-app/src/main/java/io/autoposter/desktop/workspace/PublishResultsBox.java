package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import io.autoposter.model.outcome.OutcomeLine;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The composer's "Results" box: one row per social account, published with "View post" opening it
 * on the network, or the problem in words with "Reconnect" where a reconnect fixes it. Hidden when
 * there is nothing to say.
 */
final class PublishResultsBox extends VBox {
  private final PublishResults results;

  PublishResultsBox(PublishResults results) {
    super(6);
    this.results = results;
    setId("publishResults");
    getStyleClass().add("publish-results");
    results.lines().addListener((ListChangeListener<OutcomeLine>) c -> show());
    show();
  }

  private void show() {
    getChildren().clear();
    boolean any = !results.lines().isEmpty();
    setVisible(any);
    setManaged(any);
    if (!any) {
      return;
    }
    Label title = new Label("Results");
    title.getStyleClass().add(Styles.TEXT_BOLD);
    getChildren().add(title);
    int index = 0;
    for (OutcomeLine line : results.lines()) {
      getChildren().add(row(line, index++));
    }
  }

  private HBox row(OutcomeLine line, int index) {
    FontIcon icon = new FontIcon(line.published() ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE);
    icon.getStyleClass().add(line.published() ? "result-published" : "result-problem");
    Label text = new Label(line.text(), icon);
    text.setId("result" + index);
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox row = new HBox(8, text);
    row.setAlignment(Pos.CENTER_LEFT);
    if (line.permalink().isPresent()) {
      Hyperlink view = new Hyperlink("View post", new FontIcon(Feather.EXTERNAL_LINK));
      view.setId("viewPost" + index);
      view.setMinWidth(Region.USE_PREF_SIZE);
      view.setOnAction(e -> results.open(line));
      row.getChildren().add(view);
    }
    if (PublishResults.offersReconnect(line)) {
      Button reconnect =
          new Button(
              "Reconnect " + line.network().orElseThrow().displayName(),
              new FontIcon(Feather.REFRESH_CW));
      reconnect.setId("reconnect" + index);
      reconnect.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
      reconnect.setMinWidth(Region.USE_PREF_SIZE);
      reconnect.setOnAction(e -> results.reconnect(line));
      row.getChildren().add(reconnect);
    }
    return row;
  }
}
