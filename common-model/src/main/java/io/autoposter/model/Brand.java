package io.autoposter.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/** A client brand of an agency, with the time zone its posts are scheduled in. */
public record Brand(BrandId id, String name, ZoneId zone, String color) {

  public static final int MAX_NAME_LENGTH = 120;
  private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  public Brand {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(zone, "zone");
    name = Objects.requireNonNull(name, "name").strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "brand name must be 1 to " + MAX_NAME_LENGTH + " characters");
    }
    color = color == null || color.isBlank() ? "#4F46E5" : color;
    if (!HEX_COLOR.matcher(color).matches()) {
      throw new IllegalArgumentException("brand colour must look like #RRGGBB");
    }
  }
}
