package io.autoposter.desktop.app;

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
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starting the real app on Monocle, reading FX state safely, and writing screenshots. */
final class FxTestSupport {

  private FxTestSupport() {}

  static AutoposterApp start(AppSettings settings) throws TimeoutException {
    FxToolkit.registerPrimaryStage();
    AutoposterApp.applyTheme(settings.dark());
    return (AutoposterApp) FxToolkit.setupApplication(() -> new AutoposterApp(settings));
  }

  static void stop(AutoposterApp app) throws TimeoutException {
    FxToolkit.cleanupApplication(app);
    io.autoposter.desktop.queue.FxScreens.close();
  }

  static <T> T onFx(Callable<T> work) {
    try {
      return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  static void awaitFx(String what, Callable<Boolean> condition) {
    Await.until(what, Duration.ofSeconds(15), () -> onFx(condition));
  }

  static Scene scene() {
    return onFx(
        () ->
            Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(Window::getScene)
                .findFirst()
                .orElseThrow());
  }

  /** Writes the scene as {@code target/screenshots/<name>.png}. */
  static Path screenshot(String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    Scene scene = scene();
    WritableImage image =
        onFx(
            () -> {
              scene.getRoot().applyCss();
              scene.getRoot().layout();
              return scene.snapshot(null);
            });
    BufferedImage png = SwingFXUtils.fromFXImage(image, null);
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    ImageIO.write(png, "png", file.toFile());
    return file;
  }
}
