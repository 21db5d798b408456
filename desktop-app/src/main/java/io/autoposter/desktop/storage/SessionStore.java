package io.autoposter.desktop.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Keeps the last {@link SavedSession} in {@code <dataDir>/session.json}, readable by the owner
 * only.
 *
 * <p>The bearer token sits in this file for now; a later issue moves it to the OS keychain
 * (java-keyring) and leaves only the non-secret fields here.
 */
public final class SessionStore {

  private static final ObjectMapper WRITER = Json.strict();
  private static final ObjectMapper READER = Json.tolerant();

  private final Path file;

  public SessionStore(Path dataDir) {
    this.file = dataDir.resolve("session.json");
  }

  public Path file() {
    return file;
  }

  /** The saved session, or empty if there is none or it cannot be read. */
  public Optional<SavedSession> load() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(READER.readValue(file.toFile(), SavedSession.class));
    } catch (IOException | RuntimeException e) {
      // A damaged file only means the user signs in again.
      return Optional.empty();
    }
  }

  /** Writes atomically: a private temporary file, then a rename over the old one. */
  public void save(SavedSession session) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp;
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        tmp =
            Files.createTempFile(
                file.getParent(),
                "session",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        tmp = Files.createTempFile(file.getParent(), "session", ".tmp");
      }
      WRITER.writeValue(tmp.toFile(), session);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
