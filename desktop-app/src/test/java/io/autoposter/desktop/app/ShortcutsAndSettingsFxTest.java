package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.workspace.PostRow;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.PostStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Keyboard shortcuts and the Settings screen on the real app, headless. */
class ShortcutsAndSettingsFxTest {

  static final Brand GELATERIA =
      new Brand(BrandId.random(), "Gelateria Sole", ZoneId.of("America/New_York"), "#0F766E");

  @TempDir Path dataDir;
  private final FakeServer server =
      new FakeServer().withBrand(FakeServer.ROMA).withBrand(GELATERIA);
  private final FxRobot robot = new FxRobot();
  private AutoposterApp app;

  @BeforeEach
  void start() throws Exception {
    app = FxTestSupport.start(new AppSettings(dataDir, "http://127.0.0.1:1", false, null, null));
    FxTestSupport.signIn(robot, server);
    awaitFx(
        "the workspace with both brands",
        () ->
            robot.lookup("#brandSelector").tryQuery().isPresent()
                && robot.lookup("#brandSelector").queryAs(ComboBox.class).getItems().size() == 2);
  }

  @AfterEach
  void stop() throws Exception {
    FxTestSupport.stop(app);
    server.close();
  }

  @SuppressWarnings("unchecked")
  private Brand selectedBrand() {
    return onFx(() -> (Brand) robot.lookup("#brandSelector").queryAs(ComboBox.class).getValue());
  }

  @Test
  void scheduleNewPostAndSwitchBrandFromTheKeyboard() {
    robot.clickOn("#caption").write("Two scoops for the price of one, today only!");
    robot.push(KeyCode.CONTROL, KeyCode.ENTER);

    ListView<PostRow> list = robot.lookup("#postList").queryListView();
    awaitFx("the scheduled post", () -> list.getItems().size() == 1);
    assertThat(onFx(() -> list.getItems().getFirst().status())).isEqualTo(PostStatus.SCHEDULED);

    robot.clickOn(list.lookup(".list-cell"));
    awaitFx(
        "the post open in the composer",
        () -> robot.lookup("#newPost").tryQuery().map(n -> n.isVisible()).orElse(false));
    robot.push(KeyCode.CONTROL, KeyCode.N);
    awaitFx(
        "an empty composer",
        () -> robot.lookup("#caption").queryTextInputControl().getText().isEmpty());

    String first = selectedBrand().name();
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
    awaitFx("the second brand", () -> !selectedBrand().name().equals(first));
    robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
    awaitFx("the first brand again", () -> selectedBrand().name().equals(first));
  }

  @Test
  void choosingDarkInSettingsSwitchesTheThemeAndRemembersIt() throws Exception {
    robot.clickOn("#nav-settings");
    awaitFx("the settings screen", () -> robot.lookup("#theme-dark").tryQuery().isPresent());
    assertThat(robot.lookup("#shortcuts").queryAs(javafx.scene.layout.GridPane.class).getChildren())
        .isNotEmpty();

    robot.clickOn("#theme-dark");

    awaitFx(
        "the dark theme",
        () ->
            new PrimerDark().getUserAgentStylesheet().equals(Application.getUserAgentStylesheet()));
    Path saved = dataDir.resolve("preferences.properties");
    assertThat(Files.readString(saved)).contains("theme=dark");
    assertThat(Themes.load(dataDir, false).choice())
        .isEqualTo(io.autoposter.desktop.ui.ThemeChoice.DARK);
  }
}
