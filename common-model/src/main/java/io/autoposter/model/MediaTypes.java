package io.autoposter.model;

import java.util.Optional;
import java.util.Set;

/**
 * The media types Autoposter accepts, and how to recognise them from their first bytes. The server
 * and the desktop both sniff with this, so a renamed file is judged by what it is.
 */
public final class MediaTypes {

  public static final String JPEG = "image/jpeg";
  public static final String PNG = "image/png";
  public static final String GIF = "image/gif";
  public static final String WEBP = "image/webp";
  public static final String MP4 = "video/mp4";
  public static final String QUICKTIME = "video/quicktime";

  public static final Set<String> SUPPORTED = Set.of(JPEG, PNG, GIF, WEBP, MP4, QUICKTIME);

  /** How many leading bytes {@link #sniff} needs at most. */
  public static final int SNIFF_BYTES = 16;

  private MediaTypes() {}

  /** The type the content starts like, or empty when it is none of the supported ones. */
  public static Optional<String> sniff(byte[] head) {
    if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, 0, 'G', 'I', 'F', '8')) {
      return Optional.of(GIF);
    }
    if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
      return Optional.of(startsWith(head, 8, 'q', 't', ' ', ' ') ? QUICKTIME : MP4);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] data, int offset, int... expected) {
    if (data.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((data[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
