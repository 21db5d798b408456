package io.autoposter.desktop.workspace;

import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import java.nio.file.Path;

/**
 * One attached picture or video as the composer lists it.
 *
 * @param ref the media reference the post holds
 * @param name the file name it was attached from, or its kind ("JPEG image") when not known here
 * @param detail kind and size, such as "JPEG image · 2.4 MB"
 * @param upload where its bytes are
 * @param uploadText the upload state in words: "Waiting to upload", "Uploading 45 %", "On the
 *     server", "Not accepted: …"
 * @param localFile the bytes on this computer (for a thumbnail), or null
 */
public record MediaItem(
    MediaRef ref, String name, String detail, Upload upload, String uploadText, Path localFile) {

  /** Where the bytes of one media item are. */
  public enum Upload {
    WAITING,
    UPLOADING,
    ON_SERVER,
    /** The server refused the bytes (type, size, damaged); attach another file. */
    FAILED
  }

  public boolean isVideo() {
    return ref.isVideo();
  }

  /** "JPEG image", "MP4 video"… */
  static String kindOf(String contentType) {
    return switch (contentType) {
      case MediaTypes.JPEG -> "JPEG image";
      case MediaTypes.PNG -> "PNG image";
      case MediaTypes.GIF -> "GIF image";
      case MediaTypes.WEBP -> "WebP image";
      case MediaTypes.MP4 -> "MP4 video";
      case MediaTypes.QUICKTIME -> "QuickTime video";
      default -> contentType;
    };
  }
}
