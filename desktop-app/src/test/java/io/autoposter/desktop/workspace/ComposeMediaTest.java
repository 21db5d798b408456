package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.Debouncer;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.PullResponse;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alt text, crops, the brand's media library and undo/redo in the composer: without the toolkit, on
 * a real local store with real picture files.
 */
class ComposeMediaTest {

  /** A clock the test moves, so typing bursts are decided without waiting. */
  static final class StepClock extends Clock {
    private Instant now = Instant.parse("2026-01-10T12:00:00Z");

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @TempDir Path dir;
  private LocalStore store;
  private ComposeViewModel model;
  private final StepClock clock = new StepClock();
  private final Debouncer.Manual quiet = Debouncer.manual();
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
            clock,
            ZoneId.of("Europe/Rome"),
            saved::add,
            () -> {});
    model.networkProperty(Network.SANDBOX).set(false);
    model.networkProperty(Network.INSTAGRAM).set(true);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  static Path jpeg(Path file, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      image.setRGB(x, height / 2, 0xC2410C);
    }
    ImageIO.write(image, "jpeg", file.toFile());
    return file;
  }

  private MediaItem attach(String name, int width, int height) throws IOException {
    model.attach(jpeg(dir.resolve(name), width, height));
    return model.media().getLast();
  }

  private List<String> codes() {
    return model.findings().stream().map(Finding::code).toList();
  }

  // ---- alt text ----

  @Test
  void altTextIsSavedWithThePostAndSentAsItsOwnField() throws IOException {
    model.captionProperty().set("Truffle risotto tonight");
    MediaItem risotto = attach("risotto.jpg", 1080, 1080);
    model.saveDraft();
    LocalPost draft = saved.getLast();
    model.load(store.post(draft.post().id()).orElseThrow());

    AltTextViewModel editor = model.altTextEditor(model.media().getFirst());
    editor.textProperty().set("A bowl of truffle risotto on a wooden table");
    assertThat(editor.save()).isTrue();
    assertThat(model.hasUnsavedChanges()).isTrue();
    model.saveDraft();

    LocalPost edited = store.post(draft.post().id()).orElseThrow();
    assertThat(edited.post().altTextFor(risotto.ref()))
        .isEqualTo("A bowl of truffle risotto on a wooden table");
    Mutation last = store.outbox(10).getLast();
    assertThat(last).isInstanceOf(EditPost.class);
    EditPost edit = (EditPost) last;
    assertThat(edit.patch().media()).as("the picture is not removed and re-added").isNull();
    assertThat(edit.patch().altTexts()).containsKey(risotto.ref().sha256());
  }

  @Test
  void theAltTextCounterUsesTheTightestLimitOfTheChosenNetworks() throws IOException {
    MediaItem risotto = attach("risotto.jpg", 1080, 1080);
    model.networkProperty(Network.X).set(true);

    AltTextViewModel editor = model.altTextEditor(risotto);
    editor.textProperty().set("r".repeat(101));

    assertThat(editor.countProperty().get()).isEqualTo("101 / 100 · Instagram's limit");
    assertThat(editor.tooLongProperty().get()).isTrue();
    assertThat(editor.save()).isFalse();
    assertThat(model.mediaEditing().altText(risotto.ref())).isEmpty();
  }

  @Test
  void aPictureWithoutAltTextIsAWarningThatGoesAwayWithIt() throws IOException {
    model.captionProperty().set("Truffle risotto tonight");
    MediaItem risotto = attach("risotto.jpg", 1080, 1080);

    assertThat(codes()).containsExactly("ALT_TEXT_MISSING");
    assertThat(model.canScheduleProperty().get()).as("a warning does not block").isTrue();

    AltTextViewModel editor = model.altTextEditor(risotto);
    editor.textProperty().set("  Risotto in a white bowl  ");
    editor.save();

    assertThat(codes()).isEmpty();
    assertThat(model.mediaEditing().altText(risotto.ref()))
        .as("surrounding spaces are dropped")
        .isEqualTo("Risotto in a white bowl");
  }

  // ---- undo and redo ----

  @Test
  void undoTakesBackATypingBurstAndRedoGivesItBack() {
    model.editorTextProperty().set("Truffle");
    clock.advance(Duration.ofMillis(200));
    model.editorTextProperty().set("Truffle risotto");
    clock.advance(Duration.ofSeconds(3));
    model.editorTextProperty().set("Truffle risotto tonight");

    model.undo();
    assertThat(model.captionProperty().get()).isEqualTo("Truffle risotto");
    model.undo();
    assertThat(model.captionProperty().get()).isEmpty();

    model.redo();
    model.redo();
    assertThat(model.captionProperty().get()).isEqualTo("Truffle risotto tonight");
    assertThat(model.canRedoProperty().get()).isFalse();
  }

  @Test
  void undoCoversNetworksFirstCommentAndDueTime() {
    model.networkProperty(Network.X).set(true);
    model.firstCommentProperty().set("Book via the link in bio");
    model.breakTypingBurst();
    model.dueTimeProperty().set("18:30");

    model.undo();
    assertThat(model.dueTimeProperty().get()).isEqualTo("09:00");
    model.undo();
    assertThat(model.firstCommentProperty().get()).isEmpty();
    model.undo();
    assertThat(model.networkProperty(Network.X).get()).isFalse();
  }

  @Test
  void undoingARemovalBringsThePictureBackWithItsAltText() throws IOException {
    MediaItem risotto = attach("risotto.jpg", 1080, 1080);
    AltTextViewModel editor = model.altTextEditor(risotto);
    editor.textProperty().set("A bowl of risotto");
    editor.save();

    model.removeMedia(model.media().getFirst());
    assertThat(model.media()).isEmpty();
    model.undo();

    assertThat(model.media()).extracting(MediaItem::ref).containsExactly(risotto.ref());
    assertThat(model.mediaEditing().altText(risotto.ref())).isEqualTo("A bowl of risotto");
    model.undo();
    assertThat(model.mediaEditing().altText(risotto.ref())).isEmpty();
  }

  @Test
  void autosaveKeepsTheHistorySoAnUndoneTextComesBackWithRedo() {
    model.enableAutosave(quiet);
    model.editorTextProperty().set("Truffle season starts on Friday");
    quiet.runPending();
    clock.advance(Duration.ofSeconds(5));
    model.editorTextProperty().set("Truffle season starts on Friday 🍄 Book now");
    quiet.runPending();

    model.undo();
    quiet.runPending();
    assertThat(store.allPosts().getFirst().post().caption())
        .isEqualTo("Truffle season starts on Friday");

    model.redo();
    quiet.runPending();
    assertThat(model.captionProperty().get())
        .isEqualTo("Truffle season starts on Friday 🍄 Book now");
    assertThat(store.allPosts().getFirst().post().caption())
        .isEqualTo("Truffle season starts on Friday 🍄 Book now");
  }

  @Test
  void aSyncReloadOfTheOpenPostKeepsItsHistory() {
    model.editorTextProperty().set("Truffle risotto tonight");
    model.saveDraft();
    model.load(store.post(saved.getLast().post().id()).orElseThrow());
    clock.advance(Duration.ofSeconds(5));
    model.editorTextProperty().set("Truffle risotto tonight 🍄");
    model.saveDraft();

    model.serverUpdated(store.post(saved.getLast().post().id()).orElseThrow());
    model.undo();

    assertThat(model.captionProperty().get()).isEqualTo("Truffle risotto tonight");
  }

  @Test
  void aLoadedPostStartsWithAnEmptyHistory() {
    model.editorTextProperty().set("Truffle risotto tonight");
    model.saveDraft();
    model.load(store.post(saved.getLast().post().id()).orElseThrow());

    assertThat(model.canUndoProperty().get()).isFalse();
  }

  // ---- crop ----

  @Test
  void aCropReplacesThePictureWithANewJpegOfTheChosenShapeAndKeepsItsAltText() throws IOException {
    MediaItem wide = attach("terrace.jpg", 1600, 1000);
    byte[] original = Files.readAllBytes(store.mediaFile(wide.ref().sha256()).orElseThrow());
    AltTextViewModel editor = model.altTextEditor(wide);
    editor.textProperty().set("The terrace at sunset");
    editor.save();

    CropViewModel crop = model.cropEditor(model.media().getFirst()).orElseThrow();
    assertThat(crop.presets())
        .extracting(MediaEditing.CropPreset::ratio)
        .containsExactly("1:1", "4:5", "1.91:1");
    crop.presetProperty().set(crop.presets().get(1));
    crop.moveBy(-10_000, 0);
    crop.apply();

    MediaRef cropped = model.media().getFirst().ref();
    assertThat(model.media()).hasSize(1);
    assertThat(cropped.sha256()).isNotEqualTo(wide.ref().sha256());
    assertThat(cropped.contentType()).isEqualTo("image/jpeg");
    assertThat(cropped.width()).isEqualTo(800);
    assertThat(cropped.height()).isEqualTo(1000);
    assertThat(model.media().getFirst().name()).isEqualTo("terrace.jpg (cropped)");
    assertThat(model.mediaEditing().altText(cropped)).isEqualTo("The terrace at sunset");
    assertThat(Files.readAllBytes(store.mediaFile(wide.ref().sha256()).orElseThrow()))
        .as("the original stays as it was")
        .isEqualTo(original);
    assertThat(store.pendingUploads())
        .extracting(u -> u.media().sha256())
        .contains(cropped.sha256());

    model.undo();
    assertThat(model.media()).extracting(MediaItem::ref).containsExactly(wide.ref());
    assertThat(model.mediaEditing().altText(wide.ref())).isEqualTo("The terrace at sunset");
  }

  @Test
  void undoingACropAfterAutosavesBringsTheAltTextBack() throws IOException {
    model.enableAutosave(quiet);
    MediaItem wide = attach("terrace.jpg", 1600, 1000);
    model.editorTextProperty().set("Terrace season");
    quiet.runPending();
    AltTextViewModel editor = model.altTextEditor(model.media().getFirst());
    editor.textProperty().set("The terrace at sunset");
    editor.save();
    quiet.runPending();
    CropViewModel crop = model.cropEditor(model.media().getFirst()).orElseThrow();
    crop.apply();
    quiet.runPending();

    model.undo();

    assertThat(model.media()).extracting(MediaItem::ref).containsExactly(wide.ref());
    assertThat(model.mediaEditing().altText(wide.ref())).isEqualTo("The terrace at sunset");
    assertThat(model.previewPostProperty().get().altTexts()).containsKey(wide.ref().sha256());
  }

  @Test
  void aPictureOfTheChosenShapeHasNothingToCrop() throws IOException {
    MediaItem square = attach("square.jpg", 1080, 1080);

    CropViewModel crop = model.cropEditor(square).orElseThrow();

    assertThat(crop.canApplyProperty().get()).isFalse();
    assertThat(crop.summaryProperty().get()).contains("nothing to cut off");
  }

  // ---- media library ----

  @Test
  void theLibraryListsTheBrandsMediaNewestFirstAndAttachesWithAltText() throws IOException {
    MediaItem older = attach("older.jpg", 1080, 1080);
    AltTextViewModel editor = model.altTextEditor(older);
    editor.textProperty().set("The old dining room");
    editor.save();
    model.editorTextProperty().set("Our old dining room");
    model.saveDraft();
    clock.advance(Duration.ofMinutes(5));
    MediaItem newer = attach("newer.jpg", 1080, 1350);
    model.editorTextProperty().set("The new terrace");
    model.saveDraft();

    MediaLibraryViewModel library = model.mediaLibrary().orElseThrow();
    library.load();

    assertThat(library.tiles())
        .extracting(t -> t.media().ref())
        .containsExactly(newer.ref(), older.ref());
    assertThat(library.tiles().get(1).title()).isEqualTo("The old dining room");
    assertThat(library.tiles().get(1).detail()).startsWith("Used ").contains("1080 × 1080");
    assertThat(library.statusProperty().get()).isEqualTo("2 pictures and videos");

    library.choose(library.tiles().get(1));

    assertThat(model.media()).extracting(MediaItem::ref).containsExactly(older.ref());
    assertThat(model.mediaEditing().altText(older.ref())).isEqualTo("The old dining room");
    model.undo();
    assertThat(model.media()).isEmpty();
  }

  @Test
  void anEmptyLibrarySaysWhatToDo() {
    MediaLibraryViewModel library = model.mediaLibrary().orElseThrow();
    library.load();

    assertThat(library.tiles()).isEmpty();
    assertThat(library.statusProperty().get()).isEqualTo(MediaLibraryViewModel.EMPTY);
  }
}
