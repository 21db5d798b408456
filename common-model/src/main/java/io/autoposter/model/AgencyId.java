package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The agency (tenant) that owns every other record. */
public record AgencyId(UUID value) {

  public AgencyId {
    Objects.requireNonNull(value, "AgencyId value");
  }

  public static AgencyId random() {
    return new AgencyId(UUID.randomUUID());
  }

  /**
   * Parses the textual form used in JSON and URLs.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  @JsonCreator
  public static AgencyId parse(String text) {
    return new AgencyId(UUID.fromString(Objects.requireNonNull(text, "AgencyId text")));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
