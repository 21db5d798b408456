package io.autoposter.desktop.workspace;

import io.autoposter.model.PostStatus;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One post in the list: caption (one line, ellipsized), networks and due time, status badge. */
final class PostCell extends ListCell<PostRow> {

  private final Label caption = new Label();
  private final Label meta = new Label();
  private final Label detail = new Label();
  private final Label badge = new Label();
  private final Label pending = new Label();
  private final Region stripe = new Region();
  private final HBox box;

  PostCell() {
    caption.getStyleClass().add("post-caption");
    caption.setTextOverrun(OverrunStyle.ELLIPSIS);
    caption.setMinWidth(0);
    caption.setMaxWidth(Double.MAX_VALUE);
    meta.getStyleClass().add("post-meta");
    meta.setGraphic(new FontIcon(Feather.CLOCK));
    meta.setMinWidth(0);
    detail.getStyleClass().add("post-detail");
    detail.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
    detail.setWrapText(true);
    detail.setMinWidth(0);
    // A wrapped label inside a list cell needs a definite width to compute its height.
    detail.prefWidthProperty().bind(widthProperty().subtract(170));
    detail.setMinHeight(Region.USE_PREF_SIZE);
    badge.getStyleClass().add("status-badge");
    badge.setMinWidth(Region.USE_PREF_SIZE);
    pending.getStyleClass().add("pending-mark");
    pending.setGraphic(new FontIcon(Feather.UPLOAD_CLOUD));
    pending.setTooltip(new Tooltip("Saved on this computer; not on the server yet"));
    pending.setMinWidth(Region.USE_PREF_SIZE);
    stripe.getStyleClass().add("status-stripe");
    stripe.setMinWidth(4);
    stripe.setMaxWidth(4);

    VBox text = new VBox(4, caption, meta, detail);
    text.setMinWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox trailing = new HBox(8, pending, badge);
    trailing.setAlignment(Pos.TOP_RIGHT);
    trailing.setMinWidth(Region.USE_PREF_SIZE);
    box = new HBox(12, stripe, text, trailing);
    box.setPadding(new Insets(10, 12, 10, 0));
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add("post-cell-box");
    // Let the list decide the width, so long captions ellipsize instead of scrolling sideways.
    setPrefWidth(0);
  }

  @Override
  protected void updateItem(PostRow row, boolean empty) {
    super.updateItem(row, empty);
    if (empty || row == null) {
      setGraphic(null);
      setText(null);
      return;
    }
    caption.setText(row.caption().isBlank() ? "(no caption)" : firstLine(row.caption()));
    caption.setTooltip(new Tooltip(row.caption()));
    meta.setText(row.due() + "  ·  " + row.networks());
    detail.setText(row.detail());
    detail.setVisible(!row.detail().isBlank());
    detail.setManaged(detail.isVisible());
    badge.setText(row.statusText());
    for (PostStatus s : PostStatus.values()) {
      badge.getStyleClass().remove(styleOf(s));
      stripe.getStyleClass().remove(styleOf(s));
    }
    badge.getStyleClass().add(styleOf(row.status()));
    stripe.getStyleClass().add(styleOf(row.status()));
    pending.setVisible(row.pendingSync());
    pending.setManaged(row.pendingSync());
    setText(null);
    setGraphic(box);
  }

  private static String firstLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ⏎ ");
  }

  static String styleOf(PostStatus status) {
    return "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
