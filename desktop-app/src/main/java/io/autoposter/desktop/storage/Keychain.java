package io.autoposter.desktop.storage;

import java.util.Optional;

/**
 * Where the session secret lives when the operating system offers a credential store (macOS
 * Keychain, Windows Credential Manager, Secret Service or KWallet on Linux). Failures are reported
 * as {@link KeychainException}; the session store then falls back to its owner-only file.
 */
public interface Keychain {

  /** The secret saved for {@code account}, or empty if there is none. */
  Optional<String> read(String account) throws KeychainException;

  void write(String account, String secret) throws KeychainException;

  /** Removes the secret of {@code account}; no error if there is none. */
  void delete(String account) throws KeychainException;

  /**
   * The OS keychain under the service name "Autoposter", or empty when there is none (headless
   * Linux without a Secret Service, say) or when the system property {@code autoposter.keychain} is
   * {@code off} (the tests set it so they never touch a developer's real keychain).
   */
  static Optional<Keychain> system() {
    if ("off".equalsIgnoreCase(System.getProperty("autoposter.keychain", ""))) {
      return Optional.empty();
    }
    return OsKeychain.open();
  }

  /** The keychain refused or could not be reached. */
  final class KeychainException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeychainException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
