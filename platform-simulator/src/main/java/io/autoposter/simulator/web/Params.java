package io.autoposter.simulator.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request's parameters as the platforms read them: the query string, then a urlencoded or
 * multipart form, or the top-level scalar fields of a JSON body (later sources win). The raw body
 * and the parsed JSON stay available.
 */
public final class Params {
  private final Map<String, String> values;
  private final Map<String, byte[]> files;
  private final byte[] raw;
  private final JsonNode json;

  private Params(Map<String, String> values, Map<String, byte[]> files, byte[] raw, JsonNode json) {
    this.values = values;
    this.files = files;
    this.raw = raw;
    this.json = json;
  }

  public static Params of(ServerRequest request) {
    Map<String, String> values = new HashMap<>();
    for (String name : request.query().names()) {
      values.put(name, request.query().all(name).getFirst());
    }
    byte[] raw = request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
    String type =
        request
            .headers()
            .first(HeaderNames.CONTENT_TYPE)
            .orElse("")
            .toLowerCase(java.util.Locale.ROOT);
    Map<String, byte[]> files = new HashMap<>();
    JsonNode json = Json.parse(null);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      values.putAll(form(new String(raw, StandardCharsets.UTF_8)));
    } else if (type.startsWith("multipart/form-data")) {
      for (Map.Entry<String, byte[]> part : Multipart.parse(type, raw).entrySet()) {
        files.put(part.getKey(), part.getValue());
        values.put(part.getKey(), new String(part.getValue(), StandardCharsets.UTF_8));
      }
    } else if (raw.length > 0 && (type.contains("json") || raw[0] == '{')) {
      json = Json.parse(raw);
      for (Map.Entry<String, JsonNode> field : json.properties()) {
        if (field.getValue().isValueNode()) {
          values.put(field.getKey(), field.getValue().asText());
        }
      }
    }
    return new Params(values, files, raw, json);
  }

  /** Decodes {@code a=1&b=2}; the first value of a repeated name wins. */
  public static Map<String, String> form(String body) {
    Map<String, String> values = new HashMap<>();
    if (body.isBlank()) {
      return values;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      values.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return values;
  }

  public Optional<String> get(String name) {
    String value = values.get(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  public String getOr(String name, String fallback) {
    return get(name).orElse(fallback);
  }

  public boolean has(String name) {
    return get(name).isPresent();
  }

  public Optional<byte[]> file(String name) {
    return Optional.ofNullable(files.get(name));
  }

  public byte[] raw() {
    return raw;
  }

  /** The JSON body; a missing node when the body was not JSON. */
  public JsonNode json() {
    return json;
  }
}
