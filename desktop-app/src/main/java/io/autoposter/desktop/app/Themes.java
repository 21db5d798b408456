package io.autoposter.desktop.app;

import io.autoposter.desktop.ui.ThemeChoice;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.ColorScheme;
import javafx.application.Platform;

/**
 * The theme in use: the user's choice (saved in {@code preferences.properties} in the data
 * directory), following the system's light or dark mode by default and while it changes.
 */
final class Themes {

  private static final Logger LOG = Logger.getLogger(Themes.class.getName());
  private static final String FILE = "preferences.properties";
  private static final String KEY = "theme";

  private final Path file;
  private ThemeChoice choice;

  private Themes(Path file, ThemeChoice choice) {
    this.file = file;
    this.choice = choice;
  }

  /**
   * The saved choice under {@code dataDir}, or {@code forceDark} for this run (the {@code --dark}
   * flag), else following the system.
   */
  static Themes load(Path dataDir, boolean forceDark) {
    Path file = dataDir.resolve(FILE);
    ThemeChoice saved = ThemeChoice.SYSTEM;
    if (Files.isRegularFile(file)) {
      Properties properties = new Properties();
      try (Reader in = Files.newBufferedReader(file)) {
        properties.load(in);
        saved = parse(properties.getProperty(KEY));
      } catch (IOException | RuntimeException unreadable) {
        LOG.log(
            Level.WARNING, "Could not read " + file + "; following the system theme", unreadable);
      }
    }
    return new Themes(file, forceDark ? ThemeChoice.DARK : saved);
  }

  static ThemeChoice parse(String value) {
    if (value == null) {
      return ThemeChoice.SYSTEM;
    }
    try {
      return ThemeChoice.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return ThemeChoice.SYSTEM;
    }
  }

  ThemeChoice choice() {
    return choice;
  }

  /** Applies the current choice now and whenever the system switches between light and dark. */
  void follow() {
    apply();
    Platform.getPreferences().colorSchemeProperty().addListener((obs, old, now) -> apply());
  }

  /** Switches to {@code next}, saves it, and applies it. */
  void choose(ThemeChoice next) {
    choice = next;
    save();
    apply();
  }

  boolean dark() {
    return choice.dark(Platform.getPreferences().getColorScheme() == ColorScheme.DARK);
  }

  private void apply() {
    AutoposterApp.applyTheme(dark());
  }

  private void save() {
    Properties properties = new Properties();
    properties.setProperty(KEY, choice.name().toLowerCase(Locale.ROOT));
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(file)) {
        properties.store(out, "Autoposter desktop preferences");
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not save the theme to " + file, e);
    }
  }
}
