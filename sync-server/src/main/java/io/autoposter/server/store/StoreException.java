package io.autoposter.server.store;

/** A database failure; unchecked so that services never see {@code java.sql} types. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
