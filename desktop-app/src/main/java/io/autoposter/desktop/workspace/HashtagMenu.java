package io.autoposter.desktop.workspace;

import atlantafx.base.controls.Popover;
import atlantafx.base.theme.Styles;
import io.autoposter.model.Brand;
import io.autoposter.model.HashtagGroup;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "#" button above the caption: a list of the post's brand's hashtag groups; choosing one
 * inserts its tags at the caret of the caption being edited (the main caption or a network's own).
 */
final class HashtagMenu {

  private HashtagMenu() {}

  static Button button(ComposeViewModel model, TextInputControl caption) {
    Button open = new Button(null, new FontIcon(Feather.HASH));
    open.setId("hashtagGroupsButton");
    open.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
    open.setTooltip(new Tooltip("Insert a hashtag group"));
    VBox list = new VBox(2);
    list.setId("hashtagGroupList");
    list.setPrefWidth(360);
    Popover popover = new Popover(list);
    popover.setArrowLocation(Popover.ArrowLocation.TOP_RIGHT);
    popover.setDetachable(false);
    open.setOnAction(
        e -> {
          if (popover.isShowing()) {
            popover.hide();
          } else {
            // Filled when opened, so it shows the brand's groups as last synced.
            fill(list, popover, model, caption);
            popover.show(open);
          }
        });
    open.disableProperty().bind(caption.editableProperty().not());
    return open;
  }

  private static void fill(
      VBox list, Popover popover, ComposeViewModel model, TextInputControl caption) {
    list.getChildren().clear();
    Brand brand = model.previewBrand();
    if (brand == null || brand.hashtagGroups().isEmpty()) {
      Label empty =
          new Label(
              brand == null
                  ? "Choose a brand first."
                  : "No hashtag groups for " + brand.name() + " — add them under Brands.");
      empty.setId("noHashtagGroups");
      empty.setWrapText(true);
      empty.getStyleClass().add(Styles.TEXT_MUTED);
      list.getChildren().add(empty);
      return;
    }
    Label title = new Label("Hashtag groups of " + brand.name());
    title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    list.getChildren().add(title);
    for (HashtagGroup group : brand.hashtagGroups()) {
      Label name = new Label(group.name());
      name.getStyleClass().add(Styles.TEXT_BOLD);
      Label tags =
          new Label(group.tags().isEmpty() ? "No hashtags yet" : String.join(" ", group.tags()));
      tags.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      tags.setMaxWidth(330);
      tags.setTextOverrun(OverrunStyle.ELLIPSIS);
      VBox text = new VBox(2, name, tags);
      Button pick = new Button(null, text);
      pick.setTooltip(new Tooltip(String.join(" ", group.tags())));
      pick.getStyleClass().addAll(Styles.FLAT, "hashtag-group-choice");
      pick.setAlignment(Pos.CENTER_LEFT);
      pick.setMaxWidth(Double.MAX_VALUE);
      pick.setDisable(group.tags().isEmpty());
      pick.setOnAction(
          e -> {
            popover.hide();
            insert(model, caption, group);
          });
      list.getChildren().add(pick);
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
