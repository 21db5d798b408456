package io.autoposter.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.settings.SettingsViewModel;
import io.autoposter.desktop.ui.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesTest {

  @TempDir Path dataDir;

  @Test
  void followsTheSystemUntilTheUserChooses() {
    assertThat(Themes.load(dataDir, false).choice()).isEqualTo(ThemeChoice.SYSTEM);
    assertThat(ThemeChoice.SYSTEM.dark(true)).isTrue();
    assertThat(ThemeChoice.SYSTEM.dark(false)).isFalse();
    assertThat(ThemeChoice.LIGHT.dark(true)).isFalse();
  }

  @Test
  void theDarkFlagWinsForThisRunAndAnUnreadableFileFallsBackToTheSystem() throws Exception {
    Files.writeString(dataDir.resolve("preferences.properties"), "theme=light\n");
    assertThat(Themes.load(dataDir, false).choice()).isEqualTo(ThemeChoice.LIGHT);
    assertThat(Themes.load(dataDir, true).choice()).isEqualTo(ThemeChoice.DARK);
    Files.writeString(dataDir.resolve("preferences.properties"), "theme=purple\n");
    assertThat(Themes.load(dataDir, false).choice()).isEqualTo(ThemeChoice.SYSTEM);
  }

  @Test
  void settingsHandsTheNewChoiceOnAndListsShortcutsWithThisSystemsKeys() {
    List<ThemeChoice> applied = new ArrayList<>();
    SettingsViewModel pc = new SettingsViewModel(ThemeChoice.SYSTEM, applied::add, false);
    pc.themeProperty().set(ThemeChoice.DARK);
    assertThat(applied).containsExactly(ThemeChoice.DARK);
    assertThat(pc.shortcuts()).anySatisfy(line -> assertThat(line.keys()).isEqualTo("Ctrl+N"));

    SettingsViewModel mac = new SettingsViewModel(ThemeChoice.SYSTEM, applied::add, true);
    assertThat(mac.shortcuts()).anySatisfy(line -> assertThat(line.keys()).isEqualTo("⌘N"));
  }
}
