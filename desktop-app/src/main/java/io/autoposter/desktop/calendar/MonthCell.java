package io.autoposter.desktop.calendar;

import atlantafx.base.theme.Styles;
import io.autoposter.model.PostId;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One day of the month grid, kept from page to page: paging fills the same nodes with another day
 * instead of building and styling some 1,500 nodes again (the month opened in ~370 ms, most of it
 * node creation and CSS).
 */
final class MonthCell {

  static final int CHIPS_PER_DAY = 3;

  private final VBox cell = new VBox(3);
  private final Hyperlink number = new Hyperlink();
  private final Label clocks = new Label("⏱");
  private final Label quota = new Label();
  private final List<PostChip> chips;
  private final Hyperlink more = new Hyperlink();
  private DayCell day;

  MonthCell(CalendarViewModel model, CalendarView view) {
    cell.getStyleClass().add("calendar-day");
    cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    cell.setMinSize(0, 0);
    number.setOnAction(e -> model.openDay(day.date()));
    number.setFocusTraversable(false);
    PostChip.tooltip(number, () -> "Show this day alone");
    clocks.getStyleClass().add("calendar-clock-change");
    PostChip.tooltip(clocks, () -> day.clockChanges().getFirst().note());
    quota.getStyleClass().add("calendar-quota");
    quota.setMinWidth(Region.USE_PREF_SIZE);
    PostChip.tooltip(
        quota,
        () ->
            day.overQuota()
                ? "More Instagram posts than the account may publish in a day: move some to other"
                    + " days."
                : "Instagram posts that day, of the account's daily limit");
    HBox top = new HBox(6, number, clocks, quota);
    top.setAlignment(Pos.CENTER_LEFT);
    cell.getChildren().add(top);
    chips =
        java.util.stream.Stream.generate(() -> new PostChip(model)).limit(CHIPS_PER_DAY).toList();
    cell.getChildren().addAll(chips);
    more.getStyleClass().addAll(Styles.TEXT_SMALL, "calendar-more");
    more.setOnAction(e -> model.openDay(day.date()));
    more.setFocusTraversable(false);
    cell.getChildren().add(more);
    cell.setOnDragOver(
        e -> {
          if (e.getDragboard().hasString()) {
            e.acceptTransferModes(TransferMode.MOVE);
          }
          e.consume();
        });
    cell.setOnDragEntered(e -> cell.getStyleClass().add("calendar-drop-target"));
    cell.setOnDragExited(e -> cell.getStyleClass().remove("calendar-drop-target"));
    cell.setOnDragDropped(
        e -> {
          Dragboard board = e.getDragboard();
          boolean done =
              board.hasString()
                  && view.drop(PostId.parse(board.getString()), day.date(), null, cell);
          e.setDropCompleted(done);
          e.consume();
        });
  }

  VBox node() {
    return cell;
  }

  void show(DayCell day) {
    this.day = day;
    CalendarKeys.tag(cell, "day-" + day.date());
    toggle(cell, "calendar-day-outside", !day.inMonth());
    number.setText(Integer.toString(day.date().getDayOfMonth()));
    toggle(number, "calendar-today", day.today());
    toggle(number, "calendar-day-number", !day.today());
    shown(clocks, !day.clockChanges().isEmpty());
    shown(quota, !day.quota().isEmpty());
    quota.setText(day.quota());
    toggle(quota, "calendar-quota-over", day.overQuota());
    List<CalendarItem> items = day.items();
    for (int i = 0; i < CHIPS_PER_DAY; i++) {
      PostChip chip = chips.get(i);
      shown(chip, i < items.size());
      if (i < items.size()) {
        chip.show(items.get(i));
      }
    }
    shown(more, items.size() > CHIPS_PER_DAY);
    more.setText("+" + (items.size() - CHIPS_PER_DAY) + " more");
  }

  private static void shown(javafx.scene.Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }

  /** Adds or removes a style class only when it changes, so that JavaFX restyles only then. */
  private static void toggle(javafx.scene.Node node, String styleClass, boolean on) {
    boolean has = node.getStyleClass().contains(styleClass);
    if (on && !has) {
      node.getStyleClass().add(styleClass);
    } else if (!on && has) {
      node.getStyleClass().remove(styleClass);
    }
  }
}
