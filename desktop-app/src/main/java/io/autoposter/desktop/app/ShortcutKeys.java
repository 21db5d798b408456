package io.autoposter.desktop.app;

import io.autoposter.desktop.ui.Shortcut;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Puts the {@link Shortcut}s on the window: each runs its action wherever the focus is. */
final class ShortcutKeys {

  private static final KeyCode[] DIGITS = {
    KeyCode.DIGIT1,
    KeyCode.DIGIT2,
    KeyCode.DIGIT3,
    KeyCode.DIGIT4,
    KeyCode.DIGIT5,
    KeyCode.DIGIT6,
    KeyCode.DIGIT7,
    KeyCode.DIGIT8,
    KeyCode.DIGIT9
  };

  private ShortcutKeys() {}

  /**
   * Replaces the window's shortcuts with {@code actions}, plus Shortcut+1…9 calling {@code
   * brandByNumber} with 0…8.
   */
  static void install(Scene scene, Map<Shortcut, Runnable> actions, IntConsumer brandByNumber) {
    var accelerators = scene.getAccelerators();
    accelerators.clear();
    actions.forEach(
        (shortcut, action) ->
            accelerators.put(KeyCombination.keyCombination(shortcut.keys()), action));
    for (int i = 0; i < DIGITS.length; i++) {
      int index = i;
      accelerators.put(
          new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN),
          () -> brandByNumber.accept(index));
    }
  }
}
