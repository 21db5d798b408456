package io.autoposter.desktop.workspace;

import atlantafx.base.theme.Styles;
import io.autoposter.model.Brand;
import io.autoposter.model.HashtagGroup;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "#" menu above the caption: the hashtag groups of the post's brand; choosing one inserts its
 * tags at the caret of the caption being edited (the main caption or a network's own).
 */
final class HashtagMenu {

  private HashtagMenu() {}

  static MenuButton button(ComposeViewModel model, TextInputControl caption) {
    MenuButton menu = new MenuButton(null, new FontIcon(Feather.HASH));
    menu.setId("hashtagGroupsButton");
    menu.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON, "no-arrow");
    menu.setTooltip(new Tooltip("Insert a hashtag group"));
    menu.disableProperty().bind(caption.editableProperty().not());
    // Filled when opened, so it always shows the brand's groups as last synced.
    menu.setOnShowing(e -> fill(menu, model, caption));
    menu.getItems().add(new MenuItem("…"));
    return menu;
  }

  private static void fill(MenuButton menu, ComposeViewModel model, TextInputControl caption) {
    menu.getItems().clear();
    Brand brand = model.previewBrand();
    if (brand == null || brand.hashtagGroups().isEmpty()) {
      String text =
          brand == null
              ? "Choose a brand first."
              : "No hashtag groups for " + brand.name() + " — add them under Brands.";
      Label empty = new Label(text);
      empty.setId("noHashtagGroups");
      empty.setWrapText(true);
      empty.setMaxWidth(280);
      empty.getStyleClass().add(Styles.TEXT_MUTED);
      CustomMenuItem item = new CustomMenuItem(empty, false);
      item.setDisable(true);
      menu.getItems().add(item);
      return;
    }
    for (HashtagGroup group : brand.hashtagGroups()) {
      Label name = new Label(group.name());
      name.getStyleClass().add(Styles.TEXT_BOLD);
      Label tags =
          new Label(group.tags().isEmpty() ? "No hashtags yet" : String.join(" ", group.tags()));
      tags.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      tags.setWrapText(true);
      tags.setMaxWidth(320);
      VBox content = new VBox(2, name, tags);
      CustomMenuItem item = new CustomMenuItem(content);
      item.setId("hashtagGroup-" + group.name());
      item.setDisable(group.tags().isEmpty());
      item.setOnAction(e -> insert(model, caption, group));
      menu.getItems().add(item);
    }
  }

  private static void insert(ComposeViewModel model, TextInputControl caption, HashtagGroup group) {
    int caret = caption.getCaretPosition();
    String text = HashtagInsertion.at(caption.getText(), caret, group.tags());
    if (text.isEmpty()) {
      model.showNotice("Every hashtag of “" + group.name() + "” is already in the caption.");
      return;
    }
    caption.insertText(caret, text);
    caption.requestFocus();
    caption.positionCaret(caret + text.length());
  }
}
