package io.autoposter.desktop.csvimport;

import io.autoposter.desktop.ui.TextDirection;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The preview table's columns: line, result badge, the row's values, and the reason. */
final class ImportColumns {

  private ImportColumns() {}

  static List<TableColumn<ImportRow, ImportRow>> all() {
    var line = column("Line", 56, () -> new TextCell(r -> Integer.toString(r.line())));
    var result = column("Result", 96, ResultCell::new);
    var due =
        column(
            "Due (brand time)",
            164,
            () -> new TextCell(r -> r.due().isEmpty() ? "Draft" : r.due()));
    var brand = column("Brand", 140, () -> new TextCell(ImportRow::brand));
    var networks = column("Networks", 150, () -> new TextCell(ImportRow::networks));
    // The table is first laid out while hidden (zero wide): fixed columns keep their widths, and
    // caption and reason share what is left.
    for (var fixed : List.of(line, result, brand, due, networks)) {
      fixed.setMinWidth(fixed.getPrefWidth());
      fixed.setMaxWidth(fixed.getPrefWidth());
      fixed.setResizable(false);
    }
    // The reason says what to fix, so it keeps room to be read; the caption gives way first.
    var caption = column("Caption", 180, CaptionCell::new);
    caption.setMinWidth(160);
    var reason = column("Reason", 300, ReasonCell::new);
    reason.setMinWidth(240);
    return List.of(line, result, brand, due, networks, caption, reason);
  }

  private static TableColumn<ImportRow, ImportRow> column(
      String title,
      double width,
      java.util.function.Supplier<TableCell<ImportRow, ImportRow>> cell) {
    TableColumn<ImportRow, ImportRow> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setCellFactory(c -> cell.get());
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setReorderable(false);
    return column;
  }

  /** One line of text, cut with "…", the whole text in a tooltip. */
  static class TextCell extends TableCell<ImportRow, ImportRow> {
    private final Function<ImportRow, String> text;

    TextCell(Function<ImportRow, String> text) {
      this.text = text;
      setTextOverrun(OverrunStyle.ELLIPSIS);
    }

    @Override
    protected void updateItem(ImportRow row, boolean empty) {
      super.updateItem(row, empty);
      setGraphic(null);
      if (empty || row == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      String value = text.apply(row);
      setText(value);
      setTooltip(value.isBlank() ? null : new Tooltip(value));
    }
  }

  static final class CaptionCell extends TextCell {
    CaptionCell() {
      super(r -> r.caption().strip().replaceAll("\\s*\\R\\s*", " ⏎ "));
    }

    @Override
    protected void updateItem(ImportRow row, boolean empty) {
      super.updateItem(row, empty);
      setNodeOrientation(
          empty || row == null ? NodeOrientation.LEFT_TO_RIGHT : TextDirection.of(row.caption()));
      if (getTooltip() != null) {
        getTooltip().setWrapText(!TextDirection.hasRightToLeft(row.caption()));
        getTooltip().setMaxWidth(480);
        getTooltip().setText(row.caption());
      }
    }
  }

  static final class ReasonCell extends TextCell {
    ReasonCell() {
      super(ImportRow::reason);
    }

    @Override
    protected void updateItem(ImportRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeAll("reason-error", "reason-warning");
      if (!empty && row != null) {
        getStyleClass().add(row.ok() ? "reason-warning" : "reason-error");
        if (getTooltip() != null) {
          getTooltip().setWrapText(true);
          getTooltip().setMaxWidth(480);
        }
      }
    }
  }

  static final class ResultCell extends TableCell<ImportRow, ImportRow> {
    private final Label badge = new Label();

    ResultCell() {
      badge.getStyleClass().add("result-badge");
      badge.setMinWidth(Label.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(ImportRow row, boolean empty) {
      super.updateItem(row, empty);
      setText(null);
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      badge.getStyleClass().removeAll("result-ok", "result-warning", "result-error");
      if (!row.ok()) {
        badge.setText("Error");
        badge.setGraphic(new FontIcon(Feather.X_CIRCLE));
        badge.getStyleClass().add("result-error");
      } else if (!row.warnings().isEmpty()) {
        badge.setText("OK");
        badge.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        badge.getStyleClass().add("result-warning");
      } else {
        badge.setText("OK");
        badge.setGraphic(new FontIcon(Feather.CHECK));
        badge.getStyleClass().add("result-ok");
      }
      setGraphic(badge);
    }
  }
}
