package io.autoposter.server.api;

import io.autoposter.model.api.Problem;

/** Ends a request with the given problem; thrown by services and endpoints alike. */
public final class ProblemException extends RuntimeException {
  private final transient Problem problem;
  private final long retryAfterSeconds;

  public ProblemException(int status, String code, String title, String detail) {
    this(status, code, title, detail, 0);
  }

  /** A problem with extension members, such as the {@code lastMutationId} of a mutation gap. */
  public ProblemException(Problem problem) {
    this(problem, 0);
  }

  private ProblemException(
      int status, String code, String title, String detail, long retryAfterSeconds) {
    this(Problem.of(status, code, title, detail), retryAfterSeconds);
  }

  private ProblemException(Problem problem, long retryAfterSeconds) {
    super(problem.code() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public Problem problem() {
    return problem;
  }

  /** Seconds for a {@code Retry-After} header; 0 = none. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** 429 with {@code Retry-After}: too many failed attempts, try again after the delay. */
  public static ProblemException rateLimited(long retryAfterSeconds) {
    return new ProblemException(
        429,
        "RATE_LIMITED",
        "Too many attempts",
        "Too many attempts. Try again in %d seconds.".formatted(retryAfterSeconds),
        retryAfterSeconds);
  }

  public static ProblemException forbidden(String code, String title, String detail) {
    return new ProblemException(403, code, title, detail);
  }

  public static ProblemException invalidJson(String detail) {
    return new ProblemException(400, "INVALID_JSON", "The request body is not valid JSON", detail);
  }

  public static ProblemException validation(String detail) {
    return new ProblemException(400, "VALIDATION_FAILED", "The request is not valid", detail);
  }

  public static ProblemException unauthenticated() {
    return new ProblemException(
        401, "UNAUTHENTICATED", "Sign-in required", "Send a valid bearer token; sign in again.");
  }

  /** Also used for another agency's entities, so a caller cannot learn that they exist. */
  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "NOT_FOUND", "Not found", detail);
  }

  public static ProblemException conflict(String code, String title, String detail) {
    return new ProblemException(409, code, title, detail);
  }
}
