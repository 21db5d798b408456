package io.autoposter.desktop.calendar;

import atlantafx.base.theme.Styles;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the marks and colours of the chips mean: one row of networks, then of statuses. */
final class Legend {

  private Legend() {}

  static Node of() {
    HBox row = new HBox(10);
    row.setId("calendarLegend");
    row.getStyleClass().add("calendar-legend");
    row.setAlignment(Pos.CENTER_LEFT);
    for (Network network :
        new Network[] {Network.INSTAGRAM, Network.FACEBOOK, Network.LINKEDIN, Network.X}) {
      HBox entry = new HBox(4, PostChip.mark(network), small(network.displayName()));
      entry.setAlignment(Pos.CENTER_LEFT);
      row.getChildren().add(entry);
    }
    Region gap = new Region();
    gap.setMinWidth(8);
    row.getChildren().add(gap);
    status(row, PostStatus.SCHEDULED, "Scheduled");
    status(row, PostStatus.DRAFT, "Draft");
    status(row, PostStatus.PUBLISHED, "Published");
    status(row, PostStatus.NEEDS_ATTENTION, "Failed / needs attention");
    return row;
  }

  private static void status(HBox row, PostStatus status, String name) {
    HBox swatch = new HBox();
    swatch.getStyleClass().addAll("calendar-chip", "calendar-swatch", PostChip.statusClass(status));
    Ikon icon = PostChip.icon(status);
    if (icon != null) {
      FontIcon graphic = new FontIcon(icon);
      graphic.getStyleClass().add("calendar-chip-icon");
      swatch.getChildren().add(graphic);
    }
    swatch.setAlignment(Pos.CENTER);
    HBox entry = new HBox(4, swatch, small(name));
    entry.setAlignment(Pos.CENTER_LEFT);
    row.getChildren().add(entry);
  }

  private static Label small(String text) {
    Label label = new Label(text);
    label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }
}
