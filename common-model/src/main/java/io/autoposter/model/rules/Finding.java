package io.autoposter.model.rules;

import io.autoposter.model.Network;
import java.util.Objects;

/**
 * One result of checking a post for a network: a stable code plus a message a person understands.
 */
public record Finding(Network network, Severity severity, String code, String message) {

  public Finding {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public boolean blocksScheduling() {
    return severity == Severity.ERROR;
  }
}
