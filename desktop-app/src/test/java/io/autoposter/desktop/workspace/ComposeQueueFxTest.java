package io.autoposter.desktop.workspace;

import static io.autoposter.desktop.queue.FxScreens.awaitFx;
import static io.autoposter.desktop.queue.FxScreens.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.FxScreens;
import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.FxTaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.PostingSlot;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The composer on Monocle: "Add to queue" and the hashtag group menu, with screenshots. */
class ComposeQueueFxTest {

  // QueueFixture.NOW is Tuesday 1 December 2026, 09:00 in Rome.
  private static final Brand ROMA =
      QueueFixture.ROMA
          .withPostingSlots(
              List.of(
                  new PostingSlot(DayOfWeek.TUESDAY, LocalTime.of(12, 30)),
                  new PostingSlot(DayOfWeek.THURSDAY, LocalTime.of(18, 5)),
                  new PostingSlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0))))
          .withHashtagGroups(
              List.of(
                  new HashtagGroup("Dinner", List.of("#TrattoriaRoma", "#cena", "#pasta")),
                  new HashtagGroup(
                      "Truffle season",
                      List.of("#tartufo", "#autunno", "#foodie", "#romafood", "#italianfood")),
                  new HashtagGroup("Weekend brunch", List.of("#brunch", "#domenica"))));
  private static final Instant TUESDAY_1230 = Instant.parse("2026-12-01T11:30:00Z");
  private static final Instant THURSDAY_1805 = Instant.parse("2026-12-03T17:05:00Z");

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private LocalStore store;
  private FxTaskExecutor tasks;
  private Stage stage;
  private final SimpleObjectProperty<Brand> brand = new SimpleObjectProperty<>(ROMA);

  @AfterEach
  void close() throws Exception {
    FxScreens.close();
    if (tasks != null) {
      tasks.close();
    }
    store.close();
  }

  private ComposeViewModel open(boolean dark) throws Exception {
    store = LocalStore.open(dir.resolve("local"));
    List<Brand> brands = new ArrayList<>(QueueFixture.BRANDS);
    brands.set(0, ROMA);
    List<Post> posts = new ArrayList<>(QueueFixture.posts());
    posts.add(
        new Post(
            PostId.random(),
            ROMA.id(),
            "Lunch menu of the week",
            Set.of(Network.INSTAGRAM),
            TUESDAY_1230,
            ROMA.zone(),
            PostStatus.SCHEDULED,
            ""));
    QueueFixture.fill(store, brands, posts);
    tasks = new FxTaskExecutor();
    ComposeViewModel model =
        new ComposeViewModel(
            brand,
            store,
            () -> {},
            tasks,
            QueueFixture.CLOCK,
            ZoneId.of("Europe/Rome"),
            saved -> {},
            () -> {});
    stage =
        FxScreens.show(
            () -> {
              ComposePane pane = new ComposePane(model, model::newPost, () -> {});
              ScrollPane scroll = new ScrollPane(pane);
              scroll.setFitToWidth(true);
              scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
              scroll.getStyleClass().add("compose-scroll");
              BorderPane side = new BorderPane(scroll);
              side.setBottom(pane.actionBar());
              StackPane root = new StackPane(side);
              root.setPadding(new Insets(0));
              root.getStyleClass().add("compose-scroll");
              return root;
            },
            dark);
    onFx(
        () -> {
          // The composer's width in the main window, not the whole screen.
          stage.setWidth(700);
          return null;
        });
    return model;
  }

  @Test
  void addToQueueSchedulesInTheNextFreeSlot() throws Exception {
    ComposeViewModel model = open(false);
    robot.clickOn("#caption").write("Tonight: cacio e pepe the Roman way 🧀");

    robot.clickOn("#addToQueue");

    awaitFx(
        "the post is queued",
        () ->
            store.postsDueBetween(ROMA.id(), THURSDAY_1805, THURSDAY_1805.plusSeconds(1)).stream()
                .map(LocalPost::post)
                .anyMatch(p -> p.caption().startsWith("Tonight: cacio e pepe")));
    awaitFx("the message", () -> model.messageProperty().get().startsWith("Scheduled for"));
    assertThat(model.messageProperty().get()).startsWith("Scheduled for Thu 3 Dec, 18:05");
  }

  @Test
  void aBrandWithoutSlotsSaysWhereToAddThem() throws Exception {
    ComposeViewModel model = open(false);
    onFx(
        () -> {
          brand.set(QueueFixture.NORDLICHT);
          return null;
        });
    robot.clickOn("#caption").write("Frische Brötchen ab 6 Uhr");

    robot.clickOn("#addToQueue");

    awaitFx("the hint", () -> model.messageProperty().get().contains("no posting slots yet"));
    robot.clickOn("#hashtagGroupsButton");
    awaitFx("the empty menu", () -> robot.lookup("#noHashtagGroups").tryQuery().isPresent());
    PopupScreenshot.of(stage, "86-compose-no-hashtag-groups");
  }

  @Test
  void aHashtagGroupIsInsertedAtTheCaretLight() throws Exception {
    insertsAGroup(false, "85-compose-hashtag-groups");
  }

  @Test
  void aHashtagGroupIsInsertedAtTheCaretDark() throws Exception {
    insertsAGroup(true, "85-compose-hashtag-groups-dark");
  }

  private void insertsAGroup(boolean dark, String screenshot) throws Exception {
    ComposeViewModel model = open(dark);
    robot
        .clickOn("#caption")
        .write(
            "Truffle season is here! From Friday our chef shaves fresh white truffle over"
                + " hand-cut tagliolini. Book a table:");
    robot.clickOn("#hashtagGroupsButton");
    awaitFx(
        "the groups",
        () ->
            robot.lookup(".hashtag-group-choice").queryAll().size() == ROMA.hashtagGroups().size());
    PopupScreenshot.of(stage, screenshot);

    robot.clickOn("Truffle season");

    awaitFx("the tags", () -> model.captionProperty().get().endsWith("#italianfood"));
    assertThat(model.captionProperty().get())
        .endsWith("Book a table: #tartufo #autunno #foodie #romafood #italianfood");
  }
}
