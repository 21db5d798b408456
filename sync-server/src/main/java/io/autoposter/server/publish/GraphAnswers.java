package io.autoposter.server.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Graph API errors (Facebook and Instagram) in the catalogue's terms, by code and subcode as Meta
 * documents them. A 5xx or a transient code after the request reached Graph is an unknown outcome:
 * the post may exist.
 */
final class GraphAnswers {
  private static final Set<Integer> PERMISSION = Set.of(3, 10, 200, 299);
  private static final Set<Integer> RATE = Set.of(4, 17, 32, 613, 80001);

  private GraphAnswers() {}

  static CallOutcome refusal(PublishHttp.Answer answer) {
    JsonNode error = answer.body().path("error");
    int code = error.path("code").asInt(0);
    int subcode = error.path("error_subcode").asInt(0);
    String detail =
        "Graph %d (#%d%s): %s"
            .formatted(
                answer.status(),
                code,
                subcode == 0 ? "" : "/" + subcode,
                error.path("message").asText(""));
    if (answer.status() >= 500
        || (error.path("is_transient").asBoolean(false) && !RATE.contains(code))) {
      return new CallOutcome.Unknown(detail);
    }
    PlatformError mapped = map(code, subcode, error.path("message").asText(""));
    return new CallOutcome.NotPublished(mapped, detail);
  }

  static PlatformError map(int code, int subcode, String message) {
    if (code == 190 || code == 102 || code == 104) {
      return PlatformError.TOKEN_EXPIRED;
    }
    if (PERMISSION.contains(code)) {
      return PlatformError.PERMISSION_MISSING;
    }
    if (RATE.contains(code)) {
      return PlatformError.RATE_LIMITED;
    }
    if (subcode == 2207042 || (code == 9 && subcode == 0)) {
      return PlatformError.QUOTA_EXCEEDED;
    }
    if (code == 506 || subcode == 2207008) {
      return PlatformError.DUPLICATE;
    }
    if (code == 36003 || subcode == 2207009) {
      return PlatformError.MEDIA_WRONG_RATIO;
    }
    if (code == 9004 || subcode == 2207052 || code == 324 && message.contains("fetch")) {
      return PlatformError.MEDIA_NOT_FETCHABLE;
    }
    if (code == 324 || code == 352 || subcode == 2207020 || subcode == 2207026) {
      return PlatformError.MEDIA_REJECTED;
    }
    if (code == 100) {
      return PlatformError.TEXT_REJECTED;
    }
    return PlatformError.UNEXPECTED;
  }
}
