package io.autoposter.system;

import io.autoposter.desktop.app.AppSettings;
import io.autoposter.desktop.app.AutoposterApp;
import io.autoposter.desktop.testing.FileDragSource;
import io.autoposter.desktop.testing.Fx;
import io.autoposter.model.Brand;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.api.FxToolkit;

/**
 * The real desktop app in its window, driven as a person drives it: the robot clicks, types and
 * drags; files come from a stand-in file manager window; screenshots are PNGs of the window.
 * Monocle in the normal build, a real X display with {@code -Pdisplay} (CONTRIBUTING.md).
 */
final class DesktopWindow implements AutoCloseable {
  /** Slow CI machines: every wait is generous, and only a failure waits that long. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  final FxRobot robot = new FxRobot();
  private final Stage stage;
  private final AutoposterApp app;

  private DesktopWindow(Stage stage, AutoposterApp app) {
    this.stage = stage;
    this.app = app;
  }

  /** Opens the app on {@code dataDir}, signing in at start as the demo does. */
  static DesktopWindow open(Path dataDir, String serverUrl, String email, String password)
      throws TimeoutException {
    Stage stage = FxToolkit.registerPrimaryStage();
    AutoposterApp.applyTheme(false);
    AutoposterApp app =
        (AutoposterApp)
            FxToolkit.setupApplication(
                () ->
                    new AutoposterApp(new AppSettings(dataDir, serverUrl, false, email, password)));
    Fx.onFx(
        () -> {
          stage.setX(0);
          stage.setY(0);
          stage.toFront();
          return null;
        });
    return new DesktopWindow(stage, app);
  }

  <T> T onFx(Callable<T> work) {
    return Fx.onFx(work);
  }

  /** Waits for {@code condition}; on a timeout, writes the window as walkthrough-timeout.png. */
  void await(String what, Callable<Boolean> condition) {
    try {
      Fx.awaitFx(what, PATIENCE, condition);
    } catch (AssertionError timedOut) {
      try {
        screenshot("walkthrough-timeout");
      } catch (IOException | RuntimeException e) {
        timedOut.addSuppressed(e);
      }
      throw timedOut;
    }
  }

  /**
   * Clicks {@code query} after scrolling it into view, as a person scrolls down the composer to
   * reach its lower fields. (The scroll position is set directly: Monocle's robot has no wheel.)
   */
  FxRobotInterface reveal(String query) {
    Node node = robot.lookup(query).query();
    onFx(
        () -> {
          for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll && scroll.getContent() != null) {
              scrollTo(scroll, node);
            }
          }
          return null;
        });
    await(query + " in view", () -> inViewport(node));
    return robot.clickOn(node);
  }

  private static void scrollTo(ScrollPane scroll, Node node) {
    Node content = scroll.getContent();
    double contentHeight = content.getLayoutBounds().getHeight();
    double viewport = scroll.getViewportBounds().getHeight();
    if (contentHeight <= viewport) {
      return;
    }
    Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    Bounds shown = content.sceneToLocal(scroll.localToScene(scroll.getLayoutBounds()));
    if (inContent.getMinY() >= shown.getMinY() && inContent.getMaxY() <= shown.getMaxY()) {
      return;
    }
    double top = Math.max(0, inContent.getMinY() - viewport / 3);
    scroll.setVvalue(Math.min(1, top / (contentHeight - viewport)));
    scroll.layout();
  }

  /** Wholly inside every scroll pane around it. */
  private static boolean inViewport(Node node) {
    Bounds bounds = node.localToScene(node.getBoundsInLocal());
    for (Node up = node.getParent(); up != null; up = up.getParent()) {
      if (up instanceof ScrollPane scroll) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        if (bounds.getMinY() < viewport.getMinY() || bounds.getMaxY() > viewport.getMaxY()) {
          return false;
        }
      }
    }
    return onScreen(node);
  }

  /** True once a node matching {@code query} is in the window. */
  boolean has(String query) {
    return robot.lookup(query).tryQuery().isPresent();
  }

  /** The text of the labelled node {@code query} ("" while there is none). */
  String text(String query) {
    return onFx(
        () ->
            robot
                .lookup(query)
                .tryQuery()
                .map(n -> n instanceof Labeled l ? l.getText() : "")
                .orElse(""));
  }

  /** True when the labelled node {@code query} shows its whole text, not shortened with "…". */
  boolean shownInFull(String query) {
    return onFx(
        () -> {
          Labeled labeled = robot.lookup(query).queryAs(Labeled.class);
          labeled.getScene().getRoot().layout();
          return !(labeled.lookup(".text") instanceof javafx.scene.text.Text shown)
              || shown.getText().equals(labeled.getText());
        });
  }

  /** True when the window's content fits its width (it is not laid out wider than the window). */
  boolean fitsWindow() {
    return onFx(() -> stage.getScene().getRoot().minWidth(-1) <= stage.getScene().getWidth());
  }

  /** Opens the combo box {@code query} and clicks the brand named {@code name} in its list. */
  void pickBrand(String query, String name) {
    ComboBox<?> combo = robot.lookup(query).queryAs(ComboBox.class);
    if (onFx(() -> combo.getValue() instanceof Brand b && b.name().equals(name))) {
      return;
    }
    robot.clickOn(combo);
    await("the brand list", () -> popupCell(name) != null && onScreen(popupCell(name)));
    robot.clickOn(onFx(() -> popupCell(name)));
    await(name + " chosen", () -> combo.getValue() instanceof Brand b && b.name().equals(name));
  }

  /** Laid out and inside its window, so the robot can point at it. */
  private static boolean onScreen(Node node) {
    if (!node.isVisible() || node.getScene() == null || !node.getScene().getWindow().isShowing()) {
      return false;
    }
    Bounds bounds = node.localToScene(node.getBoundsInLocal());
    return bounds.getWidth() > 0
        && bounds.getHeight() > 0
        && bounds.getMinY() >= 0
        && bounds.getMaxY() <= node.getScene().getHeight();
  }

  private ListCell<?> popupCell(String name) {
    return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> c.getScene() != null && c.getScene().getWindow() instanceof PopupWindow)
        .filter(c -> c.getItem() instanceof Brand b && b.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** Drags {@code file} from the stand-in file manager and drops it on {@code target}. */
  void dropFile(Path file, Node target) {
    FileDragSource files = FileDragSource.over(stage.getScene(), List.of(file));
    try {
      robot.drag(files.entryFor(file)).dropTo(target);
    } finally {
      files.close();
    }
  }

  /** A PNG of the app's window, {@code <screenshots.dir>/<name>.png}. */
  Path screenshot(String name) throws IOException {
    return Fx.screenshot(stage.getScene(), name);
  }

  /** A PNG of the dialog in front of the app (an alert). */
  Path screenshotDialog(String name) throws IOException {
    Window dialog =
        onFx(
            () ->
                Window.getWindows().stream()
                    .filter(w -> w.isShowing() && w != stage && !(w instanceof PopupWindow))
                    .findFirst()
                    .orElseThrow());
    return Fx.screenshot(dialog.getScene(), name);
  }

  @Override
  public void close() throws TimeoutException {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
  }
}
