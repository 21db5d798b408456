package io.autoposter.desktop.queue;

import io.autoposter.desktop.app.AutoposterApp;
import io.autoposter.desktop.testing.Await;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

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
    try {
      return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  public static void awaitFx(String what, Callable<Boolean> condition) {
    Await.until(what, Duration.ofSeconds(20), () -> onFx(condition));
  }

  /** Writes the stage's scene as {@code target/screenshots/<name>.png}. */
  public static Path screenshot(Stage stage, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage image =
        onFx(
            () -> {
              stage.getScene().getRoot().applyCss();
              stage.getScene().getRoot().layout();
              return stage.getScene().snapshot(null);
            });
    BufferedImage png = SwingFXUtils.fromFXImage(image, null);
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    ImageIO.write(png, "png", file.toFile());
    return file;
  }
}
