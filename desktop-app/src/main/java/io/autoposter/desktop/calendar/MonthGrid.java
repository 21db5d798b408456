package io.autoposter.desktop.calendar;

import atlantafx.base.theme.Styles;
import io.autoposter.model.PostId;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/** Six weeks from Monday: drop a post on a day to move it there at its own wall-clock time. */
final class MonthGrid {

  private static final int CHIPS_PER_DAY = 3;

  private final CalendarViewModel model;
  private final CalendarView view;
  private final GridPane grid = new GridPane();

  MonthGrid(CalendarViewModel model, CalendarView view) {
    this.model = model;
    this.view = view;
    grid.setId("calendarGrid");
    grid.getStyleClass().add("calendar-grid");
    grid.setHgap(4);
    grid.setVgap(4);
    for (int c = 0; c < 7; c++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(100.0 / 7);
      grid.getColumnConstraints().add(column);
    }
  }

  Node node() {
    return grid;
  }

  void redraw(List<DayCell> days) {
    grid.getChildren().clear();
    grid.getRowConstraints().clear();
    RowConstraints headerRow = new RowConstraints();
    headerRow.setMinHeight(Region.USE_PREF_SIZE);
    grid.getRowConstraints().add(headerRow);
    for (int c = 0; c < 7; c++) {
      Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
      name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "calendar-weekday");
      grid.add(name, c, 0);
    }
    for (int r = 0; r < days.size() / 7; r++) {
      RowConstraints row = new RowConstraints();
      row.setVgrow(Priority.ALWAYS);
      row.setMinHeight(80);
      row.setPrefHeight(80);
      grid.getRowConstraints().add(row);
    }
    int i = 0;
    for (DayCell day : days) {
      grid.add(cell(day), i % 7, 1 + i / 7);
      i++;
    }
  }

  private Node cell(DayCell day) {
    VBox cell = new VBox(3);
    cell.setId("day-" + day.date());
    cell.getStyleClass().add("calendar-day");
    if (!day.inMonth()) {
      cell.getStyleClass().add("calendar-day-outside");
    }
    cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    cell.setMinSize(0, 0);
    Hyperlink number = new Hyperlink(Integer.toString(day.date().getDayOfMonth()));
    number.getStyleClass().add(day.today() ? "calendar-today" : "calendar-day-number");
    PostChip.tooltip(number, "Show this day alone");
    number.setOnAction(e -> model.openDay(day.date()));
    number.setFocusTraversable(false);
    HBox top = new HBox(6, number);
    top.setAlignment(Pos.CENTER_LEFT);
    if (!day.clockChanges().isEmpty()) {
      Label clocks = new Label("⏱");
      clocks.getStyleClass().add("calendar-clock-change");
      PostChip.tooltip(clocks, day.clockChanges().getFirst().note());
      top.getChildren().add(clocks);
    }
    if (!day.quota().isEmpty()) {
      top.getChildren().add(CalendarView.quota(day));
    }
    cell.getChildren().add(top);
    int shown = 0;
    for (CalendarItem item : day.items()) {
      if (shown++ == CHIPS_PER_DAY) {
        Hyperlink more = new Hyperlink("+" + (day.items().size() - CHIPS_PER_DAY) + " more");
        more.getStyleClass().addAll(Styles.TEXT_SMALL, "calendar-more");
        more.setOnAction(e -> model.openDay(day.date()));
        more.setFocusTraversable(false);
        cell.getChildren().add(more);
        break;
      }
      cell.getChildren().add(PostChip.of(item, model));
    }
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
    return cell;
  }
}
