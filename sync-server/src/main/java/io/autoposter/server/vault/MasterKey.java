package io.autoposter.server.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig2026;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The master key: 32 bytes (base64 in its file or variable) used as an AES-256-GCM key that
 * encrypts the Tink keyset, never the tokens themselves. Resolved from {@link VaultSettings}: a
 * file, the environment, or, in demo mode only, a file created in the data directory.
 */
final class MasterKey {
  static final int KEY_BYTES = 32;
  private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());
  private static final String HOW_TO_PROVIDE =
      """
      Create one with `openssl rand -base64 32` (32 random bytes, base64) and give it to the \
      server in one of two ways: put it in a file readable only by the server's user and set \
      %s=/path/to/that/file (environment %s), or set the environment variable %s to it. \
      Keep it out of the database and its backups: without it no stored token can be read. \
      See docs/token-vault.md."""
          .formatted(
              VaultSettings.MASTER_KEY_FILE_SETTING,
              VaultSettings.MASTER_KEY_FILE_VARIABLE,
              VaultSettings.MASTER_KEY_VARIABLE);

  private MasterKey() {}

  /** The master AEAD for the configured key; fails with instructions when there is none. */
  static Aead resolve(VaultSettings settings) {
    boolean fromFile = settings.masterKeyFile() != null;
    boolean fromValue = !settings.masterKey().isEmpty();
    if (fromFile && fromValue) {
      throw new VaultException(
          "Both %s and %s are set; set only one of them so it is clear which master key encrypts the vault."
              .formatted(VaultSettings.MASTER_KEY_FILE_SETTING, VaultSettings.MASTER_KEY_VARIABLE));
    }
    if (fromFile) {
      return aead(read(settings.masterKeyFile()), "the file " + settings.masterKeyFile());
    }
    if (fromValue) {
      return aead(settings.masterKey(), "the variable " + VaultSettings.MASTER_KEY_VARIABLE);
    }
    if (settings.demo()) {
      Path file = settings.demoMasterKeyFile();
      return aead(read(ensureDemoFile(file)), "the demo file " + file);
    }
    String demoHint =
        Files.exists(settings.demoMasterKeyFile())
            ? " (A demo master key exists in "
                + settings.demoMasterKeyFile()
                + "; to keep using this data directory outside demo mode, set "
                + VaultSettings.MASTER_KEY_FILE_SETTING
                + " to that file.)"
            : "";
    throw new VaultException(
        "No master key for the token vault, so the server cannot start. "
            + HOW_TO_PROVIDE
            + demoHint);
  }

  /** Base64 of 32 fresh random bytes: a new master key. */
  static String generate() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    try {
      return Base64.getEncoder().encodeToString(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  static Aead aead(String base64, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new VaultException("The master key in " + source + " is not base64. " + HOW_TO_PROVIDE);
    }
    try {
      if (key.length != KEY_BYTES) {
        throw new VaultException(
            "The master key in %s is %d bytes long; it must be %d. %s"
                .formatted(source, key.length, KEY_BYTES, HOW_TO_PROVIDE));
      }
      AesGcmParameters parameters =
          AesGcmParameters.builder()
              .setKeySizeBytes(KEY_BYTES)
              .setIvSizeBytes(12)
              .setTagSizeBytes(16)
              .setVariant(AesGcmParameters.Variant.NO_PREFIX)
              .build();
      AesGcmKey aesKey =
          AesGcmKey.builder()
              .setParameters(parameters)
              .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
              .build();
      return KeysetHandle.newBuilder()
          .addEntry(KeysetHandle.importKey(aesKey).withRandomId().makePrimary())
          .setConfiguration(AeadConfig2026.get())
          .build()
          .getPrimitive(AeadConfig2026.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new VaultException("The master key in " + source + " cannot be used as an AES key", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private static String read(Path file) {
    try {
      warnWhenOthersCanRead(file);
      return Files.readString(file);
    } catch (IOException e) {
      throw new VaultException(
          "Cannot read the master key file " + file + " (" + e.getClass().getSimpleName() + ").",
          e);
    }
  }

  private static Path ensureDemoFile(Path file) {
    if (Files.exists(file)) {
      LOG.info(() -> "Demo mode: using the vault master key in " + file);
      return file;
    }
    try {
      Files.createDirectories(file.getParent(), ownerOnly(file, "rwx------"));
      Files.createFile(file, ownerOnly(file, "rw-------"));
      Files.writeString(file, generate() + "\n");
      LOG.warning(
          () ->
              "Demo mode: created a new vault master key in "
                  + file
                  + " (readable by this user only). Fine for a demo; a real server needs its own"
                  + " master key from a file or the environment, see docs/token-vault.md.");
    } catch (FileAlreadyExistsException raced) {
      // another process created it first; use theirs
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the demo master key file " + file, e);
    }
    return file;
  }

  private static void warnWhenOthersCanRead(Path file) throws IOException {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    if (permissions.contains(PosixFilePermission.GROUP_READ)
        || permissions.contains(PosixFilePermission.OTHERS_READ)) {
      LOG.warning(
          () ->
              "The vault master key file "
                  + file
                  + " can be read by other users; make it owner-only (chmod 600).");
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path file, String permissions) {
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
