package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A person who signs in to an agency. */
public record UserId(UUID value) {

  public UserId {
    Objects.requireNonNull(value, "UserId value");
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID());
  }

  /**
   * Parses the textual form used in JSON and URLs.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  @JsonCreator
  public static UserId parse(String text) {
    return new UserId(UUID.fromString(Objects.requireNonNull(text, "UserId text")));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
