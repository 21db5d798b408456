package io.autoposter.model.api;

import java.util.Objects;

/**
 * The server's state of one content-addressed media upload. {@code received} bytes of {@code size}
 * have arrived; the next chunk starts there. {@code contentType} is empty until the upload is
 * complete and the content was checked.
 */
public record MediaInfo(
    String sha256, String contentType, long size, long received, boolean complete) {
  public MediaInfo {
    Objects.requireNonNull(sha256, "sha256");
    contentType = contentType == null ? "" : contentType;
  }
}
