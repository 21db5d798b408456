package io.autoposter.desktop.settings;

import io.autoposter.desktop.ui.Shortcut;
import io.autoposter.desktop.ui.ThemeChoice;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The Settings screen: the theme (saved for next time) and the keyboard shortcuts. */
public final class SettingsViewModel {

  private final ObjectProperty<ThemeChoice> theme;
  private final boolean mac;

  /**
   * @param current the theme in use
   * @param onChange applies and saves a new choice
   * @param mac whether to show Mac key names
   */
  public SettingsViewModel(ThemeChoice current, Consumer<ThemeChoice> onChange, boolean mac) {
    this.theme = new SimpleObjectProperty<>(Objects.requireNonNull(current, "current"));
    this.mac = mac;
    Objects.requireNonNull(onChange, "onChange");
    theme.addListener(
        (obs, old, now) -> {
          if (now != null) {
            onChange.accept(now);
          }
        });
  }

  public ObjectProperty<ThemeChoice> themeProperty() {
    return theme;
  }

  /** Each shortcut as a pair of its keys and what it does. */
  public List<ShortcutLine> shortcuts() {
    return java.util.Arrays.stream(Shortcut.values())
        .map(s -> new ShortcutLine(s.display(mac), s.action()))
        .toList();
  }

  /** One row of the shortcut list. */
  public record ShortcutLine(String keys, String action) {}
}
