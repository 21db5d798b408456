package io.autoposter.server.api;

import io.autoposter.model.api.Problem;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes every failure an RFC 9457 problem: errors thrown by handlers, requests that match no route,
 * and transport-level refusals (oversized or malformed HTTP) that never reach routing.
 */
public final class ProblemResponses {
  private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

  private ProblemResponses() {}

  /** Registers the error handlers; call before the endpoints. */
  public static void registerErrorHandlers(HttpRouting.Builder routing) {
    routing
        .error(ProblemException.class, ProblemResponses::problem)
        .error(
            IllegalArgumentException.class,
            (req, res, e) ->
                JsonBody.problem(res, ProblemException.validation(e.getMessage()).problem()))
        .error(Throwable.class, ProblemResponses::unexpected);
  }

  private static void problem(ServerRequest request, ServerResponse response, ProblemException e) {
    if (e.retryAfterSeconds() > 0) {
      response.header(HeaderNames.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    }
    JsonBody.problem(response, e.problem());
  }

  /** Registers the catch-all that answers unknown routes; call after the endpoints. */
  public static void registerNotFound(HttpRouting.Builder routing) {
    routing.any(
        (req, res) -> {
          throw ProblemException.notFound("There is no " + req.path().path() + " here.");
        });
  }

  /** Problem bodies for failures Helidon detects before routing, such as a too large body. */
  public static DirectHandlers directHandlers() {
    DirectHandler handler =
        (request, eventType, status, headers, message) -> {
          Problem problem = transportProblem(eventType, status);
          return DirectHandler.TransportResponse.builder()
              .status(Status.create(problem.status()))
              .headers(headers)
              .header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
              .entity(JsonBody.bytes(problem))
              .build();
        };
    DirectHandlers.Builder builder = DirectHandlers.builder();
    for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
      builder.addHandler(type, handler);
    }
    return builder.build();
  }

  private static Problem transportProblem(DirectHandler.EventType eventType, Status status) {
    // Helidon reports a too large body as BAD_REQUEST with status 413, so look at the status too.
    if (eventType == DirectHandler.EventType.PAYLOAD_TOO_LARGE || status.code() == 413) {
      return Problem.of(
          413,
          "PAYLOAD_TOO_LARGE",
          "The request body is too large",
          "Requests may carry at most 1 MiB.");
    }
    if (eventType == DirectHandler.EventType.INTERNAL_ERROR || status.code() >= 500) {
      return internal();
    }
    return switch (status.code()) {
      case 400 -> Problem.of(400, "BAD_REQUEST", "The HTTP request is malformed", "");
      case 404 -> Problem.of(404, "NOT_FOUND", "Not found", "");
      default -> Problem.of(status.code(), "HTTP_" + status.code(), status.reasonPhrase(), "");
    };
  }

  private static void unexpected(ServerRequest request, ServerResponse response, Throwable e) {
    if (e instanceof HttpException http && http.status().code() < 500) {
      // Helidon's own refusals (bad request, too large, ...) keep their status.
      JsonBody.problem(response, transportProblem(DirectHandler.EventType.OTHER, http.status()));
      return;
    }
    // Logged with the stack trace here; the client only gets a stable code.
    LOG.log(
        Level.SEVERE,
        e,
        () ->
            "Unexpected failure in "
                + request.prologue().method().text()
                + " "
                + request.path().path());
    JsonBody.problem(response, internal());
  }

  private static Problem internal() {
    return Problem.of(
        500, "INTERNAL", "Something went wrong on the server", "The error has been logged.");
  }
}
