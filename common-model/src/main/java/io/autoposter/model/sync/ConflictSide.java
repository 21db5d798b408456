package io.autoposter.model.sync;

import io.autoposter.model.ClientId;
import io.autoposter.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One side of a conflict: the text, who wrote it, on which device and when (by the server's clock
 * when it received the edit). For the deleting side of a delete conflict the text is empty.
 */
public record ConflictSide(
    String text, UserId userId, String userName, ClientId clientId, Instant at) {
  public ConflictSide {
    text = text == null ? "" : text;
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(at, "at");
  }
}
