package io.autoposter.server.media;

import io.autoposter.model.AgencyId;
import io.autoposter.model.MediaRef;
import io.autoposter.server.api.ProblemException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Media as a post names them, for posts made on the server (the public API): the stored type and
 * size, and a picture's width and height read from its header, so the network rules check shapes
 * from the bytes and not from what a caller claims.
 */
public final class MediaDescriptions {
  private final MediaUploads uploads;

  public MediaDescriptions(MediaUploads uploads) {
    this.uploads = uploads;
  }

  /** The agency's complete item named {@code sha256}; empty when there is none. */
  public Optional<MediaRef> describe(AgencyId agency, String sha256) {
    MediaUploads.Stored stored;
    try {
      stored = uploads.open(agency, new MediaHash(sha256));
    } catch (ProblemException e) {
      return Optional.empty(); // not a SHA-256, unknown, or not complete yet
    }
    if (stored.contentType().startsWith("video/")) {
      return Optional.of(new MediaRef(sha256, stored.contentType(), stored.size()));
    }
    int[] size = pixels(stored.file());
    return Optional.of(
        size == null
            ? new MediaRef(sha256, stored.contentType(), stored.size())
            : new MediaRef(sha256, stored.contentType(), stored.size(), size[0], size[1]));
  }

  /** Stores a picture sent in one piece and describes it. */
  public MediaRef storePicture(AgencyId agency, byte[] content) {
    String sha256 = uploads.storeComplete(agency, content).sha256();
    return describe(agency, sha256)
        .orElseThrow(() -> new IllegalStateException("stored media " + sha256 + " not found"));
  }

  /** Width and height from the image header, without decoding the pixels; null if unreadable. */
  private static int[] pixels(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return null;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null; // a type ImageIO cannot read (WebP): the rules skip the shape check
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      return null;
    }
  }
}
