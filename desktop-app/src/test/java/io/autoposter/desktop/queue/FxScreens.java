package io.autoposter.desktop.queue;

import io.autoposter.desktop.app.AutoposterApp;
import io.autoposter.desktop.testing.Fx;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * Shows one screen alone in a 1280×800 window on Monocle with the app's theme and stylesheet, and
 * writes it as a PNG: for the queue and CSV import view tests and screenshots.
 */
public final class FxScreens {

  public static final int WIDTH = 1280;
  public static final int HEIGHT = 800;

  private FxScreens() {}

  /** Opens a window showing {@code root}, in the dark theme if {@code dark}. */
  public static Stage show(Callable<Parent> root, boolean dark) throws TimeoutException {
    FxToolkit.registerPrimaryStage();
    AutoposterApp.applyTheme(dark);
    return FxToolkit.setupStage(
        stage -> {
          try {
            Scene scene = new Scene(root.call(), WIDTH, HEIGHT);
            scene.getStylesheets().add(AutoposterApp.stylesheet());
            stage.setScene(scene);
            stage.show();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /**
   * Hides the test's stages and every popup still open (a tooltip or menu left over would lie on
   * top of the next test's window and take its mouse and drag events).
   */
  public static void close() throws TimeoutException {
    FxToolkit.cleanupStages();
    onFx(
        () -> {
          new java.util.ArrayList<>(javafx.stage.Window.getWindows())
              .forEach(javafx.stage.Window::hide);
          return null;
        });
    AutoposterApp.applyTheme(false);
  }

  public static <T> T onFx(Callable<T> work) {
    return Fx.onFx(work);
  }

  public static void awaitFx(String what, Callable<Boolean> condition) {
    Fx.awaitFx(what, Duration.ofSeconds(20), condition);
  }

  /** Writes the stage's scene as {@code target/screenshots/<name>.png}. */
  public static Path screenshot(Stage stage, String name) throws IOException {
    return Fx.screenshot(stage.getScene(), name);
  }
}
