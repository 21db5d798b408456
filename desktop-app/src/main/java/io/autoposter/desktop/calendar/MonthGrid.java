package io.autoposter.desktop.calendar;

import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/**
 * Six weeks from Monday: drop a post on a day to move it there at its own wall-clock time. The
 * cells are built once and refilled on every page.
 */
final class MonthGrid {

  private final CalendarViewModel model;
  private final CalendarView view;
  private final GridPane grid = new GridPane();
  private final List<MonthCell> cells = new ArrayList<>();

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
    if (cells.size() != days.size()) {
      build(days.size());
    }
    for (int i = 0; i < days.size(); i++) {
      cells.get(i).show(days.get(i));
    }
  }

  private void build(int dayCount) {
    grid.getChildren().clear();
    grid.getRowConstraints().clear();
    cells.clear();
    RowConstraints headerRow = new RowConstraints();
    headerRow.setMinHeight(Region.USE_PREF_SIZE);
    grid.getRowConstraints().add(headerRow);
    for (int c = 0; c < 7; c++) {
      Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
      name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "calendar-weekday");
      grid.add(name, c, 0);
    }
    for (int r = 0; r < dayCount / 7; r++) {
      RowConstraints row = new RowConstraints();
      row.setVgrow(Priority.ALWAYS);
      row.setMinHeight(80);
      row.setPrefHeight(80);
      grid.getRowConstraints().add(row);
    }
    for (int i = 0; i < dayCount; i++) {
      MonthCell cell = new MonthCell(model, view);
      cells.add(cell);
      grid.add(cell.node(), i % 7, 1 + i / 7);
    }
  }
}
