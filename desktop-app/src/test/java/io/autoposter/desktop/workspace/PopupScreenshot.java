package io.autoposter.desktop.workspace;

import atlantafx.base.controls.Popover;
import io.autoposter.desktop.queue.FxScreens;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** A PNG of a window with its open menus drawn on top, where they are on screen. */
final class PopupScreenshot {

  private PopupScreenshot() {}

  static Path of(Stage stage, String name) throws IOException {
    // Popovers fade in: wait until they are drawn fully.
    FxScreens.awaitFx(
        "popovers faded in",
        () ->
            Window.getWindows().stream()
                .filter(w -> w instanceof Popover && w.isShowing())
                .map(w -> ((Popover) w).getSkin())
                .allMatch(skin -> skin != null && skin.getNode().getOpacity() >= 1));
    WaitForAsyncUtils.waitForFxEvents();
    BufferedImage image =
        FxScreens.onFx(
            () -> {
              stage.getScene().getRoot().applyCss();
              stage.getScene().getRoot().layout();
              BufferedImage base = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
              Graphics2D g = base.createGraphics();
              List<Window> popups = new ArrayList<>();
              for (Window window : Window.getWindows()) {
                if (window instanceof PopupWindow && window.isShowing()) {
                  popups.add(window);
                }
              }
              double originX = stage.getX() + stage.getScene().getX();
              double originY = stage.getY() + stage.getScene().getY();
              for (Window popup : popups) {
                // The root, not the scene: a popup's scene snapshot is filled white around it.
                Node root = popup.getScene().getRoot();
                SnapshotParameters transparent = new SnapshotParameters();
                transparent.setFill(Color.TRANSPARENT);
                BufferedImage shot =
                    SwingFXUtils.fromFXImage(root.snapshot(transparent, null), null);
                Bounds at = root.getBoundsInParent();
                g.drawImage(
                    shot,
                    (int)
                        Math.round(popup.getX() + popup.getScene().getX() + at.getMinX() - originX),
                    (int)
                        Math.round(popup.getY() + popup.getScene().getY() + at.getMinY() - originY),
                    null);
              }
              g.dispose();
              return base;
            });
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
