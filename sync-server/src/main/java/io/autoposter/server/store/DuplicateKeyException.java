package io.autoposter.server.store;

/** A unique constraint refused a row (SQLSTATE 23505 on both H2 and PostgreSQL). */
public final class DuplicateKeyException extends StoreException {
  DuplicateKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
