package io.autoposter.server.media;

import java.nio.file.Path;

/**
 * {@code autoposter.media.*}: the largest picture and video an agency may upload, and where the
 * uploads are kept. A single chunk is always at most {@link #MAX_CHUNK_BYTES}, whatever the media
 * limits.
 *
 * @param folder {@code autoposter.media.dir}: where uploads are stored; null for {@code media} in
 *     the data directory. Several instances on one PostgreSQL point it at one shared folder, since
 *     any of them may publish a picture another received.
 */
public record MediaSettings(long maxImageBytes, long maxVideoBytes, Path folder) {
  public static final long DEFAULT_MAX_IMAGE_BYTES = 30L * 1024 * 1024;
  public static final long DEFAULT_MAX_VIDEO_BYTES = 1024L * 1024 * 1024;
  public static final long MAX_CHUNK_BYTES = 16L * 1024 * 1024;

  public MediaSettings {
    if (maxImageBytes <= 0 || maxVideoBytes <= 0) {
      throw new IllegalArgumentException("media size limits must be positive");
    }
  }

  /** Limits, with uploads in the data directory. */
  public MediaSettings(long maxImageBytes, long maxVideoBytes) {
    this(maxImageBytes, maxVideoBytes, null);
  }

  public static MediaSettings defaults() {
    return new MediaSettings(DEFAULT_MAX_IMAGE_BYTES, DEFAULT_MAX_VIDEO_BYTES);
  }

  /** Where uploads are stored, given the data directory. */
  public Path folderIn(Path dataDir) {
    return folder != null ? folder : dataDir.resolve("media");
  }

  /** Before the first bytes tell the type, an upload may be as large as the largest kind. */
  long largestLimit() {
    return Math.max(maxImageBytes, maxVideoBytes);
  }

  long limitFor(String contentType) {
    return contentType.startsWith("video/") ? maxVideoBytes : maxImageBytes;
  }
}
