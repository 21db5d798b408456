package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.accounts.AccountHealthBook;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.quota.PostingQuota;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.rules.Severity;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.PullResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composer checks X's and Instagram's posts per 24 hours offline, from the brand's posts on
 * this computer, with the rule the server refuses by; without the toolkit.
 */
class ComposeQuotaTest {
  private static final Brand ROMA = ComposeViewModelTest.ROMA;

  /** 20 Jan 2026 09:00 in Rome. */
  private static final Instant DUE = Instant.parse("2026-01-20T08:00:00Z");

  @TempDir Path dir;
  private LocalStore store;
  private ComposeViewModel model;

  @BeforeEach
  void setUp() {
    store = LocalStore.open(dir.resolve("local"));
    store.applyPage(new PullResponse(List.of(new BrandChanged(1, ROMA)), 1, false, 0, 1));
    model =
        new ComposeViewModel(
            new SimpleObjectProperty<>(ROMA),
            store,
            () -> {},
            TaskExecutor.sameThread(),
            ComposeViewModelTest.NOW,
            ZoneId.of("Europe/Rome"),
            saved -> {},
            () -> {},
            AccountHealthBook.inMemory());
    model.captionProperty().set("Pizza night on Friday!");
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  /** {@code count} scheduled posts to {@code network}, one a minute from {@code first}. */
  private void planned(Network network, int count, Instant first, PostStatus status) {
    for (int i = 0; i < count; i++) {
      store.recordEdit(
          new Post(
              PostId.random(),
              ROMA.id(),
              "Planned " + i,
              Set.of(network),
              first.plus(Duration.ofMinutes(i)),
              ROMA.zone(),
              status,
              ""));
    }
  }

  private void dueAtNineOnThe20th() {
    model.dueDateProperty().set(LocalDate.of(2026, 1, 20));
    model.dueTimeProperty().set("09:00");
  }

  private List<Finding> quota() {
    return model.findings().stream().filter(f -> f.code().startsWith("QUOTA_")).toList();
  }

  @Test
  void aFullDayOnXIsAnErrorThatBlocksSchedulingButNotTheDraft() {
    planned(
        Network.X, PostingQuota.X_PER_DAY, DUE.minus(Duration.ofHours(10)), PostStatus.SCHEDULED);
    model.networkProperty(Network.X).set(true);
    dueAtNineOnThe20th();

    assertThat(quota())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo(
                      "X allows 100 posts in 24 hours for this brand, and 100 are already planned"
                          + " between Mon 19 Jan 23:00 and Tue 20 Jan 23:00. Move this post or one"
                          + " of those.");
            });
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.blockedReasonProperty().get()).contains("posting limit");
    assertThat(model.canSaveDraftProperty().get()).isTrue();

    // A day later the window is free again.
    model.dueDateProperty().set(LocalDate.of(2026, 1, 21));
    assertThat(quota()).isEmpty();
    assertThat(model.canScheduleProperty().get()).isTrue();
  }

  @Test
  void draftsAndOtherNetworksDoNotCountAndNinetyPercentWarns() {
    planned(Network.X, 95, DUE.minus(Duration.ofHours(2)), PostStatus.SCHEDULED);
    planned(Network.X, 30, DUE.minus(Duration.ofHours(1)), PostStatus.DRAFT);
    planned(Network.LINKEDIN, 30, DUE.minus(Duration.ofHours(1)), PostStatus.SCHEDULED);
    model.networkProperty(Network.X).set(true);
    model.networkProperty(Network.LINKEDIN).set(true);
    dueAtNineOnThe20th();

    assertThat(quota())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("QUOTA_NEAR");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).startsWith("X: this is post 96 of 100 allowed in 24 hours");
            });
    assertThat(model.canScheduleProperty().get()).isTrue();
  }

  @Test
  void typingDoesNotReadTheStoreAgainButANewTimeDoes() {
    model.networkProperty(Network.INSTAGRAM).set(true);
    dueAtNineOnThe20th();
    assertThat(quota()).isEmpty();

    // Another laptop's posts arrive; typing alone does not read them (no database per keystroke)…
    planned(Network.INSTAGRAM, PostingQuota.INSTAGRAM_PER_DAY, DUE, PostStatus.PUBLISHED);
    model.captionProperty().set("Pizza night on Friday! Book now.");
    assertThat(quota()).isEmpty();

    // …a new due time does.
    model.dueTimeProperty().set("09:05");
    assertThat(quota()).extracting(Finding::code).containsExactly("QUOTA_FULL");
  }
}
