package io.autoposter.server.media;

import io.autoposter.server.api.ProblemException;
import java.util.regex.Pattern;

/** The SHA-256 naming a media object: 64 lower-case hex digits, the form {@code MediaRef} uses. */
record MediaHash(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  MediaHash {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw ProblemException.validation(
          "Media are named by the SHA-256 of their content: 64 lower-case hex digits.");
    }
  }

  @Override
  public String toString() {
    return hex;
  }
}
