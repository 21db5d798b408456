package io.autoposter.desktop.app;

import javafx.application.Application;

/**
 * The main class. It must not extend {@link Application}: launched from the class path, such a main
 * class fails the JavaFX module check, while this indirection starts fine.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    Application.launch(AutoposterApp.class, args);
  }
}
