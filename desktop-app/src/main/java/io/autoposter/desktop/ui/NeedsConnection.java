package io.autoposter.desktop.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shows {@code content}, or the calm "needs a connection" notice with Retry while offline. */
public final class NeedsConnection {

  private NeedsConnection() {}

  public static StackPane wrap(Node content, RemoteState state, Runnable retry) {
    FontIcon icon = new FontIcon(Feather.WIFI_OFF);
    icon.getStyleClass().add("empty-icon");
    Label title = new Label("You're offline");
    title.getStyleClass().add(Styles.TITLE_4);
    Label text = new Label(ServerErrors.NEEDS_CONNECTION);
    text.setId("needsConnection");
    text.getStyleClass().add("empty-text");
    text.setWrapText(true);
    Button again = new Button("Retry", new FontIcon(Feather.REFRESH_CW));
    again.setId("retryConnection");
    again.setOnAction(e -> retry.run());
    again.disableProperty().bind(state.busyProperty());
    VBox notice = new VBox(12, icon, title, text, again);
    notice.setAlignment(Pos.CENTER);
    notice.setMaxWidth(420);
    notice.getStyleClass().add("offline-notice");
    notice.visibleProperty().bind(state.offlineProperty());
    content.visibleProperty().bind(state.offlineProperty().not());
    StackPane pane = new StackPane(content, notice);
    return pane;
  }

  /** A label bound to the state's error (red) or notice (green) line; hidden when both empty. */
  public static Label messageLine(RemoteState state) {
    Label line = new Label();
    line.setWrapText(true);
    line.setId("screenMessage");
    state.errorProperty().subscribe((e) -> update(line, state));
    state.noticeProperty().subscribe((n) -> update(line, state));
    line.managedProperty().bind(line.visibleProperty());
    return line;
  }

  private static void update(Label line, RemoteState state) {
    boolean error = !state.errorProperty().get().isEmpty();
    String text = error ? state.errorProperty().get() : state.noticeProperty().get();
    line.setText(text);
    line.setVisible(!text.isEmpty());
    line.getStyleClass().removeAll("form-error", "form-notice");
    line.getStyleClass().add(error ? "form-error" : "form-notice");
    line.setGraphic(new FontIcon(error ? Feather.ALERT_CIRCLE : Feather.CHECK_CIRCLE));
  }

  /** A heading inside a card: smaller than the page's. */
  public static VBox section(String title, String explanation) {
    VBox box = heading(title, explanation);
    box.getChildren().getFirst().getStyleClass().setAll("label", Styles.TITLE_4);
    return box;
  }

  /** A page heading with a muted explanation below. */
  public static VBox heading(String title, String explanation) {
    Label t = new Label(title);
    t.getStyleClass().add(Styles.TITLE_3);
    Label e = new Label(explanation);
    e.getStyleClass().add(Styles.TEXT_MUTED);
    e.setWrapText(true);
    return new VBox(4, t, e);
  }
}
