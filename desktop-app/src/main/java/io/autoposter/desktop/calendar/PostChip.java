package io.autoposter.desktop.calendar;

import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import java.util.Locale;
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
final class PostChip {

  private PostChip() {}

  static HBox of(CalendarItem item, CalendarViewModel model) {
    Label time = new Label(item.time());
    time.getStyleClass().add("calendar-chip-time");
    time.setMinWidth(Region.USE_PREF_SIZE);
    Label text = new Label(item.snippet());
    text.getStyleClass().add("calendar-chip-text");
    text.setTextOverrun(OverrunStyle.ELLIPSIS);
    text.setMinWidth(0);
    HBox marks = new HBox(2);
    marks.setAlignment(Pos.CENTER_LEFT);
    marks.setMinWidth(Region.USE_PREF_SIZE);
    item.networks().stream().sorted().forEach(n -> marks.getChildren().add(mark(n)));
    HBox chip = new HBox(4);
    Ikon icon = icon(item.status());
    if (icon != null) {
      FontIcon status = new FontIcon(icon);
      status.getStyleClass().add("calendar-chip-icon");
      chip.getChildren().add(status);
    }
    chip.getChildren().addAll(time, marks, text);
    chip.setId("chip-" + item.id());
    chip.setAlignment(Pos.CENTER_LEFT);
    chip.getStyleClass().addAll("calendar-chip", statusClass(item.status()));
    chip.setMinWidth(0);
    chip.setUserData(item.id());
    tooltip(chip, () -> model.details(item.id()));
    if (item.movable()) {
      chip.setOnDragDetected(
          e -> {
            Dragboard board = chip.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(item.id().toString());
            board.setContent(content);
            e.consume();
          });
    }
    chip.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            model.open(item.id());
          }
        });
    return chip;
  }

  /**
   * Gives {@code node} its tooltip when the pointer first reaches it: a page has hundreds of chips
   * and a tooltip is a popup window, too dear to make for each one up front.
   */
  static void tooltip(Node node, String text) {
    tooltip(node, () -> text);
  }

  static void tooltip(Node node, Supplier<String> text) {
    node.addEventHandler(
        MouseEvent.MOUSE_ENTERED,
        new javafx.event.EventHandler<>() {
          @Override
          public void handle(MouseEvent e) {
            node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
            Tooltip tip = new Tooltip(text.get());
            tip.setShowDelay(Duration.millis(400));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            Tooltip.install(node, tip);
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
