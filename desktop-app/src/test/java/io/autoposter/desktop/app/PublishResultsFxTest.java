package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.outcome.FixAction;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A post the server published on one account and could not on another, opened in the real app: the
 * composer's results say so per account, link to the published post and offer "Reconnect" for the
 * broken sign-in, which opens Accounts.
 */
class PublishResultsFxTest {
  private static final String OUTCOME =
      "Published to X (@trattoriaroma): https://x.example/i/web/status/1843\n"
          + "Instagram says Autoposter's access to @trattoriaroma has expired or was revoked. "
          + FixAction.RECONNECT_ACCOUNT.words();

  @TempDir Path dataDir;
  private final FakeServer server = new FakeServer();
  private final FxRobot robot = new FxRobot();
  private AutoposterApp app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxTestSupport.stop(app);
    }
    server.close();
  }

  @Test
  void aFailedPostShowsEachAccountsResultWithItsLinkAndFix() throws Exception {
    server.withBrand(QueueFixture.ROMA);
    server.withPost(failedPost());
    for (boolean dark : new boolean[] {false, true}) {
      open(dark);
      awaitFx("the results", () -> robot.lookup("#publishResults").tryQuery().isPresent());
      assertThat(onFx(() -> ((Labeled) robot.lookup("#result0").query()).getText()))
          .isEqualTo("Published to X (@trattoriaroma)");
      assertThat(onFx(() -> robot.lookup("#viewPost0").tryQuery().isPresent())).isTrue();
      assertThat(onFx(() -> ((Labeled) robot.lookup("#result1").query()).getText()))
          .startsWith("Instagram says Autoposter's access");
      assertThat(onFx(() -> ((Labeled) robot.lookup("#reconnect1").query()).getText()))
          .isEqualTo("Reconnect Instagram");
      assertThat(onFx(() -> robot.lookup("#viewPost1").tryQuery().isPresent())).isFalse();
      FxTestSupport.screenshot(dark ? "87-compose-results-dark" : "87-compose-results-light");
      if (!dark) {
        robot.clickOn("#reconnect1");
        awaitFx(
            "Accounts, reconnecting there",
            () -> robot.lookup("#reloadAccounts").tryQuery().isPresent());
      }
      FxTestSupport.stop(app);
      app = null;
    }
  }

  private static Post failedPost() {
    return new Post(
        PostId.random(),
        QueueFixture.ROMA.id(),
        "Our autumn menu is here 🍂 Pumpkin ravioli, sage butter and a glass of Chianti.",
        "",
        Map.of(),
        Set.of(Network.X, Network.INSTAGRAM),
        Set.of(),
        List.of(),
        Map.of(),
        Set.of(),
        Instant.parse("2026-12-01T11:00:00Z"),
        ZoneId.of("Europe/Rome"),
        PostStatus.FAILED,
        OUTCOME);
  }

  private void open(boolean dark) throws Exception {
    app =
        FxTestSupport.start(
            new AppSettings(
                dataDir.resolve(dark ? "dark" : "light"), "http://127.0.0.1:1", dark, null, null));
    FxTestSupport.signIn(robot, server);
    awaitFx("the failed post in the list", () -> failedCell() != null);
    robot.clickOn(onFx(this::failedCell));
  }

  private ListCell<?> failedCell() {
    return robot.lookup("#postList .list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> !c.isEmpty())
        .filter(
            c ->
                ((Parent) c)
                    .lookupAll(".status-badge").stream()
                        .anyMatch(b -> ((Labeled) b).getText().equals("Failed")))
        .findFirst()
        .orElse(null);
  }
}
