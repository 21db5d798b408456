package io.autoposter.desktop.settings;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.ThemeChoice;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Appearance and keyboard shortcuts. */
public final class SettingsView {

  private final ScrollPane root;

  public SettingsView(SettingsViewModel model) {
    Label title = new Label("Settings");
    title.getStyleClass().add(Styles.TITLE_3);

    Label appearance = new Label("Appearance");
    appearance.getStyleClass().add(Styles.TITLE_4);
    ToggleGroup group = new ToggleGroup();
    VBox themes = new VBox(8);
    for (ThemeChoice choice : ThemeChoice.values()) {
      RadioButton option = new RadioButton(choice.label());
      option.setId("theme-" + choice.name().toLowerCase(java.util.Locale.ROOT));
      option.setToggleGroup(group);
      option.setUserData(choice);
      option.setSelected(model.themeProperty().get() == choice);
      themes.getChildren().add(option);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.themeProperty().set((ThemeChoice) now.getUserData());
              }
            });
    Label themeHint = new Label("“Follow the system” switches with your computer's dark mode.");
    themeHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

    Label keys = new Label("Keyboard shortcuts");
    keys.getStyleClass().add(Styles.TITLE_4);
    GridPane table = new GridPane(24, 8);
    table.setId("shortcuts");
    int row = 0;
    for (SettingsViewModel.ShortcutLine line : model.shortcuts()) {
      Label combo = new Label(line.keys());
      combo.getStyleClass().add("shortcut-keys");
      table.addRow(row++, combo, new Label(line.action()));
    }

    VBox page = new VBox(14, title, appearance, themes, themeHint, keys, table);
    page.setPadding(new Insets(24, 28, 28, 28));
    page.setMaxWidth(720);
    root = new ScrollPane(page);
    root.setFitToWidth(true);
    root.getStyleClass().add("settings-page");
  }

  public Parent root() {
    return root;
  }
}
