package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.sync.SyncStatus;
import org.junit.jupiter.api.Test;

class SyncStatusTextTest {

  @Test
  void offlineWithWaitingChangesSaysTheyAreKept() {
    assertThat(WorkspaceViewModel.textOf(SyncStatus.offline(1, "connection refused")))
        .isEqualTo("Offline — 1 change saved, syncs when back online");
    assertThat(WorkspaceViewModel.textOf(SyncStatus.offline(3, "connection refused")))
        .isEqualTo("Offline — 3 changes saved, sync when back online");
  }

  @Test
  void offlineWithNothingWaitingSaysWorkIsSavedLocally() {
    assertThat(WorkspaceViewModel.textOf(SyncStatus.offline(0, "connection refused")))
        .isEqualTo("Offline — changes are saved locally");
  }

  @Test
  void pendingCountsChanges() {
    assertThat(WorkspaceViewModel.textOf(SyncStatus.pending(2))).isEqualTo("2 changes waiting");
  }
}
