package io.autoposter.desktop.calendar;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The week or day view: an hour grid on the brand's clock (the person's own hours beside it when
 * they differ), a day header with the quota and any clock change that stays on top while the hours
 * scroll.
 */
final class TimeGrid {

  static final double HOUR = 60;
  private static final double GUTTER = 64;
  private static final DateTimeFormatter WEEK_DAY =
      DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);

  private final CalendarViewModel model;
  private final CalendarView view;
  private final HBox header = new HBox();
  private final HBox body = new HBox();
  private final VBox content = new VBox(header, body);
  private final ScrollPane scroll = new ScrollPane(content);
  private double pendingScroll = -1;
  private String shownPage = "";

  TimeGrid(CalendarViewModel model, CalendarView view) {
    this.model = model;
    this.view = view;
    scroll.setId("calendarTimeGrid");
    scroll.getStyleClass().addAll("calendar-time-grid", "edge-to-edge");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    header.getStyleClass().add("calendar-time-header");
    header.setViewOrder(-1);
    header
        .translateYProperty()
        .bind(
            Bindings.createDoubleBinding(
                () ->
                    Math.max(0, content.getHeight() - scroll.getViewportBounds().getHeight())
                        * scroll.getVvalue(),
                scroll.vvalueProperty(),
                content.heightProperty(),
                scroll.viewportBoundsProperty()));
    scroll.viewportBoundsProperty().addListener((obs, was, now) -> applyScroll());
    content.heightProperty().addListener((obs, was, now) -> applyScroll());
  }

  Node node() {
    return scroll;
  }

  void redraw(List<DayCell> days, CalendarMode mode) {
    boolean single = mode == CalendarMode.DAY;
    header.getChildren().setAll(gutterHeader(days));
    body.getChildren().setAll(gutter(days));
    for (DayCell day : days) {
      header.getChildren().add(dayHeader(day, single));
      DayColumn column =
          new DayColumn(
              day, model, view, single ? DayColumn.Density.DAY : DayColumn.Density.WEEK, HOUR);
      HBox.setHgrow(column, Priority.ALWAYS);
      body.getChildren().add(column);
    }
    String page = mode + " " + (days.isEmpty() ? "" : days.getFirst().date());
    if (!page.equals(shownPage)) {
      shownPage = page;
      int first =
          days.stream()
              .flatMap(d -> d.items().stream())
              .mapToInt(i -> i.wallTime().getHour())
              .min()
              .orElse(8);
      pendingScroll = Math.max(0, Math.min(first, 8) - 0.5) * HOUR;
      applyScroll();
    }
  }

  private void applyScroll() {
    double range = content.getHeight() - scroll.getViewportBounds().getHeight();
    if (pendingScroll >= 0 && range > 0) {
      scroll.setVvalue(Math.min(1, pendingScroll / range));
      pendingScroll = -1;
    }
  }

  private Node gutterHeader(List<DayCell> days) {
    Label zone = new Label(days.isEmpty() ? "" : model.zoneName(days.getFirst().date()));
    zone.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
    String local = days.isEmpty() ? "" : model.localZoneName(days.getFirst().date());
    Label mine = new Label(local.isEmpty() ? "" : "you: " + local);
    mine.getStyleClass().addAll("calendar-local-hour");
    VBox box = new VBox(1, zone, mine);
    box.setAlignment(Pos.BOTTOM_RIGHT);
    box.getStyleClass().add("calendar-gutter-header");
    fixWidth(box, GUTTER);
    return box;
  }

  private Node gutter(List<DayCell> days) {
    VBox gutter = new VBox();
    gutter.getStyleClass().add("calendar-gutter");
    fixWidth(gutter, GUTTER);
    for (int h = 0; h < 24; h++) {
      Label brand = new Label("%02d:00".formatted(h));
      brand.getStyleClass().add("calendar-hour-label");
      VBox cell = new VBox(brand);
      String local = days.isEmpty() ? "" : model.localHour(days.getFirst().date(), h);
      if (!local.isEmpty()) {
        Label mine = new Label(local);
        mine.getStyleClass().add("calendar-local-hour");
        cell.getChildren().add(mine);
      }
      cell.setAlignment(Pos.TOP_RIGHT);
      cell.setMinHeight(HOUR);
      cell.setPrefHeight(HOUR);
      cell.setMaxHeight(HOUR);
      gutter.getChildren().add(cell);
    }
    return gutter;
  }

  private Node dayHeader(DayCell day, boolean single) {
    VBox box = new VBox(2);
    CalendarKeys.tag(box, "dayHeader-" + day.date());
    box.getStyleClass().add("calendar-day-header");
    if (day.today()) {
      box.getStyleClass().add("calendar-day-header-today");
    }
    Node name;
    if (single) {
      Label label = new Label(LONG_DAY.format(day.date()));
      label.getStyleClass().add(Styles.TEXT_BOLD);
      name = label;
    } else {
      Hyperlink link = new Hyperlink(WEEK_DAY.format(day.date()));
      link.getStyleClass().add(day.today() ? "calendar-today" : "calendar-weekday-link");
      link.setOnAction(e -> model.openDay(day.date()));
      link.setFocusTraversable(false);
      name = link;
    }
    HBox top = new HBox(6, name);
    top.setAlignment(Pos.CENTER_LEFT);
    if (!day.quota().isEmpty()) {
      top.getChildren().add(CalendarView.quota(day));
    }
    Label count =
        new Label(
            day.items().isEmpty()
                ? "No posts"
                : day.items().size() + (day.items().size() == 1 ? " post" : " posts"));
    count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    box.getChildren().addAll(top, count);
    for (ClockChange change : day.clockChanges()) {
      Label note = new Label(change.shortNote());
      note.getStyleClass().add("calendar-clock-note");
      PostChip.tooltip(note, change.note());
      box.getChildren().add(note);
    }
    box.setMinWidth(0);
    box.setPrefWidth(0);
    HBox.setHgrow(box, Priority.ALWAYS);
    return box;
  }

  private static void fixWidth(Region region, double width) {
    region.setMinWidth(width);
    region.setPrefWidth(width);
    region.setMaxWidth(width);
  }
}
