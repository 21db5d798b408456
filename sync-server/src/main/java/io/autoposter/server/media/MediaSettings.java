package io.autoposter.server.media;

/**
 * {@code autoposter.media.*}: the largest picture and video an agency may upload. A single chunk is
 * always at most {@link #MAX_CHUNK_BYTES}, whatever the media limits.
 */
public record MediaSettings(long maxImageBytes, long maxVideoBytes) {
  public static final long DEFAULT_MAX_IMAGE_BYTES = 30L * 1024 * 1024;
  public static final long DEFAULT_MAX_VIDEO_BYTES = 1024L * 1024 * 1024;
  public static final long MAX_CHUNK_BYTES = 16L * 1024 * 1024;

  public MediaSettings {
    if (maxImageBytes <= 0 || maxVideoBytes <= 0) {
      throw new IllegalArgumentException("media size limits must be positive");
    }
  }

  public static MediaSettings defaults() {
    return new MediaSettings(DEFAULT_MAX_IMAGE_BYTES, DEFAULT_MAX_VIDEO_BYTES);
  }

  /** Before the first bytes tell the type, an upload may be as large as the largest kind. */
  long largestLimit() {
    return Math.max(maxImageBytes, maxVideoBytes);
  }

  long limitFor(String contentType) {
    return contentType.startsWith("video/") ? maxVideoBytes : maxImageBytes;
  }
}
