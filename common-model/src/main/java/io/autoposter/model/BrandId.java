package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A client brand of an agency; posts are made for brands. */
public record BrandId(UUID value) {

  public BrandId {
    Objects.requireNonNull(value, "BrandId value");
  }

  public static BrandId random() {
    return new BrandId(UUID.randomUUID());
  }

  /**
   * Parses the textual form used in JSON and URLs.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  @JsonCreator
  public static BrandId parse(String text) {
    return new BrandId(UUID.fromString(Objects.requireNonNull(text, "BrandId text")));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
