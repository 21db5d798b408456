package io.autoposter.desktop.preview;

import static io.autoposter.desktop.queue.FxScreens.awaitFx;
import static io.autoposter.desktop.queue.FxScreens.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.queue.FxScreens;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The preview cards on Monocle: texts the follower sees, and screenshots in both themes. */
class PreviewPaneFxTest {

  static final Brand ROMA =
      new Brand(BrandId.random(), "Trattoria Roma", ZoneId.of("Europe/Rome"), "#B91C1C");

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private final Map<String, Path> files = new HashMap<>();

  @AfterEach
  void close() throws Exception {
    FxScreens.close();
  }

  private MediaRef picture(char digit, int width, int height, Color from, Color to)
      throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, from, width, height, to));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(255, 255, 255, 180));
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    Path file = dir.resolve(digit + ".png");
    ImageIO.write(image, "png", file.toFile());
    MediaRef ref = new MediaRef(String.valueOf(digit).repeat(64), "image/png", 1000, width, height);
    files.put(ref.sha256(), file);
    return ref;
  }

  private Stage showAll(Post post, boolean dark) throws Exception {
    return FxScreens.show(
        () -> {
          HBox row = new HBox(16);
          row.setPadding(new Insets(16));
          for (Network network : post.networks()) {
            PreviewPane pane =
                new PreviewPane(
                    new SimpleObjectProperty<>(post),
                    new SimpleObjectProperty<>(ROMA),
                    sha -> Optional.ofNullable(files.get(sha)));
            pane.show(network);
            VBox column = new VBox(6, new Label(network.displayName()), pane.node());
            column.setPrefWidth(PreviewCards.WIDTH + 8);
            row.getChildren().add(column);
          }
          return new javafx.scene.control.ScrollPane(row);
        },
        dark);
  }

  @Test
  void eachNetworksCardWithPicturesAndLongCaption() throws Exception {
    List<MediaRef> media =
        List.of(
            picture('a', 1080, 1350, new Color(0xC2410C), new Color(0xFDE68A)),
            picture('b', 1080, 1080, new Color(0x0F766E), new Color(0xA7F3D0)));
    Post post =
        NetworkPreviewTest.post(
            NetworkPreviewTest.LONG,
            Set.of(Network.INSTAGRAM, Network.FACEBOOK, Network.LINKEDIN),
            media);
    for (boolean dark : new boolean[] {false, true}) {
      Stage stage = showAll(post, dark);
      awaitFx("three cards", () -> robot.lookup("#previewText").queryAll().size() == 3);
      assertThat(robot.lookup("#previewMore").queryAll())
          .as("Instagram and LinkedIn cut")
          .hasSize(2);
      FxScreens.screenshot(stage, dark ? "70-preview-networks-dark" : "70-preview-networks-light");
      FxScreens.close();
    }
  }

  @Test
  void xOverTheLimitWithALinkCardAndInstagramWithoutPicture() throws Exception {
    Post post =
        NetworkPreviewTest.post(
            "Tonight only 🍷 six Tuscan reds, one sommelier and a cheese board that deserves its own"
                + " post. Seats are limited: https://www.trattoria-roma.it/eventi/degustazione-vini"
                + " — reply with how many you are and we'll keep your table. "
                + "Salute! ".repeat(20),
            Set.of(Network.X, Network.INSTAGRAM),
            List.of());
    Stage stage = showAll(post, false);
    awaitFx("two cards", () -> robot.lookup("#previewText").queryAll().size() == 2);

    Label counter = robot.lookup("#xCounter").queryAs(Label.class);
    assertThat(counter.getText()).endsWith("/280");
    assertThat(counter.getStyleClass()).contains("counter-over");
    assertThat(robot.lookup("#previewLinkCard").queryAll()).hasSize(1);
    assertThat(robot.lookup("#previewPlaceholder").queryLabeled().getText())
        .isEqualTo("No picture yet — Instagram needs one");
    FxScreens.screenshot(stage, "71-preview-x-over-limit-no-picture");
  }

  @Test
  void rightToLeftCaptionOnFacebook() throws Exception {
    Post post =
        NetworkPreviewTest.post(
            "عرض خاص: بيتزا مارغريتا بنصف السعر كل ثلاثاء! احجز طاولتك الآن 🍕",
            Set.of(Network.FACEBOOK),
            List.of());
    Stage stage = showAll(post, true);
    awaitFx("the card", () -> robot.lookup("#previewText").tryQuery().isPresent());
    assertThat(onFx(() -> robot.lookup("#previewText").query().getNodeOrientation().name()))
        .isEqualTo("RIGHT_TO_LEFT");
    FxScreens.screenshot(stage, "72-preview-rtl-dark");
  }

  @Test
  void anXThreadShowsEachTweetUnderTheOneBefore() throws Exception {
    Post post =
        NetworkPreviewTest.post(
            "1/ Our autumn menu is here 🍂 Five new dishes, all from the market on Via Cola di"
                + " Rienzo.\n---\n2/ Pumpkin ravioli with sage butter and amaretti crumbs.\n---\n"
                + "3/ Slow-cooked ragù, hand-rolled pappardelle. Book: https://www.trattoria-roma.it/prenota",
            Set.of(Network.X),
            List.of(picture('c', 1200, 675, new Color(0x7C2D12), new Color(0xFBBF24))));
    for (boolean dark : new boolean[] {false, true}) {
      Stage stage = showAll(post, dark);
      awaitFx("the thread", () -> robot.lookup("#previewReply3").tryQuery().isPresent());
      assertThat(robot.lookup("#xCounter").queryAs(Label.class).getText())
          .isEqualTo("3 tweets · longest 89/280");
      assertThat(onFx(() -> robot.lookup("#previewReply2").queryAll().size())).isEqualTo(1);
      FxScreens.screenshot(stage, dark ? "73-preview-x-thread-dark" : "73-preview-x-thread-light");
      FxScreens.close();
    }
  }
}
