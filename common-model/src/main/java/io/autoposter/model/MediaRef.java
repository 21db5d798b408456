package io.autoposter.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A picture or video attached to a post, named by the SHA-256 of its bytes. The bytes live on the
 * server under {@code /api/v1/media/{sha256}} once uploaded; {@code contentType} is what the server
 * (or the desktop, before upload) found by reading the content, never the file name.
 */
public record MediaRef(String sha256, String contentType, long size) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public MediaRef {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(contentType, "contentType");
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
    if (!MediaTypes.SUPPORTED.contains(contentType)) {
      throw new IllegalArgumentException("unsupported media type " + contentType);
    }
    if (size <= 0) {
      throw new IllegalArgumentException("media size must be positive");
    }
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isVideo() {
    return contentType.startsWith("video/");
  }
}
