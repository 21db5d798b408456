package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A post, created on a desktop and synced to the server. */
public record PostId(UUID value) {

  public PostId {
    Objects.requireNonNull(value, "PostId value");
  }

  public static PostId random() {
    return new PostId(UUID.randomUUID());
  }

  /**
   * Parses the textual form used in JSON and URLs.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  @JsonCreator
  public static PostId parse(String text) {
    return new PostId(UUID.fromString(Objects.requireNonNull(text, "PostId text")));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
