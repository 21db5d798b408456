package io.autoposter.desktop.sync;

import java.util.Objects;

/** Signing in did not work; {@link #reason()} says why, so the UI can say it in words. */
public final class SignInException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why signing in failed. */
  public enum Reason {
    /** The e-mail or password was wrong (HTTP 401). */
    INVALID_CREDENTIALS,
    /** No answer from the server: wrong address, server down or no network. */
    UNREACHABLE,
    /** The server address is not an http(s) URL. */
    INVALID_URL,
    /** The server answered with something else, such as a 5xx. */
    SERVER_ERROR
  }

  private final Reason reason;

  public SignInException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
