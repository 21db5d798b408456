package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.Debouncer;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.PullResponse;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts save themselves after a pause in typing; scheduled posts never do. */
class ComposeAutosaveTest {

  @TempDir Path dir;
  private LocalStore store;
  private ComposeViewModel model;
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
            ComposeViewModelTest.NOW,
            ZoneId.of("Europe/Rome"),
            saved::add,
            () -> {});
    model.enableAutosave(quiet);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void aNewPostBecomesADraftAfterAPauseAndKeepsWhatIsTypedNext() {
    model.editorTextProperty().set("Truffle season starts on Friday");
    assertThat(quiet.hasPending()).isTrue();

    quiet.runPending();

    assertThat(store.allPosts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.post().status()).isEqualTo(PostStatus.DRAFT);
              assertThat(p.post().caption()).isEqualTo("Truffle season starts on Friday");
            });
    assertThat(model.editingProperty().get()).isEqualTo(store.allPosts().getFirst().post().id());
    assertThat(model.messageProperty().get()).startsWith("Draft saved automatically at 13:00");
    assertThat(model.hasUnsavedChanges()).isFalse();

    model.editorTextProperty().set("Truffle season starts on Friday 🍄");
    quiet.runPending();

    assertThat(store.allPosts())
        .singleElement()
        .satisfies(p -> assertThat(p.post().caption()).endsWith("🍄"));
    assertThat(model.editorTextProperty().get()).isEqualTo("Truffle season starts on Friday 🍄");
  }

  @Test
  void nothingIsSavedForAnEmptyCaption() {
    model.editorTextProperty().set("   ");
    quiet.runPending();

    assertThat(store.allPosts()).isEmpty();
  }

  @Test
  void aScheduledPostWaitsForSave() {
    model.networkProperty(Network.SANDBOX).set(true);
    model.editorTextProperty().set("Wine tasting on Thursday");
    model.schedule();
    LocalPost scheduled = saved.getLast();
    assertThat(scheduled.post().status()).isEqualTo(PostStatus.SCHEDULED);
    model.load(store.post(scheduled.post().id()).orElseThrow());

    model.editorTextProperty().set("Wine tasting on Thursday — six Tuscan reds");
    quiet.runPending();

    assertThat(store.post(scheduled.post().id()).orElseThrow().post().caption())
        .isEqualTo("Wine tasting on Thursday");
    assertThat(model.hasUnsavedChanges()).isTrue();
  }
}
