package io.autoposter.server.vault;

import java.util.Objects;

/**
 * A platform token in the clear, only ever in memory. {@code toString()} never shows it, so a token
 * that ends up in a log line or an exception message by accident stays hidden; read it with {@link
 * #value()} where it is sent to the platform.
 */
public record SecretToken(String value) {
  public SecretToken {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a token cannot be empty");
    }
  }

  @Override
  public String toString() {
    return "SecretToken[redacted]";
  }
}
