package io.autoposter.simulator.linkedin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.faults.Fault;
import io.autoposter.simulator.state.TokenCheck;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.PlatformErrors;
import io.helidon.webserver.http.ServerResponse;

/** LinkedIn's error body: {@code {"status","serviceErrorCode","code","message"}}. */
final class LinkedInErrors implements PlatformErrors {
  static void send(
      ServerResponse response, int status, int serviceErrorCode, String code, String message) {
    ObjectNode body = Json.object().put("status", status);
    if (serviceErrorCode > 0) {
      body.put("serviceErrorCode", serviceErrorCode);
    }
    if (code != null) {
      body.put("code", code);
    }
    body.put("message", message);
    Json.send(response, status, body);
  }

  /** 422 as LinkedIn words a rejected field: {@code ERROR :: /commentary :: ...}. */
  static void unprocessable(ServerResponse response, String message) {
    send(response, 422, 0, null, message);
  }

  static void token(ServerResponse response, TokenCheck check) {
    switch (check) {
      case TokenCheck.Expired e ->
          send(
              response,
              401,
              65601,
              "EXPIRED_ACCESS_TOKEN",
              "The token used in the request has" + " expired");
      case TokenCheck.Revoked r ->
          send(
              response,
              401,
              65602,
              "REVOKED_ACCESS_TOKEN",
              "The token used in the request has" + " been revoked by the user");
      case TokenCheck.Unknown u when u.reason().equals("missing") ->
          send(response, 401, 401, "EMPTY_ACCESS_TOKEN", "Empty oauth2_access_token");
      default -> send(response, 401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token");
    }
  }

  static void accessDenied(ServerResponse response, String what) {
    send(response, 403, 100, "ACCESS_DENIED", "Not enough permissions to access: " + what);
  }

  /** OAuth endpoints answer with {@code {"error","error_description"}}. */
  static void oauth(ServerResponse response, int status, String error, String description) {
    Json.send(
        response, status, Json.object().put("error", error).put("error_description", description));
  }

  @Override
  public void serverError(ServerResponse response, int status) {
    send(
        response, status, 0, null, status == 503 ? "Service Unavailable" : "Internal Server Error");
  }

  @Override
  public void rateLimited(ServerResponse response, Fault.RateLimited fault) {
    send(
        response,
        429,
        101,
        "TOO_MANY_REQUESTS",
        "Resource level throttle APPLICATION DAY limit"
            + " for calls to this resource is reached.");
  }
}
