package io.autoposter.desktop.storage;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link Keychain} on java-keyring. */
final class OsKeychain implements Keychain {

  static final String SERVICE = "Autoposter";
  private static final Logger LOG = Logger.getLogger(OsKeychain.class.getName());

  private final Keyring keyring;

  private OsKeychain(Keyring keyring) {
    this.keyring = keyring;
  }

  static Optional<Keychain> open() {
    try {
      return Optional.of(new OsKeychain(Keyring.create()));
    } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
      LOG.log(Level.FINE, "no OS keychain", e);
      return Optional.empty();
    }
  }

  @Override
  public Optional<String> read(String account) throws KeychainException {
    try {
      return Optional.ofNullable(keyring.getPassword(SERVICE, account));
    } catch (PasswordAccessException e) {
      // java-keyring reports "no such entry" the same way as a refused read.
      LOG.log(Level.FINE, "keychain read failed", e);
      return Optional.empty();
    } catch (RuntimeException e) {
      throw new KeychainException("keychain read failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void write(String account, String secret) throws KeychainException {
    try {
      keyring.setPassword(SERVICE, account, secret);
    } catch (PasswordAccessException | RuntimeException e) {
      throw new KeychainException("keychain write failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void delete(String account) throws KeychainException {
    try {
      keyring.deletePassword(SERVICE, account);
    } catch (PasswordAccessException e) {
      LOG.log(Level.FINE, "nothing to delete in the keychain", e);
    } catch (RuntimeException e) {
      throw new KeychainException("keychain delete failed: " + e.getMessage(), e);
    }
  }
}
