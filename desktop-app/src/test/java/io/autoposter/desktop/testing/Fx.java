package io.autoposter.desktop.testing;

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
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading FX state from a test thread, waiting for it with a deadline, and writing a scene as a PNG
 * into {@code screenshots.dir} (default {@code target/screenshots}); shared by the desktop's UI
 * tests and the walk-through in {@code system-tests}.
 */
public final class Fx {

  private Fx() {}

  /** Runs {@code work} on the FX thread and returns its result. */
  public static <T> T onFx(Callable<T> work) {
    try {
      return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  /** Waits until {@code condition}, evaluated on the FX thread, holds. */
  public static void awaitFx(String what, Duration timeout, Callable<Boolean> condition) {
    Await.until(what, timeout, () -> onFx(condition));
  }

  /** Writes {@code scene} as {@code <screenshots.dir>/<name>.png}, after a CSS and layout pass. */
  public static Path screenshot(Scene scene, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
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
