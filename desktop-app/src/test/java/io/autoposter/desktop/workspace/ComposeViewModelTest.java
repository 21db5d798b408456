package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.posts.PostService;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import io.autoposter.model.rules.Severity;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.PullResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without the JavaFX toolkit: properties only, same-thread executor. */
class ComposeViewModelTest {

  static final Brand ROMA =
      new Brand(BrandId.random(), "Trattoria Roma", ZoneId.of("Europe/Rome"), "#C2410C");
  static final Clock NOW = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private LocalStore store;
  private final List<LocalPost> saved = new ArrayList<>();
  private final SimpleObjectProperty<Brand> brand = new SimpleObjectProperty<>(ROMA);
  private ComposeViewModel model;

  @BeforeEach
  void setUp() {
    store = LocalStore.open(dir.resolve("local"));
    store.applyPage(new PullResponse(List.of(new BrandChanged(1, ROMA)), 1, false, 0));
    model =
        new ComposeViewModel(
            brand,
            new PostService(store, () -> {}),
            TaskExecutor.sameThread(),
            NOW,
            ZoneId.of("America/New_York"),
            saved::add);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void captionOverXLimitBlocksScheduling() {
    model.networkProperty(Network.X).set(true);
    model.captionProperty().set("a".repeat(281));

    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.findings())
        .anySatisfy(
            f -> {
              assertThat(f.network()).isEqualTo(Network.X);
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
    assertThat(model.counters()).anySatisfy(c -> assertThat(c.exceeded()).isTrue());
    assertThat(model.blockedReasonProperty().get()).contains("red");
  }

  @Test
  void nearLimitWarningDoesNotBlockScheduling() {
    model.networkProperty(Network.SANDBOX).set(false);
    model.networkProperty(Network.X).set(true);
    model.captionProperty().set("a".repeat(270));

    assertThat(model.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(model.canScheduleProperty().get()).isTrue();
  }

  @Test
  void emptyCaptionOrNoNetworkBlocksWithoutShowingAnError() {
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.findings()).isEmpty();
    model.captionProperty().set("Hello");
    model.networkProperty(Network.SANDBOX).set(false);
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.blockedReasonProperty().get()).isEqualTo("Choose at least one network.");
  }

  @Test
  void nineInTheMorningInRomeInWinterIsEightUtc() {
    model.dueDateProperty().set(LocalDate.of(2026, 1, 20));
    model.dueTimeProperty().set("09:00");
    assertThat(model.dueInstant()).contains(Instant.parse("2026-01-20T08:00:00Z"));
    assertThat(model.localTimeTextProperty().get())
        .isEqualTo("Tue 20 Jan, 03:00 your time (America/New_York)");
  }

  @Test
  void nineInTheMorningInRomeInSummerIsSevenUtc() {
    model.dueDateProperty().set(LocalDate.of(2026, 7, 1));
    model.dueTimeProperty().set("9:00");
    assertThat(model.dueInstant()).contains(Instant.parse("2026-07-01T07:00:00Z"));
  }

  @Test
  void timeInTheSpringForwardGapMovesForward() {
    // Europe/Rome skips 02:00-03:00 on 29 March 2026; 02:30 becomes 03:30 CEST = 01:30 UTC.
    model.dueDateProperty().set(LocalDate.of(2026, 3, 29));
    model.dueTimeProperty().set("02:30");
    assertThat(model.dueInstant()).contains(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void malformedTimeBlocksScheduling() {
    model.captionProperty().set("Hello");
    model.dueTimeProperty().set("nine");
    assertThat(model.dueInstant()).isEmpty();
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.blockedReasonProperty().get()).contains("09:30");
  }

  @Test
  void pastTimeBlocksScheduling() {
    model.captionProperty().set("Hello");
    model.dueDateProperty().set(LocalDate.of(2026, 1, 1));
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.blockedReasonProperty().get()).isEqualTo("Pick a time in the future.");
  }

  @Test
  void scheduleSavesThePostInTheBrandZoneAndClearsTheForm() {
    model.captionProperty().set("Pizza night on Friday!");
    model.dueDateProperty().set(LocalDate.of(2026, 1, 20));

    model.schedule();

    assertThat(saved)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.post().status()).isEqualTo(PostStatus.SCHEDULED);
              assertThat(p.post().zone()).isEqualTo(ROMA.zone());
              assertThat(p.post().dueAt()).isEqualTo(Instant.parse("2026-01-20T08:00:00Z"));
            });
    assertThat(store.pendingCount()).isEqualTo(1);
    assertThat(model.captionProperty().get()).isEmpty();
    assertThat(model.messageProperty().get()).startsWith("Scheduled for Tue 20 Jan, 09:00");
  }
}
