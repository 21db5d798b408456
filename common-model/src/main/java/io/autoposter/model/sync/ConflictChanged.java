package io.autoposter.model.sync;

import java.util.Objects;

/** A conflict was opened or resolved; devices show open ones and drop resolved ones. */
public record ConflictChanged(long version, PostConflict conflict) implements Change {
  public ConflictChanged {
    Objects.requireNonNull(conflict, "conflict");
  }
}
