package io.autoposter.desktop.sync;

import java.util.Objects;

/** A sync round did not complete; {@link #status()} is the status it left behind. */
public final class SyncException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient SyncStatus status;

  SyncException(SyncStatus status, Throwable cause) {
    super(status.kind() + (status.message().isEmpty() ? "" : ": " + status.message()), cause);
    this.status = Objects.requireNonNull(status, "status");
  }

  public SyncStatus status() {
    return status;
  }
}
