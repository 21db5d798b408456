package io.autoposter.desktop.storage;

import io.autoposter.model.MediaRef;
import java.util.Objects;

/**
 * A picture or video imported on this device that the server does not have yet.
 *
 * @param media what was imported
 * @param uploadedBytes how many bytes the server has confirmed so far
 */
public record PendingUpload(MediaRef media, long uploadedBytes) {
  public PendingUpload {
    Objects.requireNonNull(media, "media");
  }
}
