package io.autoposter.desktop.calendar;

import io.autoposter.model.PostId;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * One day of the week or day view: 24 wall-clock hours of the brand, its posts at their times, the
 * hour the clocks skip or repeat shaded. Dropping a post snaps to {@code snap} minutes.
 */
final class DayColumn extends Pane {

  private static final int SPAN = 15;

  private final DayCell day;
  private final int snap;
  private final double hour;
  private final List<Region> hours = new ArrayList<>();
  private final List<Node> blocks = new ArrayList<>();
  private final List<Lanes.Placed> placed;
  private final Region band;
  private final Label marker = new Label();
  private int markerMinute = -1;

  DayColumn(
      DayCell day,
      CalendarViewModel model,
      CalendarView view,
      int snap,
      int maxLanes,
      double hour) {
    this.day = day;
    this.snap = snap;
    this.hour = hour;
    setId("column-" + day.date());
    getStyleClass().add("calendar-column");
    if (day.today()) {
      getStyleClass().add("calendar-column-today");
    }
    setMinWidth(0);
    setPrefWidth(0);
    for (int h = 0; h < 24; h++) {
      Region row = new Region();
      row.getStyleClass().add("calendar-hour");
      row.setMouseTransparent(true);
      hours.add(row);
    }
    getChildren().addAll(hours);
    if (day.clockChanges().isEmpty()) {
      band = null;
    } else {
      ClockChange change = day.clockChanges().getFirst();
      Label text = new Label(change.skipped() ? "Clocks jump forward" : "This hour happens twice");
      text.getStyleClass().add("calendar-clock-band");
      text.setTooltip(new Tooltip(change.note()));
      text.setMinSize(0, 0);
      band = text;
      getChildren().add(band);
    }
    this.placed = Lanes.place(day.items(), SPAN, maxLanes);
    for (Lanes.Placed p : placed) {
      Node block;
      if (p.item() == null) {
        Hyperlink more = new Hyperlink("+" + p.more() + " more");
        more.getStyleClass().add("calendar-more-block");
        more.setOnAction(e -> model.openDay(day.date()));
        more.setFocusTraversable(false);
        block = more;
      } else {
        block = PostChip.of(p.item(), model);
        block.getStyleClass().add("calendar-chip-slim");
      }
      blocks.add(block);
    }
    getChildren().addAll(blocks);
    marker.getStyleClass().add("calendar-drop-marker");
    marker.setVisible(false);
    marker.setMouseTransparent(true);
    marker.setMinSize(0, 0);
    getChildren().add(marker);
    setPrefHeight(24 * hour);
    setMinHeight(24 * hour);

    setOnDragOver(
        e -> {
          if (e.getDragboard().hasString()) {
            e.acceptTransferModes(TransferMode.MOVE);
            int minute = snapped(e.getY());
            if (minute != markerMinute) {
              markerMinute = minute;
              marker.setText("%02d:%02d".formatted(minute / 60, minute % 60));
              marker.setVisible(true);
              requestLayout();
            }
          }
          e.consume();
        });
    setOnDragExited(
        e -> {
          marker.setVisible(false);
          markerMinute = -1;
        });
    setOnDragDropped(
        e -> {
          boolean done = false;
          if (e.getDragboard().hasString()) {
            int minute = snapped(e.getY());
            PostId id = PostId.parse(e.getDragboard().getString());
            done = view.drop(id, day.date(), LocalTime.of(minute / 60, minute % 60), this);
          }
          marker.setVisible(false);
          e.setDropCompleted(done);
          e.consume();
        });
  }

  /** The slot under {@code y}, in minutes after midnight on the brand's clock. */
  int snapped(double y) {
    int minute = (int) Math.floor(y / hour * 60 / snap) * snap;
    return Math.max(0, Math.min(24 * 60 - snap, minute));
  }

  double y(int minute) {
    return minute * hour / 60;
  }

  @Override
  protected void layoutChildren() {
    double width = getWidth();
    for (int h = 0; h < 24; h++) {
      hours.get(h).resizeRelocate(0, h * hour, width, hour);
    }
    if (band != null) {
      ClockChange change = day.clockChanges().getFirst();
      int from = change.from().getHour() * 60 + change.from().getMinute();
      int to = change.to().getHour() * 60 + change.to().getMinute();
      band.resizeRelocate(0, y(from), width, y(to) - y(from));
    }
    for (int i = 0; i < placed.size(); i++) {
      Lanes.Placed p = placed.get(i);
      double laneWidth = (width - 6) / p.lanes();
      blocks
          .get(i)
          .resizeRelocate(3 + p.lane() * laneWidth, y(p.start()) + 1, laneWidth - 2, y(SPAN) - 2);
    }
    if (marker.isVisible()) {
      marker.resizeRelocate(2, y(markerMinute), width - 4, Math.max(y(snap), 18));
    }
  }
}
