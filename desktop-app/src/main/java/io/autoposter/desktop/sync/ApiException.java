package io.autoposter.desktop.sync;

import io.autoposter.model.api.Problem;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The server refused a call with an {@code application/problem+json} answer. {@link #code()} is the
 * contract's stable code ({@code LAST_OWNER}, {@code ALREADY_MEMBER}, {@code FORBIDDEN} …); {@link
 * #getMessage()} is the server's text for people.
 */
public final class ApiException extends ServerCallException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Duration retryAfter;

  ApiException(Problem problem, Duration retryAfter, Throwable cause) {
    super(problem.detail().isBlank() ? problem.title() : problem.detail(), cause);
    this.status = problem.status();
    this.code = problem.code();
    this.retryAfter = retryAfter;
  }

  /** For tests of code that handles refusals. */
  public static ApiException of(int status, String code, String message) {
    return new ApiException(Problem.of(status, code, message, message), null, null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public boolean is(String problemCode) {
    return Objects.equals(code, problemCode);
  }

  /** How long the server asked to wait ({@code Retry-After}), for 429 {@code RATE_LIMITED}. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
