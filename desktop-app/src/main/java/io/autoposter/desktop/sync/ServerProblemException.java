package io.autoposter.desktop.sync;

import io.autoposter.model.api.Problem;

/** The server answered with an error status; {@link #problem()} is its problem+json body. */
final class ServerProblemException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  ServerProblemException(Problem problem) {
    super(problem.status() + " " + problem.code() + ": " + problem.title());
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
