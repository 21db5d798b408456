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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the last {@link SavedSession}: its bearer token in the OS {@link Keychain} when there is
 * one, and everything else (server, e-mail, agency, role, expiry) in {@code
 * <dataDir>/session.json}, readable by the owner only. Without a usable keychain the token goes
 * into that file too, and the store logs once that it did.
 */
public final class SessionStore {

  private static final String FILE_NAME = "session.json";
  private static final ObjectMapper WRITER = Json.strict();
  private static final ObjectMapper READER = Json.tolerant();
  private static final Logger LOG = Logger.getLogger(SessionStore.class.getName());
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private final Path file;
  private final Optional<Keychain> keychain;

  /** A store on the OS keychain if there is one ({@link Keychain#system()}). */
  public SessionStore(Path dataDir) {
    this(dataDir, Keychain.system());
  }

  /** A store on {@code keychain}, or on the file alone when it is empty. */
  public SessionStore(Path dataDir, Optional<Keychain> keychain) {
    this.file = dataDir.resolve(FILE_NAME);
    this.keychain = Objects.requireNonNull(keychain, "keychain");
  }

  public Path file() {
    return file;
  }

  /**
   * The agency of the saved session, read from the file alone (no keychain): enough to start
   * opening its local database while the rest of the app starts.
   */
  public Optional<io.autoposter.model.AgencyId> lastAgency() {
    return readFile().map(meta -> meta.withToken("-").agencyId());
  }

  /** True when {@code dataDir} holds a saved session file (not read: a cheap check). */
  public static boolean hasSavedSession(Path dataDir) {
    return Files.isRegularFile(dataDir.resolve(FILE_NAME));
  }

  /** The server address of the saved session, read from the file alone (no keychain). */
  public Optional<String> lastServerUrl() {
    return readFile().map(SessionFile::serverUrl);
  }

  /** The saved session, or empty if there is none or it (or its secret) cannot be read. */
  public Optional<SavedSession> load() {
    Optional<SessionFile> saved = readFile();
    if (saved.isEmpty()) {
      return Optional.empty();
    }
    SessionFile meta = saved.get();
    try {
      if (!meta.tokenInKeychain()) {
        return meta.token() == null ? Optional.empty() : Optional.of(meta.withToken(meta.token()));
      }
      if (keychain.isEmpty()) {
        return Optional.empty();
      }
      String account = meta.withToken("-").keychainAccount();
      return keychain.get().read(account).map(meta::withToken);
    } catch (Keychain.KeychainException | RuntimeException e) {
      // A damaged file or a locked keychain only means the user signs in again.
      LOG.log(Level.FINE, "saved session unreadable", e);
      return Optional.empty();
    }
  }

  /**
   * Saves the session: the token to the keychain if it takes it, else into the file. The file is
   * written atomically (a private temporary file, then a rename over the old one).
   */
  public void save(SavedSession session) {
    boolean inKeychain = false;
    if (keychain.isPresent()) {
      try {
        keychain.get().write(session.keychainAccount(), session.token());
        inKeychain = true;
      } catch (Keychain.KeychainException e) {
        LOG.log(Level.FINE, "keychain write failed", e);
      }
    }
    if (!inKeychain && WARNED.compareAndSet(false, true)) {
      LOG.warning(
          "The OS keychain is unavailable; the session token is kept in "
              + file
              + ", readable only by this user.");
    }
    writeFile(SessionFile.of(session, inKeychain));
  }

  /** True if the saved session's token is in the keychain rather than the file. */
  public boolean tokenInKeychain() {
    return readFile().map(SessionFile::tokenInKeychain).orElse(false);
  }

  /** Removes the secret from the keychain and the session file. Local post data stays. */
  public void clear() {
    Optional<SessionFile> saved = readFile();
    if (keychain.isPresent() && saved.isPresent()) {
      try {
        keychain.get().delete(saved.get().withToken("-").keychainAccount());
      } catch (Keychain.KeychainException e) {
        LOG.log(Level.WARNING, "could not remove the session token from the keychain", e);
      }
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<SessionFile> readFile() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(READER.readValue(file.toFile(), SessionFile.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private void writeFile(SessionFile content) {
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
      WRITER.writeValue(tmp.toFile(), content);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
