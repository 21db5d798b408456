package io.autoposter.desktop.app;

import javafx.application.Application;

/**
 * The main class. It must not extend {@link Application}: launched from the class path, such a main
 * class fails the JavaFX module check, while this indirection starts fine.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    RenderingPipeline.applyDefault();
    // The slowest step of a start (opening the local database) runs while JavaFX starts.
    StorePreload.begin(AppSettings.from(java.util.List.of(args), System.getenv()).dataDir());
    Application.launch(AutoposterApp.class, args);
  }
}
