package io.autoposter.server.vault;

/**
 * The vault cannot do what was asked: no or a wrong master key, a stored token that does not
 * decrypt for its row, a rotation step refused. Messages say what to do and never contain a token
 * or key material.
 */
public final class VaultException extends RuntimeException {
  VaultException(String message) {
    super(message);
  }

  VaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
