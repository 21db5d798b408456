package io.autoposter.server.app;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.api.Problem;
import io.autoposter.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An HTTP answer as the tests see it. */
record Reply(int status, String contentType, String body, String retryAfter) {

  Reply(int status, String contentType, String body) {
    this(status, contentType, body, "");
  }

  <T> T as(Class<T> type) {
    try {
      return Json.strict().readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from " + body, e);
    }
  }

  <T> T as(TypeReference<T> type) {
    try {
      return Json.strict().readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + type.getType() + " from " + body, e);
    }
  }

  Problem problem() {
    return as(Problem.class);
  }
}
