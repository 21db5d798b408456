package io.autoposter.desktop.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Table text columns whose cells show the full text in a tooltip when it gets cut off. */
public final class TextCells {

  private TextCells() {}

  /** A text column of {@code width} whose cells ellipsize and offer the full text on hover. */
  public static <T> TableColumn<T, String> column(
      String title, Function<T, String> value, double width) {
    TableColumn<T, String> column = new TableColumn<>(title);
    column.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(value.apply(c.getValue())).getReadOnlyProperty());
    column.setCellFactory(c -> new TooltipCell<>());
    column.setPrefWidth(width);
    return column;
  }

  /** Shows its text, ellipsized at the end, with the whole text as a tooltip. */
  static final class TooltipCell<T> extends TableCell<T, String> {
    private final Tooltip tooltip = new Tooltip();

    TooltipCell() {
      setTextOverrun(OverrunStyle.ELLIPSIS);
      tooltip.setWrapText(true);
      tooltip.setMaxWidth(480);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      boolean blank = empty || text == null || text.isBlank();
      setText(empty ? null : text);
      tooltip.setText(blank ? "" : text);
      setTooltip(blank ? null : tooltip);
    }
  }
}
