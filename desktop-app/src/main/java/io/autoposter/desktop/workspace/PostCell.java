package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.TextDirection;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
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

/**
 * One post in the list: caption (one line, ellipsized), networks and due time, media and tags,
 * status badge, and a "Conflict" badge that opens the conflict dialog for the post.
 */
final class PostCell extends ListCell<PostRow> {

  private final Label caption = new Label();
  private final Label meta = new Label();
  private final Label extras = new Label();
  private final Label detail = new Label();
  private final Label badge = new Label();
  private final Label pending = new Label();
  private final Button conflict = new Button();
  private final Region stripe = new Region();
  private final Tooltip captionTip = new Tooltip();
  private final HBox box;
  private PostId conflictPost;

  PostCell(Consumer<PostId> openConflicts) {
    caption.getStyleClass().add("post-caption");
    caption.setTextOverrun(OverrunStyle.ELLIPSIS);
    caption.setMinWidth(0);
    caption.setMaxWidth(Double.MAX_VALUE);
    captionTip.setWrapText(true);
    captionTip.setMaxWidth(480);
    meta.getStyleClass().add("post-meta");
    meta.setGraphic(new FontIcon(Feather.CLOCK));
    meta.setMinWidth(0);
    meta.setTextOverrun(OverrunStyle.ELLIPSIS);
    extras.getStyleClass().add("post-meta");
    extras.setGraphic(new FontIcon(Feather.PAPERCLIP));
    extras.setMinWidth(0);
    extras.setTextOverrun(OverrunStyle.ELLIPSIS);
    detail.getStyleClass().add("post-detail");
    detail.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
    detail.setWrapText(true);
    TextDirection.wrapSafely(detail);
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
    conflict.getStyleClass().addAll("conflict-badge", Styles.SMALL);
    conflict.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
    conflict.setMinWidth(Region.USE_PREF_SIZE);
    conflict.setFocusTraversable(false);
    conflict.setOnAction(
        e -> {
          if (conflictPost != null) {
            openConflicts.accept(conflictPost);
          }
        });
    stripe.getStyleClass().add("status-stripe");
    stripe.setMinWidth(4);
    stripe.setMaxWidth(4);

    VBox text = new VBox(4, caption, meta, extras, detail);
    text.setMinWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox trailing = new HBox(8, conflict, pending, badge);
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
      conflictPost = null;
      return;
    }
    TextDirection.setText(
        caption, row.caption().isBlank() ? "(no caption)" : firstLine(row.caption()));
    captionTip.setText(row.caption());
    captionTip.setWrapText(!TextDirection.hasRightToLeft(row.caption()));
    caption.setTooltip(row.caption().isBlank() ? null : captionTip);
    meta.setText(row.due() + "  ·  " + row.networks());
    extras.setText(row.extras());
    extras.setVisible(!row.extras().isBlank());
    extras.setManaged(extras.isVisible());
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
    conflictPost = row.conflicts() > 0 ? row.id() : null;
    conflict.setVisible(row.conflicts() > 0);
    conflict.setManaged(row.conflicts() > 0);
    conflict.setText(row.conflicts() > 1 ? row.conflicts() + " conflicts" : "Conflict");
    conflict.setTooltip(
        row.conflicts() > 0
            ? new Tooltip(
                "Two edits of this post met on the server. Click to choose what it keeps.")
            : null);
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
