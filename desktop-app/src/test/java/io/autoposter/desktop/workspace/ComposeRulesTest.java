package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.PullResponse;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composer runs the shared rules engine on the whole form (captions per network, first comment,
 * media) and edits per-network captions; without the toolkit, on a real local store.
 */
class ComposeRulesTest {

  @TempDir Path dir;
  private LocalStore store;
  private ComposeViewModel model;
  private final List<LocalPost> saved = new ArrayList<>();
  private final SimpleObjectProperty<Brand> brand =
      new SimpleObjectProperty<>(ComposeViewModelTest.ROMA);

  @BeforeEach
  void setUp() {
    store = LocalStore.open(dir.resolve("local"));
    store.applyPage(
        new PullResponse(List.of(new BrandChanged(1, ComposeViewModelTest.ROMA)), 1, false, 0, 1));
    model =
        new ComposeViewModel(
            brand,
            store,
            () -> {},
            TaskExecutor.sameThread(),
            ComposeViewModelTest.NOW,
            ZoneId.of("America/New_York"),
            saved::add,
            () -> {});
    model.networkProperty(Network.SANDBOX).set(false);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  /** A real PNG file of the given size, so the store reads its size from the header. */
  private static Path png(Path file, int width, int height) throws java.io.IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(image, "png", file.toFile());
    return file;
  }

  private List<String> codes() {
    return model.findings().stream().map(Finding::code).toList();
  }

  @Test
  void instagramWithoutAPictureIsAnErrorThatBlocksScheduling() {
    model.networkProperty(Network.INSTAGRAM).set(true);
    model.captionProperty().set("Autumn menu 🍂");

    assertThat(codes()).contains("INSTAGRAM_MEDIA_REQUIRED");
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.blockedReasonProperty().get()).isEqualTo("Fix what is marked in red first.");
  }

  @Test
  void anAttachedPictureWithItsSizeSatisfiesInstagram() throws Exception {
    Path square = png(dir.resolve("square.png"), 1080, 1080);
    model.networkProperty(Network.INSTAGRAM).set(true);
    model.captionProperty().set("Autumn menu 🍂");

    model.attach(square);

    assertThat(model.media())
        .singleElement()
        .satisfies(m -> assertThat(m.ref().width()).isEqualTo(1080));
    assertThat(codes()).doesNotContain("INSTAGRAM_MEDIA_REQUIRED");
  }

  @Test
  void aPanoramaOutsideInstagramsRatiosIsFlaggedBeforeUpload() throws Exception {
    Path wide = png(dir.resolve("wide.png"), 900, 300);
    model.networkProperty(Network.INSTAGRAM).set(true);
    model.captionProperty().set("The whole terrace");

    model.attach(wide);

    assertThat(model.findings())
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("INSTAGRAM_ASPECT_RATIO");
              assertThat(f.message()).contains("900 × 300");
            });
    assertThat(model.canScheduleProperty().get()).isFalse();
  }

  @Test
  void aNetworkGetsItsOwnCaptionWithoutChangingTheMainOne() {
    model.networkProperty(Network.X).set(true);
    model.networkProperty(Network.LINKEDIN).set(true);
    model.editorTextProperty().set("Long LinkedIn story " + "word ".repeat(70));

    model.captionScopeProperty().set(Network.X);
    assertThat(model.editorTextProperty().get()).startsWith("Long LinkedIn story");
    assertThat(codes()).contains("X_TOO_LONG");
    model.editorTextProperty().set("Short for X 🚀");

    assertThat(model.captionProperty().get()).startsWith("Long LinkedIn story");
    assertThat(model.ownCaptions()).containsOnlyKeys(Network.X);
    assertThat(codes()).doesNotContain("X_TOO_LONG");
    assertThat(model.captionScopeHintProperty().get()).contains("X gets its own caption");

    model.captionScopeProperty().set(null);
    assertThat(model.editorTextProperty().get()).startsWith("Long LinkedIn story");
  }

  @Test
  void ownCaptionsAreSavedAndLoadedBack() {
    model.networkProperty(Network.X).set(true);
    model.networkProperty(Network.FACEBOOK).set(true);
    model.editorTextProperty().set("Dinner for two on Friday");
    model.captionScopeProperty().set(Network.X);
    model.editorTextProperty().set("Dinner for two, Friday 🍷");

    model.saveDraft();

    LocalPost draft = saved.getLast();
    assertThat(draft.post().status()).isEqualTo(PostStatus.DRAFT);
    assertThat(draft.post().variants()).isEqualTo(Map.of(Network.X, "Dinner for two, Friday 🍷"));
    model.newPost();
    assertThat(model.ownCaptions()).isEmpty();
    model.load(draft);
    assertThat(model.ownCaptions()).containsEntry(Network.X, "Dinner for two, Friday 🍷");
    assertThat(model.hasUnsavedChanges()).isFalse();
  }

  @Test
  void typingTheMainCaptionBackInAScopeIsNoOverrideAndUseMainCaptionDropsOne() {
    model.networkProperty(Network.X).set(true);
    model.networkProperty(Network.FACEBOOK).set(true);
    model.editorTextProperty().set("Same everywhere");
    model.captionScopeProperty().set(Network.FACEBOOK);
    model.editorTextProperty().set("Different");
    model.editorTextProperty().set("Same everywhere");
    assertThat(model.ownCaptions()).isEmpty();

    model.editorTextProperty().set("Different again");
    model.useMainCaption(Network.FACEBOOK);
    assertThat(model.ownCaptions()).isEmpty();
    assertThat(model.editorTextProperty().get()).isEqualTo("Same everywhere");
  }

  @Test
  void unchoosingTheNetworkInScopeGoesBackToTheMainCaption() {
    model.networkProperty(Network.X).set(true);
    model.networkProperty(Network.FACEBOOK).set(true);
    model.captionScopeProperty().set(Network.X);

    model.networkProperty(Network.X).set(false);

    assertThat(model.captionScopeProperty().get()).isNull();
  }

  @Test
  void aTimeTheClocksPassTwiceIsNotScheduledUntilTheUserChooses() {
    brand.set(
        new Brand(
            ComposeViewModelTest.ROMA.id(),
            ComposeViewModelTest.ROMA.name(),
            java.time.ZoneId.of("Europe/Berlin"),
            ComposeViewModelTest.ROMA.color()));
    model.networkProperty(Network.SANDBOX).set(true);
    model.editorTextProperty().set("Late-night jazz 🎷");
    model.dueDateProperty().set(java.time.LocalDate.of(2026, 10, 25));
    model.dueTimeProperty().set("02:30");

    assertThat(model.dueQuestionProperty().get()).contains("happens twice");
    assertThat(model.dueOptions()).hasSize(2);
    assertThat(model.dueInstant()).isEmpty();
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.blockedReasonProperty().get()).contains("Choose which time you mean");

    model.dueChoiceProperty().set(model.dueOptions().get(1).instant());

    assertThat(model.dueInstant()).contains(java.time.Instant.parse("2026-10-25T01:30:00Z"));
    assertThat(model.canScheduleProperty().get()).isTrue();
    model.schedule();
    assertThat(saved.getLast().post().dueAt())
        .isEqualTo(java.time.Instant.parse("2026-10-25T01:30:00Z"));

    model.load(saved.getLast());
    assertThat(model.dueInstant())
        .as("the loaded post keeps its choice")
        .contains(java.time.Instant.parse("2026-10-25T01:30:00Z"));

    model.dueTimeProperty().set("10:00");
    assertThat(model.dueQuestionProperty().get()).isEmpty();
  }
}
