package io.autoposter.desktop.storage;

import io.autoposter.model.MediaRef;
import java.util.Objects;

/**
 * A picture or video the server refused to take (unsupported content, too large, damaged); it is
 * not retried by itself. {@code message} says why, for people.
 */
public record FailedUpload(MediaRef media, String message) {
  public FailedUpload {
    Objects.requireNonNull(media, "media");
    message = message == null ? "" : message;
  }
}
