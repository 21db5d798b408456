package io.autoposter.desktop.workspace;

import io.autoposter.desktop.sync.SyncProgress;
import io.autoposter.desktop.sync.SyncStatus;
import io.autoposter.desktop.ui.Sizes;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The always-visible sync indicator in words: a status pill (synced, changes waiting, offline…), a
 * "N conflicts to resolve" button that takes precedence over synced and waiting (offline still says
 * offline and shows the button beside it), and a progress line for the first download of an agency
 * and for media uploads. Fed on the UI thread with {@link #show} and {@link #showProgress}.
 */
public final class SyncStatusViewModel {

  private final ReadOnlyObjectWrapper<SyncStatus.Kind> kind =
      new ReadOnlyObjectWrapper<>(SyncStatus.Kind.SYNCED);
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Synced");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper statusVisible = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper conflictsText = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper conflictsVisible = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper syncActionText = new ReadOnlyStringWrapper("Sync now");
  private final ReadOnlyBooleanWrapper progressVisible = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
  private SyncStatus status = new SyncStatus(SyncStatus.Kind.SYNCED, 0, 0, "");

  /** Which state the pill shows (for its colour and icon). */
  public ReadOnlyObjectProperty<SyncStatus.Kind> kindProperty() {
    return kind.getReadOnlyProperty();
  }

  /** "Synced", "2 changes waiting", "Offline — …". */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** More about the state, for a tooltip: the reason for offline, what waits behind conflicts. */
  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }

  /** False when conflicts take the pill's place. */
  public ReadOnlyBooleanProperty statusVisibleProperty() {
    return statusVisible.getReadOnlyProperty();
  }

  /** "1 conflict to resolve", "3 conflicts to resolve". */
  public ReadOnlyStringProperty conflictsTextProperty() {
    return conflictsText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty conflictsVisibleProperty() {
    return conflictsVisible.getReadOnlyProperty();
  }

  /** "Retry" while offline or after a sync problem, else "Sync now". */
  public ReadOnlyStringProperty syncActionTextProperty() {
    return syncActionText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty progressVisibleProperty() {
    return progressVisible.getReadOnlyProperty();
  }

  /** 0 to 1, or -1 while the total is not known yet. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** "Downloading your agency… 42 %", "Uploading media… 3.2 of 10 MB". */
  public ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }

  /** The last status shown. */
  public SyncStatus status() {
    return status;
  }

  // ---- updates (UI thread) ----

  public void show(SyncStatus newStatus) {
    status = newStatus;
    int conflicts = Math.max(0, newStatus.conflicts());
    boolean hasConflicts = conflicts > 0;
    SyncStatus.Kind k = newStatus.kind();
    boolean quietKind = k == SyncStatus.Kind.SYNCED || k == SyncStatus.Kind.PENDING;
    kind.set(k);
    text.set(textOf(newStatus));
    statusVisible.set(!(hasConflicts && quietKind));
    conflictsVisible.set(hasConflicts);
    conflictsText.set(conflictsTextOf(conflicts));
    syncActionText.set(
        k == SyncStatus.Kind.OFFLINE || k == SyncStatus.Kind.ERROR ? "Retry" : "Sync now");
    detail.set(detailOf(newStatus));
  }

  public void showProgress(SyncProgress now) {
    switch (now.phase()) {
      case IDLE -> {
        progressVisible.set(false);
        progressText.set("");
        progress.set(0);
      }
      case FIRST_SYNC -> {
        progressVisible.set(true);
        if (now.total() <= 0) {
          progress.set(-1);
          progressText.set("Downloading your agency…");
        } else {
          double fraction = fraction(now);
          progress.set(fraction);
          progressText.set("Downloading your agency… " + Math.round(fraction * 100) + " %");
        }
      }
      case UPLOAD -> {
        if (now.done() <= 0 && !progressVisible.get()) {
          // Not before the first bytes arrive: while offline, every retry would flash the strip.
          return;
        }
        progressVisible.set(true);
        if (now.total() <= 0) {
          progress.set(-1);
          progressText.set("Uploading media…");
        } else {
          progress.set(fraction(now));
          progressText.set("Uploading media… " + Sizes.progress(now.done(), now.total()));
        }
      }
    }
  }

  private static double fraction(SyncProgress now) {
    return Math.max(0, Math.min(1, (double) now.done() / now.total()));
  }

  // ---- words ----

  /** The pill's text for a status, leaving conflicts to their own button. */
  public static String textOf(SyncStatus status) {
    return switch (status.kind()) {
      case SYNCED -> "Synced";
      case PENDING ->
          status.pending() == 1 ? "1 change waiting" : status.pending() + " changes waiting";
      case OFFLINE ->
          switch (status.pending()) {
            case 0 -> "Offline — changes are saved locally";
            case 1 -> "Offline — 1 change saved, syncs when back online";
            default -> "Offline — " + status.pending() + " changes saved, sync when back online";
          };
      case SIGNED_OUT ->
          status.message().isBlank() ? "Signed out — sign in again" : status.message();
      case ERROR -> "Sync problem: " + status.message();
    };
  }

  /** "1 conflict to resolve", "3 conflicts to resolve", or empty for none. */
  public static String conflictsTextOf(int conflicts) {
    if (conflicts <= 0) {
      return "";
    }
    return conflicts == 1 ? "1 conflict to resolve" : conflicts + " conflicts to resolve";
  }

  private static String detailOf(SyncStatus status) {
    String waiting =
        switch (status.pending()) {
          case 0 -> "";
          case 1 -> "1 change is waiting to be sent.";
          default -> status.pending() + " changes are waiting to be sent.";
        };
    return switch (status.kind()) {
      case SYNCED ->
          status.conflicts() > 0 ? "Everything else is synced." : "Everything is synced.";
      case PENDING -> waiting;
      case OFFLINE ->
          "The server can't be reached"
              + (status.message().isBlank() ? "" : " (" + status.message() + ")")
              + ". Your work is saved on this computer and sent when the connection is back.";
      case SIGNED_OUT, ERROR -> status.message();
    };
  }
}
