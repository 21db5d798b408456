package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.model.api.SignInRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The two-factor step on the real screen (Monocle), typed by the robot. */
class TwoFactorSignInFxTest {

  @TempDir Path dataDir;
  private final FakeServer server =
      new FakeServer().withBrand(FakeServer.ROMA).requireTwoFactor("654321");
  private final FxRobot robot = new FxRobot();
  private AutoposterApp app;

  @BeforeEach
  void start() throws Exception {
    app = FxTestSupport.start(new AppSettings(dataDir, server.url(), false, null, null));
  }

  @AfterEach
  void stop() throws Exception {
    FxTestSupport.stop(app);
    server.close();
  }

  /** Visible with every parent, unlike {@code Node.isVisible()}. */
  private static boolean shown(javafx.scene.Node node) {
    for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void passwordThenCodeSignsIn() {
    robot.clickOn("#email").write("ana@agency.test");
    robot.clickOn("#password").write(FakeServer.PASSWORD);
    robot.clickOn("#signIn");

    awaitFx("the code step", () -> shown(robot.lookup("#oneTimeCode").query()));
    assertThat(onFx(() -> robot.lookup("#verifyCode").queryButton().isDisabled())).isTrue();

    robot.clickOn("#oneTimeCode").write("111111");
    awaitFx("verify enabled", () -> !robot.lookup("#verifyCode").queryButton().isDisabled());
    robot.clickOn("#verifyCode");
    awaitFx(
        "wrong code message", () -> !robot.lookup("#codeError").queryLabeled().getText().isEmpty());
    assertThat(onFx(() -> robot.lookup("#codeError").queryLabeled().getText()))
        .startsWith("That code didn't work.");

    robot.clickOn("#oneTimeCode").write("654321");
    robot.clickOn("#verifyCode");
    awaitFx("the app shell", () -> robot.lookup("#nav-posts").tryQuery().isPresent());
    SignInRequest last =
        server.calls().stream()
            .filter(c -> c.body() instanceof SignInRequest)
            .map(c -> (SignInRequest) c.body())
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(last.oneTimeCode()).isEqualTo("654321");
    assertThat(app.context().isSignedIn()).isTrue();
  }
}
