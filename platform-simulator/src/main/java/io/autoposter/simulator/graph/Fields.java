package io.autoposter.simulator.graph;

import io.autoposter.simulator.web.Params;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The {@code fields} (or {@code metric}) list of a Graph request, with a default. */
final class Fields {
  private Fields() {}

  static Set<String> of(Params params, String name, String defaults) {
    String raw = params.getOr(name, defaults);
    Set<String> fields = new LinkedHashSet<>();
    Arrays.stream(raw.split(","))
        .map(String::strip)
        .filter(f -> !f.isEmpty())
        .map(f -> f.contains("{") ? f.substring(0, f.indexOf('{')) : f)
        .forEach(fields::add);
    return fields;
  }

  static int limit(Params params) {
    try {
      return Math.max(1, Math.min(100, Integer.parseInt(params.getOr("limit", "25"))));
    } catch (NumberFormatException e) {
      return 25;
    }
  }
}
