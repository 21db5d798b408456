package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.workspace.ComposeViewModel;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.TokenHealth;
import io.autoposter.model.rules.Finding;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The composer flags the brand's accounts that could not publish the post, with the health the app
 * fetched after its first sync: target/screenshots/83-compose-account-health.png.
 */
class ComposeAccountHealthScreenshotTest {

  @TempDir Path dataDir;
  private final FakeServer server = new FakeServer().withBrand(FakeServer.ROMA);
  private final FxRobot robot = new FxRobot();
  private AutoposterApp app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxTestSupport.stop(app);
    }
    server.close();
  }

  private static TokenHealth health(
      Network network, String name, TokenHealth.State state, Instant end, String reason) {
    return new TokenHealth(
        new SocialAccountId(UUID.randomUUID()),
        FakeServer.ROMA.id(),
        network,
        name,
        state,
        end,
        reason,
        "Reconnect the account");
  }

  private ComposeViewModel compose() {
    return app.workspace().compose();
  }

  private List<String> codes() {
    return onFx(() -> compose().findings().stream().map(Finding::code).toList());
  }

  @Test
  void brokenAndExpiringAccountsAreFlaggedWhileComposing() throws Exception {
    server
        .admin()
        .health
        .addAll(
            List.of(
                health(
                    Network.X,
                    "@TrattoriaRoma",
                    TokenHealth.State.BROKEN,
                    null,
                    "X no longer accepts this sign-in: the account's password was changed."),
                health(
                    Network.FACEBOOK,
                    "Trattoria Roma",
                    TokenHealth.State.EXPIRING,
                    Instant.now().plus(Duration.ofDays(3)),
                    "Facebook access ends soon.")));
    app = FxTestSupport.start(new AppSettings(dataDir, server.url(), false, null, null));
    onFx(
        () -> {
          robot.lookup("#serverUrl").queryTextInputControl().setText(server.url());
          robot.lookup("#email").queryTextInputControl().setText("ana@bellavista.agency");
          robot.lookup("#password").queryTextInputControl().setText(FakeServer.PASSWORD);
          return null;
        });
    robot.clickOn("#signIn");
    awaitFx(
        "the health fetched after the first sync",
        () ->
            app.context().isSignedIn()
                && !app.context().accountHealth().of(FakeServer.ROMA.id()).isEmpty()
                && robot.lookup("#caption").tryQuery().isPresent());

    robot.clickOn("#caption").write("Pizza night on Friday! Book your table at trattoria-roma.it");
    for (Network network : List.of(Network.FACEBOOK, Network.X)) {
      CheckBox box =
          robot.lookup("#network-" + network.name().toLowerCase()).queryAs(CheckBox.class);
      if (!box.isSelected()) {
        robot.clickOn(box);
      }
    }
    onFx(
        () -> {
          compose().dueDateProperty().set(LocalDate.now(FakeServer.ROMA.zone()).plusDays(7));
          return null;
        });
    awaitFx("both flags", () -> codes().size() >= 2);

    assertThat(codes()).startsWith("ACCOUNT_ACCESS_ENDS_BEFORE_DUE", "ACCOUNT_NEEDS_RECONNECTING");
    assertThat(robot.lookup("#schedule").queryButton().isDisabled()).isTrue();
    assertThat(onFx(() -> compose().blockedReasonProperty().get()))
        .isEqualTo("Reconnect the accounts in Accounts first, or leave their networks out.");
    FxTestSupport.screenshot("83-compose-account-health");
  }
}
