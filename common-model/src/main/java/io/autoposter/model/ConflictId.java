package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A conflict record: two edits of one post that the server would not merge silently. */
public record ConflictId(UUID value) {

  public ConflictId {
    Objects.requireNonNull(value, "ConflictId value");
  }

  public static ConflictId random() {
    return new ConflictId(UUID.randomUUID());
  }

  /**
   * Parses the textual form used in JSON and URLs.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  @JsonCreator
  public static ConflictId parse(String text) {
    return new ConflictId(UUID.fromString(Objects.requireNonNull(text, "ConflictId text")));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
