package io.autoposter.desktop.sync;

import java.util.Objects;

/**
 * Where sync stands, for the status line. {@code pending} counts the local edits not yet pushed;
 * {@code conflicts} the open conflicts waiting for someone to decide; {@code message} explains
 * {@link Kind#ERROR} and {@link Kind#SIGNED_OUT}.
 */
public record SyncStatus(Kind kind, int pending, int conflicts, String message) {

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
    return synced(0);
  }

  public static SyncStatus synced(int conflicts) {
    return new SyncStatus(Kind.SYNCED, 0, conflicts, "");
  }

  public static SyncStatus pending(int count) {
    return pending(count, 0);
  }

  public static SyncStatus pending(int count, int conflicts) {
    return count == 0 ? synced(conflicts) : new SyncStatus(Kind.PENDING, count, conflicts, "");
  }

  public static SyncStatus offline(int count, String why) {
    return offline(count, 0, why);
  }

  public static SyncStatus offline(int count, int conflicts, String why) {
    return new SyncStatus(Kind.OFFLINE, count, conflicts, why);
  }

  public static SyncStatus error(int count, int conflicts, String why) {
    return new SyncStatus(Kind.ERROR, count, conflicts, why);
  }

  /** The same status with new counts (after a local edit, without touching the net). */
  SyncStatus withCounts(int count, int openConflicts) {
    return switch (kind) {
      case SYNCED, PENDING -> pending(count, openConflicts);
      case OFFLINE, SIGNED_OUT, ERROR -> new SyncStatus(kind, count, openConflicts, message);
    };
  }
}
