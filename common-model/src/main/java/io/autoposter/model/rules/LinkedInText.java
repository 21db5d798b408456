package io.autoposter.model.rules;

import java.util.Objects;

/**
 * LinkedIn's "little" text format, which the posts API reads commentary in: its reserved characters
 * must be escaped with a backslash, or LinkedIn drops or misreads the text after them.
 */
public final class LinkedInText {

  /** The reserved characters, each escaped with a backslash before sending. */
  public static final String RESERVED = "\\|{}@[]()<>#*_~";

  private LinkedInText() {}

  /** {@code text} with every reserved character preceded by a backslash. */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (RESERVED.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
