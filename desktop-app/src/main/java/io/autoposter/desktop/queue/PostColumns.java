package io.autoposter.desktop.queue;

import io.autoposter.desktop.ui.TextDirection;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The post table's columns; every cell reads its row lazily, so only visible rows format. */
final class PostColumns {

  private PostColumns() {}

  static List<TableColumn<QueueRow, QueueRow>> all(PostTableViewModel.Mode mode) {
    return List.of(
        column("Due (brand time)", 200, DueCell::new),
        column("Brand", 180, BrandCell::new),
        column("Networks", 110, NetworksCell::new),
        column("Caption", 380, CaptionCell::new),
        column("Status", 136, StatusCell::new),
        column("Tags", 150, TagsCell::new));
  }

  private static TableColumn<QueueRow, QueueRow> column(
      String title, double width, java.util.function.Supplier<TableCell<QueueRow, QueueRow>> cell) {
    TableColumn<QueueRow, QueueRow> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setCellFactory(c -> cell.get());
    column.setPrefWidth(width);
    // The order is the mode's (due time); sorting 50,000 rows by a column is not offered.
    column.setSortable(false);
    column.setReorderable(false);
    return column;
  }

  /** A cell that shows one line of text made from its row, with a tooltip when it is cut. */
  private abstract static class TextCell extends TableCell<QueueRow, QueueRow> {
    private final Function<QueueRow, String> text;

    TextCell(Function<QueueRow, String> text) {
      this.text = text;
      setTextOverrun(OverrunStyle.ELLIPSIS);
    }

    @Override
    protected void updateItem(QueueRow row, boolean empty) {
      super.updateItem(row, empty);
      setGraphic(null);
      if (empty || row == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      setText(text.apply(row));
      decorate(row);
    }

    void decorate(QueueRow row) {}
  }

  static final class DueCell extends TextCell {
    DueCell() {
      super(QueueRow::dueText);
      getStyleClass().add("due-cell");
    }

    @Override
    void decorate(QueueRow row) {
      setTooltip(new Tooltip("In the brand's time zone, " + row.zoneText()));
    }
  }

  static final class TagsCell extends TextCell {
    TagsCell() {
      super(QueueRow::tags);
      getStyleClass().add("tags-cell");
    }
  }

  static final class CaptionCell extends TextCell {
    private final Tooltip tip = new Tooltip();

    CaptionCell() {
      super(QueueRow::snippet);
      tip.setWrapText(true);
      tip.setMaxWidth(480);
    }

    @Override
    protected void updateItem(QueueRow row, boolean empty) {
      super.updateItem(row, empty);
      String caption = empty || row == null ? "" : row.snippet();
      // Right-to-left captions read from the right edge; a single line never wraps, so it is safe.
      setNodeOrientation(
          caption.isEmpty() ? NodeOrientation.LEFT_TO_RIGHT : TextDirection.of(caption));
      if (!caption.isEmpty()) {
        tip.setText(caption);
        setTooltip(tip);
      } else {
        setTooltip(null);
      }
      if (!empty && row != null && caption.isBlank()) {
        setText("(no caption)");
      }
    }
  }

  static final class BrandCell extends TableCell<QueueRow, QueueRow> {
    private final Circle dot = new Circle(5);
    private final Label name = new Label();
    private final HBox box = new HBox(8, dot, name);

    BrandCell() {
      box.setAlignment(Pos.CENTER_LEFT);
      name.setTextOverrun(OverrunStyle.ELLIPSIS);
      name.setMinWidth(0);
      dot.getStyleClass().add("brand-dot");
    }

    @Override
    protected void updateItem(QueueRow row, boolean empty) {
      super.updateItem(row, empty);
      setText(null);
      if (empty || row == null) {
        setGraphic(null);
        setTooltip(null);
        return;
      }
      dot.setFill(Color.web(row.brandColor()));
      name.setText(row.brandName());
      setTooltip(new Tooltip(row.brandName()));
      setGraphic(box);
    }
  }

  static final class NetworksCell extends TableCell<QueueRow, QueueRow> {
    private final HBox box = new HBox(8);

    NetworksCell() {
      box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(QueueRow row, boolean empty) {
      super.updateItem(row, empty);
      setText(null);
      box.getChildren().clear();
      if (empty || row == null) {
        setGraphic(null);
        setTooltip(null);
        return;
      }
      for (Network network : row.networks()) {
        FontIcon icon = new FontIcon(icon(network));
        icon.getStyleClass()
            .addAll("network-icon", "network-" + network.name().toLowerCase(Locale.ROOT));
        box.getChildren().add(icon);
      }
      setTooltip(new Tooltip(row.networksText()));
      setGraphic(box);
    }
  }

  static final class StatusCell extends TableCell<QueueRow, QueueRow> {
    private final Label badge = new Label();

    StatusCell() {
      badge.getStyleClass().add("status-badge");
      badge.setMinWidth(Label.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(QueueRow row, boolean empty) {
      super.updateItem(row, empty);
      setText(null);
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      for (PostStatus s : PostStatus.values()) {
        badge.getStyleClass().remove(styleOf(s));
      }
      badge.getStyleClass().add(styleOf(row.status()));
      badge.setText(row.statusText());
      setGraphic(badge);
    }
  }

  static Ikon icon(Network network) {
    return switch (network) {
      case FACEBOOK -> Feather.FACEBOOK;
      case INSTAGRAM -> Feather.INSTAGRAM;
      case LINKEDIN -> Feather.LINKEDIN;
      case X -> Feather.TWITTER;
      case SANDBOX -> Feather.BOX;
    };
  }

  static String styleOf(PostStatus status) {
    return "status-" + status.name().toLowerCase(Locale.ROOT);
  }
}
