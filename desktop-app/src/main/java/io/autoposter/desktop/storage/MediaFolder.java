package io.autoposter.desktop.storage;

import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The store's media files, named by the SHA-256 of their bytes ({@code media/<sha256>} next to the
 * database), so importing the same picture twice keeps one file.
 */
final class MediaFolder {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path dir;

  MediaFolder(Path dir) {
    this.dir = dir;
  }

  /**
   * Copies {@code file} in and describes it; its type comes from its first bytes, never its name.
   *
   * @throws IllegalArgumentException when it is no picture or video Autoposter can publish
   */
  MediaRef importFile(Path file) throws IOException {
    String type =
        MediaTypes.sniff(head(file))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        file.getFileName()
                            + " is not a picture or video Autoposter can publish"
                            + " (JPEG, PNG, GIF, WebP, MP4, MOV)."));
    Files.createDirectories(dir);
    Path part = Files.createTempFile(dir, "import-", ".part");
    try {
      MessageDigest sha = sha256();
      long size;
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha);
          OutputStream out = Files.newOutputStream(part)) {
        size = in.transferTo(out);
      }
      String hash = HexFormat.of().formatHex(sha.digest());
      Optional<ImageSize> pixels =
          type.startsWith("image/") ? ImageSize.of(part) : Optional.empty();
      MediaRef ref =
          new MediaRef(
              hash,
              type,
              size,
              pixels.map(ImageSize::width).orElse(null),
              pixels.map(ImageSize::height).orElse(null));
      Path target = dir.resolve(hash);
      if (!Files.exists(target)) {
        try {
          Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameBytesMeanwhile) {
          // Another import of the same bytes won the race; its file is identical.
        }
      }
      return ref;
    } finally {
      Files.deleteIfExists(part);
    }
  }

  Optional<Path> file(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      return Optional.empty();
    }
    Path file = dir.resolve(sha256);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(MediaTypes.SNIFF_BYTES);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
