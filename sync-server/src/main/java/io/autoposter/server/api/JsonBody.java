package io.autoposter.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.autoposter.model.api.Problem;
import io.autoposter.model.json.Json;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Reads request bodies strictly and writes responses with the contract's JSON mapper. */
public final class JsonBody {
  private static final ObjectMapper MAPPER = Json.strict();
  private static final String JSON = "application/json";

  private JsonBody() {}

  /**
   * Parses the body into the type; malformed input becomes 400 INVALID_JSON or VALIDATION_FAILED.
   */
  public static <T> T read(ServerRequest request, Class<T> type) {
    return parse(body(request), type);
  }

  /** The raw body, for routes that look at it before parsing; an empty one is 400 INVALID_JSON. */
  public static byte[] body(ServerRequest request) {
    // A request without any body (not even Content-Length: 0) has no entity to read at all.
    byte[] body = request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
    if (body.length == 0) {
      throw ProblemException.invalidJson("The request needs a JSON body.");
    }
    return body;
  }

  /** Parses a body read with {@link #body}, with the same answers as {@link #read}. */
  public static <T> T parse(byte[] body, Class<T> type) {
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw ProblemException.invalidJson("The request needs a JSON object, not null.");
      }
      return value;
    } catch (ValueInstantiationException e) {
      // A record's compact constructor refused the values: the JSON was fine, the content is not.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw ProblemException.validation(cause.getMessage());
    } catch (UnrecognizedPropertyException e) {
      throw ProblemException.invalidJson("Unknown field '" + e.getPropertyName() + "'.");
    } catch (InvalidTypeIdException e) {
      throw ProblemException.invalidJson("Unknown or missing type '" + e.getTypeId() + "'.");
    } catch (JsonProcessingException e) {
      throw ProblemException.invalidJson(e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw ProblemException.invalidJson("The request body could not be read.");
    }
  }

  public static void write(ServerResponse response, Status status, Object value) {
    response.status(status);
    response.header(HeaderNames.CONTENT_TYPE, JSON);
    response.send(bytes(value));
  }

  public static void ok(ServerResponse response, Object value) {
    write(response, Status.OK_200, value);
  }

  public static void created(ServerResponse response, Object value) {
    write(response, Status.CREATED_201, value);
  }

  static void problem(ServerResponse response, Problem problem) {
    response.status(Status.create(problem.status()));
    response.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.send(bytes(problem));
  }

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass(), e);
    }
  }
}
