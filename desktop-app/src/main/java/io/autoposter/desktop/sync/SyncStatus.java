package io.autoposter.desktop.sync;

import java.util.Objects;

/**
 * Where sync stands, for the status line. {@code pending} counts the local edits not yet pushed;
 * {@code message} explains {@link Kind#ERROR} and {@link Kind#SIGNED_OUT}.
 */
public record SyncStatus(Kind kind, int pending, String message) {

  /** The states the status line can show. */
  public enum Kind {
    /** Everything local is on the server and everything on the server is here. */
    SYNCED,
    /** Local edits wait to be pushed. */
    PENDING,
    /** The server cannot be reached; edits are kept locally and retried with backoff. */
    OFFLINE,
    /** The session is missing or expired; sign in again. */
    SIGNED_OUT,
    /** The server refused sync for a reason a retry will not fix by itself. */
    ERROR
  }

  public SyncStatus {
    Objects.requireNonNull(kind, "kind");
    message = message == null ? "" : message;
  }

  public static SyncStatus synced() {
    return new SyncStatus(Kind.SYNCED, 0, "");
  }

  public static SyncStatus pending(int count) {
    return count == 0 ? synced() : new SyncStatus(Kind.PENDING, count, "");
  }

  public static SyncStatus offline(int count, String why) {
    return new SyncStatus(Kind.OFFLINE, count, why);
  }

  /** The same status with a new pending count (after a local edit, without touching the net). */
  SyncStatus withPending(int count) {
    return switch (kind) {
      case SYNCED, PENDING -> pending(count);
      case OFFLINE, SIGNED_OUT, ERROR -> new SyncStatus(kind, count, message);
    };
  }
}
