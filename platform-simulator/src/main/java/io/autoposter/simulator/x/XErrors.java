package io.autoposter.simulator.x;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.faults.Fault;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.PlatformErrors;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;

/** X's problem bodies: {@code {"title","detail","type","status"}}. */
final class XErrors implements PlatformErrors {
  static final String DUPLICATE = "You are not allowed to create a Tweet with duplicate content.";
  static final String INVALID_REQUEST = "https://api.twitter.com/2/problems/invalid-request";

  static void problem(ServerResponse response, int status, String title, String detail) {
    problem(response, status, title, detail, "about:blank");
  }

  static void problem(
      ServerResponse response, int status, String title, String detail, String type) {
    ObjectNode body = Json.object().put("title", title).put("detail", detail);
    body.put("type", type).put("status", status);
    Json.send(response, status, body);
  }

  static void unauthorized(ServerResponse response) {
    problem(response, 401, "Unauthorized", "Unauthorized");
  }

  static void forbidden(ServerResponse response, String detail) {
    problem(response, 403, "Forbidden", detail);
  }

  /** 400 with the {@code errors[]} list X adds for invalid parameters. */
  static void invalid(ServerResponse response, String message) {
    ObjectNode body = Json.object();
    body.putArray("errors").addObject().put("message", message);
    body.put("title", "Invalid Request");
    body.put("detail", "One or more parameters to your request was invalid.");
    body.put("type", INVALID_REQUEST);
    Json.send(response, 400, body);
  }

  /** OAuth endpoints answer {@code {"error","error_description"}}. */
  static void oauth(ServerResponse response, int status, String error, String description) {
    Json.send(
        response, status, Json.object().put("error", error).put("error_description", description));
  }

  static void rateHeaders(ServerResponse response, int limit, int remaining, Instant reset) {
    response.header(HeaderNames.create("x-rate-limit-limit"), Integer.toString(limit));
    response.header(HeaderNames.create("x-rate-limit-remaining"), Integer.toString(remaining));
    response.header(
        HeaderNames.create("x-rate-limit-reset"), Long.toString(reset.getEpochSecond()));
  }

  @Override
  public void serverError(ServerResponse response, int status) {
    String title = status == 503 ? "Service Unavailable" : "Internal Server Error";
    problem(response, status, title, title);
  }

  @Override
  public void rateLimited(ServerResponse response, Fault.RateLimited fault) {
    rateHeaders(response, RateWindows.LIMIT, 0, RateWindows.nextReset(Instant.now()));
    problem(response, 429, "Too Many Requests", "Too Many Requests");
  }
}
