package io.autoposter.desktop.sync;

import io.autoposter.model.api.Problem;
import java.time.Duration;
import java.util.Optional;

/** The server answered with an error status; {@link #problem()} is its problem+json body. */
final class ServerProblemException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;
  private final transient Duration retryAfter;

  ServerProblemException(Problem problem) {
    this(problem, null);
  }

  ServerProblemException(Problem problem, Duration retryAfter) {
    super(problem.status() + " " + problem.code() + ": " + problem.title());
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  Problem problem() {
    return problem;
  }

  /** The {@code Retry-After} of a 429 or 503, if the server sent one. */
  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  ApiException toApiException() {
    return new ApiException(problem, retryAfter, this);
  }
}
