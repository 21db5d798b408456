package io.autoposter.desktop.ui;

/**
 * The app's keyboard shortcuts, as the Settings screen lists them and the window installs them.
 * {@code keys} use JavaFX's accelerator syntax ("Shortcut" is Ctrl, or Cmd on a Mac).
 */
public enum Shortcut {
  NEW_POST("Shortcut+N", "New post"),
  SCHEDULE("Shortcut+Enter", "Schedule the post in the composer"),
  SEARCH("Shortcut+K", "Search all posts"),
  QUEUE("Shortcut+Shift+Q", "Open the queue"),
  CALENDAR("Shortcut+Shift+C", "Open the calendar"),
  SWITCH_BRAND("Shortcut+B", "Switch brand"),
  BRAND_BY_NUMBER("Shortcut+1 … 9", "Go to the first … ninth brand");

  private final String keys;
  private final String action;

  Shortcut(String keys, String action) {
    this.keys = keys;
    this.action = action;
  }

  public String keys() {
    return keys;
  }

  /** The keys as people read them on this system, such as "Ctrl+N" or "⌘N". */
  public String display(boolean mac) {
    return mac
        ? keys.replace("Shortcut+", "⌘").replace("Shift+", "⇧")
        : keys.replace("Shortcut", "Ctrl");
  }

  public String action() {
    return action;
  }
}
