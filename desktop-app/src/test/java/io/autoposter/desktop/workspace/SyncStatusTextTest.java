package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.sync.SyncProgress;
import io.autoposter.desktop.sync.SyncStatus;
import io.autoposter.desktop.sync.SyncStatus.Kind;
import org.junit.jupiter.api.Test;

/** The sync indicator's words, without the toolkit. */
class SyncStatusTextTest {

  private final SyncStatusViewModel model = new SyncStatusViewModel();

  private static SyncStatus status(Kind kind, int pending, int conflicts) {
    return new SyncStatus(
        kind, pending, conflicts, kind == Kind.OFFLINE ? "connection refused" : "");
  }

  @Test
  void offlineWithWaitingChangesSaysTheyAreKept() {
    assertThat(SyncStatusViewModel.textOf(status(Kind.OFFLINE, 1, 0)))
        .isEqualTo("Offline — 1 change saved, syncs when back online");
    assertThat(SyncStatusViewModel.textOf(status(Kind.OFFLINE, 3, 0)))
        .isEqualTo("Offline — 3 changes saved, sync when back online");
  }

  @Test
  void offlineWithNothingWaitingSaysWorkIsSavedLocally() {
    assertThat(SyncStatusViewModel.textOf(status(Kind.OFFLINE, 0, 0)))
        .isEqualTo("Offline — changes are saved locally");
  }

  @Test
  void pendingCountsChanges() {
    model.show(status(Kind.PENDING, 2, 0));
    assertThat(model.textProperty().get()).isEqualTo("2 changes waiting");
    assertThat(model.statusVisibleProperty().get()).isTrue();
    assertThat(model.conflictsVisibleProperty().get()).isFalse();
    assertThat(model.syncActionTextProperty().get()).isEqualTo("Sync now");
  }

  @Test
  void conflictsTakePrecedenceOverSyncedAndWaiting() {
    model.show(status(Kind.SYNCED, 0, 1));
    assertThat(model.statusVisibleProperty().get()).isFalse();
    assertThat(model.conflictsVisibleProperty().get()).isTrue();
    assertThat(model.conflictsTextProperty().get()).isEqualTo("1 conflict to resolve");

    model.show(status(Kind.PENDING, 4, 3));
    assertThat(model.statusVisibleProperty().get()).isFalse();
    assertThat(model.conflictsTextProperty().get()).isEqualTo("3 conflicts to resolve");
    assertThat(model.detailProperty().get()).isEqualTo("4 changes are waiting to be sent.");
  }

  @Test
  void offlineStillSaysOfflineAndAlsoShowsConflictsAndRetry() {
    model.show(status(Kind.OFFLINE, 2, 2));

    assertThat(model.statusVisibleProperty().get()).isTrue();
    assertThat(model.textProperty().get()).startsWith("Offline");
    assertThat(model.conflictsVisibleProperty().get()).isTrue();
    assertThat(model.conflictsTextProperty().get()).isEqualTo("2 conflicts to resolve");
    assertThat(model.syncActionTextProperty().get()).isEqualTo("Retry");
    assertThat(model.detailProperty().get()).contains("connection refused");
  }

  @Test
  void firstSyncShowsPercentAndUploadsShowMegabytes() {
    model.showProgress(new SyncProgress(SyncProgress.Phase.FIRST_SYNC, 420, 1000));
    assertThat(model.progressVisibleProperty().get()).isTrue();
    assertThat(model.progressProperty().get()).isEqualTo(0.42);
    assertThat(model.progressTextProperty().get()).isEqualTo("Downloading your agency… 42 %");

    model.showProgress(new SyncProgress(SyncProgress.Phase.FIRST_SYNC, 0, 0));
    assertThat(model.progressProperty().get()).isEqualTo(-1);
    assertThat(model.progressTextProperty().get()).isEqualTo("Downloading your agency…");

    model.showProgress(SyncProgress.idle());
    model.showProgress(new SyncProgress(SyncProgress.Phase.UPLOAD, 0, 10_000_000));
    assertThat(model.progressVisibleProperty().get())
        .as("an upload that has not moved yet (offline retries) stays quiet")
        .isFalse();
    model.showProgress(new SyncProgress(SyncProgress.Phase.UPLOAD, 3_200_000, 10_000_000));
    assertThat(model.progressVisibleProperty().get()).isTrue();
    assertThat(model.progressTextProperty().get()).isEqualTo("Uploading media… 3.2 of 10 MB");

    model.showProgress(SyncProgress.idle());
    assertThat(model.progressVisibleProperty().get()).isFalse();
  }
}
