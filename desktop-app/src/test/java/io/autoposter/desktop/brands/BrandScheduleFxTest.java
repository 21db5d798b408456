package io.autoposter.desktop.brands;

import static io.autoposter.desktop.queue.FxScreens.awaitFx;
import static io.autoposter.desktop.queue.FxScreens.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.FxScreens;
import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.testing.TestClients;
import io.autoposter.desktop.ui.FxTaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.PostingSlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The brand form's posting slots and hashtag groups on Monocle, with screenshots. */
class BrandScheduleFxTest {

  private static final Brand ROMA =
      FakeServer.ROMA
          .withPostingSlots(
              List.of(
                  new PostingSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0)),
                  new PostingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(12, 30)),
                  new PostingSlot(DayOfWeek.THURSDAY, LocalTime.of(18, 0)),
                  new PostingSlot(DayOfWeek.FRIDAY, LocalTime.of(19, 30)),
                  new PostingSlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0)),
                  new PostingSlot(DayOfWeek.SUNDAY, LocalTime.of(11, 15))))
          .withHashtagGroups(
              List.of(
                  new HashtagGroup("Dinner", List.of("#TrattoriaRoma", "#cena", "#pasta")),
                  new HashtagGroup(
                      "Truffle season",
                      List.of(
                          "#tartufo",
                          "#autunno",
                          "#foodie",
                          "#romafood",
                          "#italianfood",
                          "#trufflelover",
                          "#cucinaitaliana"))));
  private static final Brand VERDE =
      new Brand(
          BrandId.parse("22222222-3333-4444-5555-666666666666"),
          "Studio Verde",
          ZoneId.of("Europe/Berlin"),
          "#15803D");

  private final FakeServer server = new FakeServer();
  private final ServerClient client = TestClients.signedIn(server);
  private final FxRobot robot = new FxRobot();
  private FxTaskExecutor tasks;
  private Stage stage;

  @AfterEach
  void close() throws Exception {
    FxScreens.close();
    if (tasks != null) {
      tasks.close();
    }
    client.close();
    server.close();
  }

  private BrandsViewModel open(boolean dark) throws Exception {
    server.admin().brands.add(ROMA);
    server.admin().brands.add(VERDE);
    tasks = new FxTaskExecutor();
    BrandsViewModel model = new BrandsViewModel(client.brandAdmin(), true, tasks, () -> {});
    stage =
        FxScreens.show(
            () -> {
              BrandsView view = new BrandsView(model);
              model.load();
              return view.root();
            },
            dark);
    awaitFx("the brands", () -> model.brands().size() == 2);
    onFx(
        () -> {
          ((ListView<?>) robot.lookup("#brandList").query()).getSelectionModel().select(1);
          return null;
        });
    awaitFx("the form", () -> model.formOpenProperty().get());
    return model;
  }

  private void scrollFormTo(double value) {
    onFx(
        () -> {
          robot.lookup("#brandFormScroll").queryAs(ScrollPane.class).setVvalue(value);
          return null;
        });
  }

  @Test
  void aSlotAndAGroupAddedInTheFormAreSaved() throws Exception {
    open(false);
    FxScreens.screenshot(stage, "87-brands-slots-and-hashtags");
    scrollFormTo(1);
    FxScreens.screenshot(stage, "87-brands-slots-and-hashtags-scrolled");

    onFx(
        () -> {
          robot.lookup("#slotDay").queryComboBox().getSelectionModel().select(DayOfWeek.TUESDAY);
          robot.lookup("#slotTime").queryTextInputControl().setText("8:45");
          return null;
        });
    robot.clickOn("#addSlot");
    scrollFormTo(1);
    robot.clickOn("#addHashtagGroup");
    awaitFx("the new group", () -> robot.lookup(".hashtag-group-tags").queryAll().size() == 3);
    TextArea tags =
        (TextArea) robot.lookup(".hashtag-group-tags").queryAll().stream().toList().get(2);
    onFx(
        () -> {
          tags.setText("brunch #domenica");
          return null;
        });
    robot.clickOn("#saveBrand");

    awaitFx(
        "saved",
        () ->
            server.admin().brands.getFirst().postingSlots().size()
                == ROMA.postingSlots().size() + 1);
    Brand saved = server.admin().brands.getFirst();
    assertThat(saved.postingSlots())
        .contains(new PostingSlot(DayOfWeek.TUESDAY, LocalTime.of(8, 45)));
    assertThat(saved.hashtagGroups().getLast())
        .isEqualTo(new HashtagGroup("New group", List.of("#brunch", "#domenica")));
  }

  @Test
  void darkWithAWrongTag() throws Exception {
    BrandsViewModel model = open(true);
    FxScreens.screenshot(stage, "87-brands-slots-and-hashtags-dark");
    onFx(
        () -> {
          model.schedule().groups().getFirst().tagsProperty().set("#TrattoriaRoma #cena e pepe!");
          return null;
        });
    robot.clickOn("#saveBrand");
    awaitFx("the error", () -> !model.remote().errorProperty().get().isEmpty());
    FxScreens.screenshot(stage, "88-brands-hashtag-error-dark");
    assertThat(model.remote().errorProperty().get())
        .contains("'#pepe!' in hashtag group 'Dinner' is not a hashtag");
  }
}
