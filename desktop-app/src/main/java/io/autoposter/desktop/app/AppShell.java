package io.autoposter.desktop.app;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: header on top, sidebar on the left, the open section in the middle, and an
 * overlay (the conflict dialog) that can cover all of it.
 */
final class AppShell {

  private final BorderPane root = new BorderPane();
  private final StackPane window;
  private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
  private final Function<Section, Node> screens;

  AppShell(ShellViewModel model, Node header, Function<Section, Node> screens, String who) {
    this(model, header, null, screens, who);
  }

  /** As above, with {@code overlay} (may be null) stacked over the whole window. */
  AppShell(
      ShellViewModel model,
      Node header,
      Node overlay,
      Function<Section, Node> screens,
      String who) {
    this.screens = screens;
    window = overlay == null ? new StackPane(root) : new StackPane(root, overlay);
    root.getStyleClass().add("app-shell");
    root.setTop(header);
    ToggleGroup group = new ToggleGroup();
    VBox nav = new VBox(4);
    nav.getStyleClass().add("sidebar");
    nav.setPadding(new Insets(16, 12, 16, 12));
    nav.setPrefWidth(200);
    nav.setMinWidth(200);
    for (Section section : model.sections()) {
      ToggleButton button = new ToggleButton(section.label(), new FontIcon(icon(section)));
      button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
      button.getStyleClass().add("nav-item");
      button.setToggleGroup(group);
      button.setMaxWidth(Double.MAX_VALUE);
      button.setAlignment(Pos.CENTER_LEFT);
      button.setOnAction(
          e -> {
            model.open(section);
            button.setSelected(true);
          });
      buttons.put(section, button);
      nav.getChildren().add(button);
    }
    Region grow = new Region();
    VBox.setVgrow(grow, Priority.ALWAYS);
    Label user = new Label(who);
    user.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    user.setWrapText(true);
    nav.getChildren().addAll(grow, user);
    root.setLeft(nav);
    model
        .selectedProperty()
        .subscribe(
            section -> {
              ToggleButton button = buttons.get(section);
              if (button != null) {
                button.setSelected(true);
              }
              root.setCenter(screens.apply(section));
            });
  }

  private static Feather icon(Section section) {
    return switch (section) {
      case POSTS -> Feather.EDIT_3;
      case CALENDAR -> Feather.CALENDAR;
      case QUEUE -> Feather.CLOCK;
      case DRAFTS -> Feather.FILE_TEXT;
      case HISTORY -> Feather.ARCHIVE;
      case SEARCH -> Feather.SEARCH;
      case BRANDS -> Feather.TAG;
      case ACCOUNTS -> Feather.LINK;
      case TEAM -> Feather.USERS;
      case AUDIT -> Feather.LIST;
      case ACCOUNT -> Feather.USER;
      case SETTINGS -> Feather.SETTINGS;
    };
  }

  /** Shows {@code node} in the middle without changing the sidebar (a sub-screen). */
  void showInCenter(Node node) {
    root.setCenter(node);
  }

  /** Builds {@code section} afresh, such as Account after two-factor was set up. */
  void reopen(Section section) {
    root.setCenter(screens.apply(section));
  }

  Parent root() {
    return window;
  }
}
