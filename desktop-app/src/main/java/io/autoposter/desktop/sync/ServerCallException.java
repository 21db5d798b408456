package io.autoposter.desktop.sync;

/**
 * A call to the server's admin or account routes did not work: either the server said no ({@link
 * ApiException}, with the problem's stable code) or it could not be reached ({@link
 * ServerUnreachableException}).
 */
public abstract sealed class ServerCallException extends Exception
    permits ApiException, ServerUnreachableException {

  private static final long serialVersionUID = 1L;

  ServerCallException(String message, Throwable cause) {
    super(message, cause);
  }
}
