package io.autoposter.desktop.calendar;

import io.autoposter.model.PostId;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One day of the week or day view: 24 wall-clock hours of the brand, its posts at their times, the
 * hour the clocks skip or repeat shaded. Dropping a post snaps to the view's slot.
 */
final class DayColumn extends Pane {

  private final DayCell day;
  private final int snap;
  private final double hour;
  private final List<Region> hours = new ArrayList<>();
  private final List<Node> blocks = new ArrayList<>();
  private final List<Lanes.Placed> placed;
  private final Region band;
  private final Label marker = new Label();
  private int markerMinute = -1;

  /**
   * How a view draws its days.
   *
   * @param snap the drop slot in minutes
   * @param span the minutes a post's block takes at least; closer posts share the width
   * @param maxLanes how many posts side by side before "+N more"
   * @param maxChips above this many posts a day shows one block per hour ("12 posts")
   */
  record Density(int snap, int span, int maxLanes, int maxChips) {
    static final Density WEEK = new Density(30, 15, 3, 48);
    static final Density DAY = new Density(15, 30, 6, 240);
  }

  DayColumn(DayCell day, CalendarViewModel model, CalendarView view, Density density, double hour) {
    this.day = day;
    this.snap = density.snap();
    this.hour = hour;
    CalendarKeys.tag(this, "column-" + day.date());
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
      PostChip.tooltip(text, change.note());
      text.setMinSize(0, 0);
      band = text;
      getChildren().add(band);
    }
    boolean crowded = day.items().size() > density.maxChips();
    this.placed =
        crowded
            ? Lanes.byHour(day.items())
            : Lanes.place(day.items(), density.span(), density.maxLanes());
    for (Lanes.Placed p : placed) {
      Node block;
      if (p.item() == null) {
        Hyperlink more =
            new Hyperlink(
                crowded
                    ? p.more() + (p.more() == 1 ? " post" : " posts")
                    : "+" + p.more() + " more");
        more.getStyleClass().add("calendar-more-block");
        more.setOnAction(e -> model.openDay(day.date()));
        more.setFocusTraversable(false);
        block = more;
      } else {
        HBox chip = PostChip.of(p.item(), model);
        if (p.end() - p.start() < 20) {
          chip.getStyleClass().add("calendar-chip-slim");
        } else {
          // A tall block reads like an event: time and caption at the top, the caption wrapping.
          chip.setAlignment(Pos.TOP_LEFT);
          chip.getStyleClass().add("calendar-chip-tall");
          if (chip.getChildren().getLast() instanceof Label caption
              && y(p.end() - p.start()) >= 40) {
            caption.setWrapText(true);
          }
        }
        if (p.lanes() > 1 && chip.getChildren().getFirst() instanceof FontIcon) {
          // Side by side there is room for the time, not the status icon; the colour stays.
          chip.getChildren().removeFirst();
        }
        block = chip;
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

  private double height(Lanes.Placed p) {
    return y(p.end()) - y(p.start()) - 1;
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
          .resizeRelocate(3 + p.lane() * laneWidth, y(p.start()), laneWidth - 2, height(p));
    }
    if (marker.isVisible()) {
      marker.resizeRelocate(2, y(markerMinute), width - 4, Math.max(y(snap), 18));
    }
  }
}
