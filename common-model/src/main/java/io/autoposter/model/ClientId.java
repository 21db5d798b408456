package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** One install of the desktop app; the unit of mutation ordering in sync. */
public record ClientId(UUID value) {

  public ClientId {
    Objects.requireNonNull(value, "ClientId value");
  }

  public static ClientId random() {
    return new ClientId(UUID.randomUUID());
  }

  /**
   * Parses the textual form used in JSON and URLs.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  @JsonCreator
  public static ClientId parse(String text) {
    return new ClientId(UUID.fromString(Objects.requireNonNull(text, "ClientId text")));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
