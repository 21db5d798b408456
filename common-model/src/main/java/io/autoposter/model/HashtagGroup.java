package io.autoposter.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named list of hashtags a brand uses again and again ("Dinner", "Summer menu"). Tags keep the
 * order they were typed in, each once (ignoring case), and always start with {@code #}; a tag typed
 * without one gets it.
 */
public record HashtagGroup(String name, List<String> tags) {

  public static final int MAX_NAME_LENGTH = 60;
  public static final int MAX_TAGS = 30;
  public static final int MAX_TAG_LENGTH = 100;

  /** A letter, digit or underscore after the {@code #}, as the networks read hashtags. */
  private static final Pattern TAG = Pattern.compile("#[\\p{L}\\p{M}\\p{N}_]+");

  public HashtagGroup {
    name = Objects.requireNonNull(name, "A hashtag group needs a name.").strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A hashtag group name must be 1 to " + MAX_NAME_LENGTH + " characters.");
    }
    tags = tags(name, tags);
  }

  /** Splits text such as "#pasta, #roma dinner" into tags, each with its {@code #}. */
  public static List<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String part : text.strip().split("[\\s,;]+")) {
      if (!part.isEmpty()) {
        result.add(part.startsWith("#") ? part : "#" + part);
      }
    }
    return result;
  }

  private static List<String> tags(String group, List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : tags) {
      String tag = Objects.requireNonNull(raw, "A hashtag cannot be null.").strip();
      tag = tag.startsWith("#") ? tag : "#" + tag;
      if (tag.length() > MAX_TAG_LENGTH || !TAG.matcher(tag).matches()) {
        throw new IllegalArgumentException(
            "'%s' in hashtag group '%s' is not a hashtag: use # followed by letters, digits or _."
                .formatted(raw.strip(), group));
      }
      if (seen.add(tag.toLowerCase(Locale.ROOT))) {
        result.add(tag);
      }
    }
    if (result.size() > MAX_TAGS) {
      throw new IllegalArgumentException(
          "Hashtag group '%s' has %d hashtags; at most %d fit in one group."
              .formatted(group, result.size(), MAX_TAGS));
    }
    return List.copyOf(result);
  }
}
