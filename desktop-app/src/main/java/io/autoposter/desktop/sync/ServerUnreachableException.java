package io.autoposter.desktop.sync;

/** No answer from the server: it is down, the address is wrong or this computer is offline. */
public final class ServerUnreachableException extends ServerCallException {

  private static final long serialVersionUID = 1L;

  public ServerUnreachableException(String baseUrl, Throwable cause) {
    super(
        "cannot reach " + baseUrl + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
        cause);
  }
}
