package io.autoposter.desktop.app;

import io.autoposter.desktop.testing.Fx;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;

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
    return Fx.onFx(work);
  }

  static void awaitFx(String what, Callable<Boolean> condition) {
    Fx.awaitFx(what, Duration.ofSeconds(15), condition);
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

  /** Signs in on the sign-in screen as the fake server's owner, Ana. */
  static void signIn(
      org.testfx.api.FxRobot robot, io.autoposter.desktop.testing.FakeServer server) {
    robot
        .clickOn("#serverUrl")
        .push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
        .write(server.url());
    robot.clickOn("#email").write("ana@agency.test");
    robot.clickOn("#password").write(io.autoposter.desktop.testing.FakeServer.PASSWORD);
    robot.clickOn("#signIn");
  }

  /** Writes the scene as {@code target/screenshots/<name>.png}. */
  static Path screenshot(String name) throws IOException {
    return Fx.screenshot(scene(), name);
  }
}
