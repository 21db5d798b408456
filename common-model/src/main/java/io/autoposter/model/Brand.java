package io.autoposter.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A client brand of an agency, with the time zone its posts are scheduled in. {@code logoSha256}
 * names the uploaded logo (fetch it from {@code /api/v1/clients/{id}/logo}); null when there is
 * none.
 */
public record Brand(BrandId id, String name, ZoneId zone, String color, String logoSha256) {

  public static final int MAX_NAME_LENGTH = 120;
  private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

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
    if (logoSha256 != null && !SHA256.matcher(logoSha256).matches()) {
      throw new IllegalArgumentException("logo hash must be 64 lowercase hex digits");
    }
  }

  /** A brand without a logo. */
  public Brand(BrandId id, String name, ZoneId zone, String color) {
    this(id, name, zone, color, null);
  }
}
