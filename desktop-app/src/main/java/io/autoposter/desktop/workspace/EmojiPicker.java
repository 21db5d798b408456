package io.autoposter.desktop.workspace;

import atlantafx.base.controls.Popover;
import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A button that opens a small emoji palette; a click inserts the emoji at the caret of the text
 * field it serves (replacing a selection), and the palette stays open for the next one.
 */
final class EmojiPicker {

  /** The emoji social posts use most, by group; order is the order shown. */
  static final Map<String, List<String>> GROUPS = groups();

  private EmojiPicker() {}

  static Button button(TextInputControl target) {
    Button open = new Button(null, new FontIcon(Feather.SMILE));
    open.setId("emojiButton");
    open.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
    open.setTooltip(new javafx.scene.control.Tooltip("Insert emoji"));
    Popover popover = new Popover(palette(target));
    popover.setArrowLocation(Popover.ArrowLocation.TOP_RIGHT);
    popover.setDetachable(false);
    open.setOnAction(
        e -> {
          if (popover.isShowing()) {
            popover.hide();
          } else {
            popover.show(open);
          }
        });
    open.disableProperty().bind(target.editableProperty().not());
    return open;
  }

  private static VBox palette(TextInputControl target) {
    VBox box = new VBox(6);
    box.setId("emojiPalette");
    box.setPrefWidth(300);
    GROUPS.forEach(
        (name, emoji) -> {
          Label title = new Label(name);
          title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
          FlowPane grid = new FlowPane(2, 2);
          for (String symbol : emoji) {
            Button pick = new Button(symbol);
            pick.getStyleClass().addAll(Styles.FLAT, "emoji-choice");
            pick.setFocusTraversable(false);
            pick.setOnAction(
                e -> {
                  target.replaceSelection(symbol);
                  target.requestFocus();
                });
            grid.getChildren().add(pick);
          }
          box.getChildren().addAll(title, grid);
        });
    return box;
  }

  private static Map<String, List<String>> groups() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put(
        "Smileys", List.of("😀", "😂", "😍", "🥰", "😎", "🤩", "😉", "🙌", "👏", "🙏", "💪", "👀"));
    groups.put(
        "Food and drink",
        List.of("🍝", "🍕", "🍷", "🍸", "☕", "🍰", "🍦", "🥗", "🍣", "🥂", "🍋", "🌶️"));
    groups.put(
        "Celebration",
        List.of("🎉", "🎁", "🎄", "🎃", "🥳", "🏆", "🎶", "🎈", "💝", "🌟", "✨", "🔥"));
    groups.put(
        "Nature and travel",
        List.of("☀️", "🌸", "🍂", "❄️", "🌊", "🌍", "✈️", "🚲", "🏖️", "⛰️", "🌙", "🌈"));
    groups.put(
        "Symbols", List.of("❤️", "💚", "💙", "✅", "❗", "➡️", "📍", "📅", "⏰", "📣", "💬", "🔗"));
    return java.util.Collections.unmodifiableMap(groups);
  }
}
