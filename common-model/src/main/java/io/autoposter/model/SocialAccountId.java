package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A social account (page, profile) connected to a brand. */
public record SocialAccountId(UUID value) {

  public SocialAccountId {
    Objects.requireNonNull(value, "SocialAccountId value");
  }

  public static SocialAccountId random() {
    return new SocialAccountId(UUID.randomUUID());
  }

  /**
   * Parses the textual form used in JSON and URLs.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  @JsonCreator
  public static SocialAccountId parse(String text) {
    return new SocialAccountId(
        UUID.fromString(Objects.requireNonNull(text, "SocialAccountId text")));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
