package io.autoposter.desktop.calendar;

import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A post on the calendar: its status as colour and icon, its networks as small marks, its time and
 * as much of its caption as fits. Drag it to move it; double-click to open it.
 */
final class PostChip extends HBox {

  private final FontIcon status = new FontIcon();
  private final Label time = new Label();
  private final HBox marks = new HBox(2);
  private final Label text = new Label();
  private final Map<Network, Node> networkMarks = new EnumMap<>(Network.class);
  private CalendarItem item;
  private String shownStatus = "";

  /** An empty chip that {@link #show} fills; the month view keeps its chips from page to page. */
  PostChip(CalendarViewModel model) {
    super(4);
    status.getStyleClass().add("calendar-chip-icon");
    time.getStyleClass().add("calendar-chip-time");
    time.setMinWidth(Region.USE_PREF_SIZE);
    text.getStyleClass().add("calendar-chip-text");
    text.setTextOverrun(OverrunStyle.ELLIPSIS);
    text.setMinWidth(0);
    marks.setAlignment(Pos.CENTER_LEFT);
    marks.setMinWidth(Region.USE_PREF_SIZE);
    getChildren().addAll(status, time, marks, text);
    setAlignment(Pos.CENTER_LEFT);
    getStyleClass().add("calendar-chip");
    setMinWidth(0);
    tooltip(this, () -> model.details(item.id()));
    setOnDragDetected(
        e -> {
          if (item.movable()) {
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(item.id().toString());
            board.setContent(content);
          }
          e.consume();
        });
    setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            model.open(item.id());
          }
        });
  }

  static PostChip of(CalendarItem item, CalendarViewModel model) {
    PostChip chip = new PostChip(model);
    chip.show(item);
    return chip;
  }

  /**
   * Shows {@code item}, touching only what differs from the post shown before: a changed style
   * class makes JavaFX restyle the node, a changed text does not.
   */
  void show(CalendarItem item) {
    this.item = item;
    time.setText(item.time());
    text.setText(item.snippet());
    Ikon icon = icon(item.status());
    status.setVisible(icon != null);
    status.setManaged(icon != null);
    if (icon != null && status.getIconCode() != icon) {
      status.setIconCode(icon);
    }
    for (Network network : item.networks()) {
      // A mark per network made the first time a post on it is shown, kept in the legend's
      // order, then only shown or hidden: a reused chip gains no nodes and no restyling.
      if (!networkMarks.containsKey(network)) {
        int before =
            (int) networkMarks.keySet().stream().filter(n -> n.compareTo(network) < 0).count();
        Node mark = mark(network);
        networkMarks.put(network, mark);
        marks.getChildren().add(before, mark);
      }
    }
    networkMarks.forEach(
        (network, mark) -> {
          boolean on = item.networks().contains(network);
          mark.setVisible(on);
          mark.setManaged(on);
        });
    String statusClass = statusClass(item.status());
    if (!statusClass.equals(shownStatus)) {
      getStyleClass().remove(shownStatus);
      getStyleClass().add(statusClass);
      shownStatus = statusClass;
    }
    setUserData(item.id());
    CalendarKeys.tag(this, "chip-" + item.id());
  }

  /**
   * Gives {@code node} its tooltip when the pointer first reaches it: a page has hundreds of chips
   * and a tooltip is a popup window, too dear to make for each one up front.
   */
  static void tooltip(Node node, String text) {
    tooltip(node, () -> text);
  }

  static void tooltip(Node node, Supplier<String> text) {
    Tooltip[] installed = {null};
    node.addEventHandler(
        MouseEvent.MOUSE_ENTERED,
        e -> {
          // Asked on every entry: a reused node may show another post than at the last hover.
          String now = text.get();
          if (installed[0] == null) {
            Tooltip tip = new Tooltip(now);
            tip.setShowDelay(Duration.millis(400));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            Tooltip.install(node, tip);
            installed[0] = tip;
          } else {
            installed[0].setText(now);
          }
        });
  }

  /** A network's coloured mark with its initials ("IG", "f", "in", "X"). */
  static Node mark(Network network) {
    Label mark =
        new Label(
            switch (network) {
              case FACEBOOK -> "f";
              case INSTAGRAM -> "IG";
              case LINKEDIN -> "in";
              case X -> "X";
              case SANDBOX -> "S";
            });
    mark.getStyleClass()
        .addAll("network-mark", "network-" + network.name().toLowerCase(Locale.ROOT));
    mark.setMinWidth(Region.USE_PREF_SIZE);
    return mark;
  }

  static String statusClass(PostStatus status) {
    return "status-" + status.name().toLowerCase(Locale.ROOT);
  }

  /** The icon beside the time; none for the usual scheduled post. */
  static Ikon icon(PostStatus status) {
    return switch (status) {
      case SCHEDULED -> null;
      case DRAFT -> Feather.EDIT_3;
      case PUBLISHING -> Feather.SEND;
      case PUBLISHED -> Feather.CHECK;
      case FAILED, NEEDS_ATTENTION -> Feather.ALERT_TRIANGLE;
      case CANCELLED -> Feather.SLASH;
    };
  }
}
