package io.autoposter.simulator.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.faults.Fault;
import io.autoposter.simulator.state.TokenCheck;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.PlatformErrors;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/** Graph's error body: {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}. */
final class GraphErrors implements PlatformErrors {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter EXPIRY =
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  static void send(ServerResponse response, int status, int code, int subcode, String message) {
    send(response, status, code, subcode, message, "OAuthException", false);
  }

  static void send(
      ServerResponse response,
      int status,
      int code,
      int subcode,
      String message,
      String type,
      boolean transientError) {
    ObjectNode error = Json.object();
    error.put("message", message).put("type", type).put("code", code);
    if (subcode > 0) {
      error.put("error_subcode", subcode);
    }
    if (transientError) {
      error.put("is_transient", true);
    }
    error.put("fbtrace_id", traceId());
    ObjectNode body = Json.object();
    body.set("error", error);
    if (code == 190 || code == 102) {
      response.header(
          HeaderNames.WWW_AUTHENTICATE,
          "OAuth \"Facebook Platform\" \"invalid_token\" \"" + message.replace('"', '\'') + "\"");
    }
    Json.send(response, status, body);
  }

  /** The answer for a token that is missing, unknown, expired or revoked. */
  static void token(ServerResponse response, TokenCheck check, String appId) {
    switch (check) {
      case TokenCheck.Unknown unknown when unknown.reason().equals("missing") ->
          send(response, 400, 104, 0, "An access token is required to request this resource.");
      case TokenCheck.Expired expired ->
          send(
              response,
              400,
              190,
              463,
              "Error validating access token: Session has expired on "
                  + EXPIRY.format(expired.token().expiresAt().orElseThrow())
                  + ". The current time is "
                  + EXPIRY.format(java.time.Instant.now())
                  + ".");
      case TokenCheck.Revoked revoked ->
          send(
              response,
              400,
              190,
              458,
              "Error validating access token: The user has not authorized application "
                  + appId
                  + ".");
      default ->
          send(response, 400, 190, 0, "Invalid OAuth access token - Cannot parse access token");
    }
  }

  static void unknownObject(ServerResponse response, String id) {
    send(
        response,
        400,
        100,
        33,
        "Unsupported get request. Object with ID '"
            + id
            + "' does not exist, cannot be loaded due to missing permissions, or does not support"
            + " this operation.",
        "GraphMethodException",
        false);
  }

  static void invalidParameter(ServerResponse response, String message) {
    send(response, 400, 100, 0, "(#100) " + message);
  }

  static void permission(ServerResponse response, int code, String message) {
    send(response, 400, code, 0, "(#" + code + ") " + message);
  }

  @Override
  public void serverError(ServerResponse response, int status) {
    if (status == 503) {
      send(
          response,
          503,
          2,
          0,
          "An unexpected error has occurred. Please retry your request later.",
          "OAuthException",
          true);
    } else {
      send(response, status, 1, 0, "An unknown error has occurred.", "OAuthException", true);
    }
  }

  @Override
  public void rateLimited(ServerResponse response, Fault.RateLimited fault) {
    String message =
        switch (fault.graphCode()) {
          case 17 -> "(#17) User request limit reached";
          case 32 -> "(#32) Page request limit reached";
          case 613 -> "(#613) Calls to this api have exceeded the rate limit.";
          default -> "(#4) Application request limit reached";
        };
    int code = java.util.Set.of(4, 17, 32, 613).contains(fault.graphCode()) ? fault.graphCode() : 4;
    send(response, 400, code, 0, message, "OAuthException", true);
  }

  private static String traceId() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
