package io.autoposter.desktop.app;

import javafx.scene.Scene;

/** Runs something once, on the FX thread, after the next layout pass of a scene. */
final class AfterLayout {

  private AfterLayout() {}

  static void run(Scene scene, Runnable action) {
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          scene.removePostLayoutPulseListener(listener[0]);
          action.run();
        };
    scene.addPostLayoutPulseListener(listener[0]);
  }
}
