package io.autoposter.desktop.sync;

import java.util.Objects;

/**
 * How far a long sync step is, for a progress bar: a first sync ({@code done} = cursor, {@code
 * total} = the server's head version) or media uploads (bytes). {@link Phase#IDLE} ends it.
 */
public record SyncProgress(Phase phase, long done, long total) {

  /** What the engine is busy with. */
  public enum Phase {
    /** Nothing long-running; hide the progress bar. */
    IDLE,
    /** Pulling everything from cursor 0 into an empty local copy. */
    FIRST_SYNC,
    /** Uploading imported pictures and videos. */
    UPLOAD
  }

  public SyncProgress {
    Objects.requireNonNull(phase, "phase");
  }

  public static SyncProgress idle() {
    return new SyncProgress(Phase.IDLE, 0, 0);
  }
}
