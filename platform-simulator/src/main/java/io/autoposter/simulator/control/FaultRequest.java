package io.autoposter.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.simulator.faults.Fault;
import io.autoposter.simulator.faults.FaultScope;
import io.autoposter.simulator.faults.Trigger;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.time.Duration;
import java.util.Optional;

/**
 * A fault as the control API takes it: {@code {"kind", "network"?, "account"?, "times"? | "rate"?,
 * ...}} where kind is latency, server-error, hold, drop-after-commit, rate-limit or duplicate.
 */
record FaultRequest(Fault fault, FaultScope scope, Trigger trigger) {
  static FaultRequest parse(JsonNode body) {
    if (!body.isObject() || !body.has("kind")) {
      throw new IllegalArgumentException("a fault needs a JSON object with \"kind\"");
    }
    Fault fault =
        switch (body.path("kind").asText()) {
          case "latency" -> {
            long fixed = body.path("millis").asLong(-1);
            long min = fixed >= 0 ? fixed : body.path("minMillis").asLong(0);
            long max = fixed >= 0 ? fixed : body.path("maxMillis").asLong(min);
            yield new Fault.Latency(Duration.ofMillis(min), Duration.ofMillis(max));
          }
          case "server-error" -> new Fault.ServerError(body.path("status").asInt(500));
          case "hold" -> new Fault.Hold(Duration.ofMillis(body.path("millis").asLong(30_000)));
          case "drop-after-commit" -> new Fault.DropAfterCommit();
          case "rate-limit" -> new Fault.RateLimited(body.path("code").asInt(4));
          case "duplicate" -> new Fault.Duplicate();
          default ->
              throw new IllegalArgumentException(
                  "unknown fault kind '" + body.path("kind").asText() + "'");
        };
    FaultScope scope =
        new FaultScope(text(body, "network").map(SimulatedNetwork::parse), text(body, "account"));
    Trigger trigger;
    if (body.has("times")) {
      trigger = Trigger.next(body.path("times").asInt());
    } else if (body.has("rate")) {
      trigger = Trigger.rate(body.path("rate").asDouble());
    } else {
      trigger = Trigger.always();
    }
    return new FaultRequest(fault, scope, trigger);
  }

  static String kindOf(Fault fault) {
    return switch (fault) {
      case Fault.Latency l -> "latency";
      case Fault.ServerError e -> "server-error";
      case Fault.Hold h -> "hold";
      case Fault.DropAfterCommit d -> "drop-after-commit";
      case Fault.RateLimited r -> "rate-limit";
      case Fault.Duplicate d -> "duplicate";
    };
  }

  static Optional<String> text(JsonNode body, String field) {
    return Optional.ofNullable(body.get(field))
        .filter(JsonNode::isValueNode)
        .map(JsonNode::asText)
        .filter(s -> !s.isBlank());
  }
}
