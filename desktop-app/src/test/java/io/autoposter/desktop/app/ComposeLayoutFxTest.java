package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.model.Brand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The composer's title line and action buttons at the app's first window size: no label is cut
 * short ("Save a…", "Sche…"), for a new post and for a scheduled one, whose buttons are longest.
 */
class ComposeLayoutFxTest {

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
  void noButtonOrTitleIsCutShortForANewOrAScheduledPost() throws Exception {
    for (Brand brand : QueueFixture.BRANDS) {
      server.withBrand(brand);
    }
    QueueFixture.posts().forEach(server::withPost);
    app = FxTestSupport.start(new AppSettings(dataDir, "http://127.0.0.1:1", false, null, null));
    FxTestSupport.signIn(robot, server);
    awaitFx("a scheduled post in the list", () -> scheduledCell() != null);
    assertThat(cutShort()).as("new post").isEmpty();

    robot.clickOn(onFx(this::scheduledCell));
    awaitFx(
        "the scheduled post",
        () -> robot.lookup("#schedule").queryButton().getText().equals("Save changes"));
    FxTestSupport.screenshot("86-compose-scheduled-post-buttons");
    assertThat(cutShort()).as("scheduled post").isEmpty();
  }

  private ListCell<?> scheduledCell() {
    return robot.lookup("#postList .list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> !c.isEmpty())
        .filter(
            c ->
                ((Parent) c)
                    .lookupAll(".status-badge").stream()
                        .anyMatch(b -> ((Labeled) b).getText().equals("Scheduled")))
        .findFirst()
        .orElse(null);
  }

  private static List<Node> descendants(Node node) {
    List<Node> all = new ArrayList<>(List.of(node));
    if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> all.addAll(descendants(child)));
    }
    return all;
  }

  /** The labels in the title line and the action bar whose text is shown shortened. */
  private List<String> cutShort() {
    return onFx(
        () -> {
          app.scene().getRoot().applyCss();
          app.scene().getRoot().layout();
          List<String> cut = new ArrayList<>();
          for (Node root :
              List.of(
                  robot.lookup("#composeTitle").query().getParent(),
                  robot.lookup(".compose-actions").query())) {
            for (Node node : descendants(root)) {
              if (node instanceof Labeled labeled
                  && labeled.isVisible()
                  && labeled.getText() != null
                  && !labeled.getText().isEmpty()
                  && labeled.lookup(".text") instanceof Text shown
                  && !shown.getText().equals(labeled.getText())) {
                cut.add(labeled.getText() + " shown as " + shown.getText());
              }
            }
          }
          return cut;
        });
  }
}
