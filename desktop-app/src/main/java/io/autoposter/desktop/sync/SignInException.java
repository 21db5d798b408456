package io.autoposter.desktop.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Signing in did not work; {@link #reason()} says why, so the UI can say it in words. */
public final class SignInException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why signing in failed. */
  public enum Reason {
    /** The e-mail or password was wrong (HTTP 401). */
    INVALID_CREDENTIALS,
    /** The password was right; send it again with a one-time code (401 TWO_FACTOR_REQUIRED). */
    TWO_FACTOR_REQUIRED,
    /** The one-time or recovery code was wrong or used (401 INVALID_ONE_TIME_CODE). */
    INVALID_ONE_TIME_CODE,
    /** Too many attempts (429); {@link #retryAfter()} says for how long. */
    RATE_LIMITED,
    /** No answer from the server: wrong address, server down or no network. */
    UNREACHABLE,
    /** The server address is not an http(s) URL. */
    INVALID_URL,
    /** The server answered with something else, such as a 5xx. */
    SERVER_ERROR
  }

  private final Reason reason;
  private final transient Duration retryAfter;

  public SignInException(Reason reason, String message, Throwable cause) {
    this(reason, message, cause, null);
  }

  public SignInException(Reason reason, String message, Throwable cause, Duration retryAfter) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.retryAfter = retryAfter;
  }

  public Reason reason() {
    return reason;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
