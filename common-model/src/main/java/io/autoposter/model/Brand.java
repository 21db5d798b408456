package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A client brand of an agency, with the time zone its posts are scheduled in. {@code logoSha256}
 * names the uploaded logo (fetch it from {@code /api/v1/clients/{id}/logo}); null when there is
 * none.
 *
 * <p>{@code postingSlots} are the weekly times "add to queue" fills, on the brand's wall clock,
 * each once and sorted; {@code hashtagGroups} are the brand's saved hashtag lists, names unique
 * ignoring case. Both are left out of the JSON while empty, so brands read by older clients look as
 * before.
 */
public record Brand(
    BrandId id,
    String name,
    ZoneId zone,
    String color,
    String logoSha256,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PostingSlot> postingSlots,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<HashtagGroup> hashtagGroups) {

  public static final int MAX_NAME_LENGTH = 120;
  public static final int MAX_POSTING_SLOTS = 50;
  public static final int MAX_HASHTAG_GROUPS = 30;
  private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  @JsonCreator
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
    postingSlots = slots(postingSlots);
    hashtagGroups = groups(hashtagGroups);
  }

  /** A brand without posting slots or hashtag groups. */
  public Brand(BrandId id, String name, ZoneId zone, String color, String logoSha256) {
    this(id, name, zone, color, logoSha256, List.of(), List.of());
  }

  /** A brand without a logo. */
  public Brand(BrandId id, String name, ZoneId zone, String color) {
    this(id, name, zone, color, null);
  }

  /** This brand with another logo (null: none), keeping everything else. */
  public Brand withLogo(String sha256) {
    return new Brand(id, name, zone, color, sha256, postingSlots, hashtagGroups);
  }

  /** This brand with other posting slots. */
  public Brand withPostingSlots(List<PostingSlot> slots) {
    return new Brand(id, name, zone, color, logoSha256, slots, hashtagGroups);
  }

  /** This brand with other hashtag groups. */
  public Brand withHashtagGroups(List<HashtagGroup> groups) {
    return new Brand(id, name, zone, color, logoSha256, postingSlots, groups);
  }

  private static List<PostingSlot> slots(List<PostingSlot> slots) {
    if (slots == null || slots.isEmpty()) {
      return List.of();
    }
    TreeSet<PostingSlot> sorted = new TreeSet<>();
    for (PostingSlot slot : slots) {
      sorted.add(Objects.requireNonNull(slot, "A posting slot cannot be null."));
    }
    if (sorted.size() > MAX_POSTING_SLOTS) {
      throw new IllegalArgumentException(
          "A brand has at most %d posting slots; remove %d."
              .formatted(MAX_POSTING_SLOTS, sorted.size() - MAX_POSTING_SLOTS));
    }
    return List.copyOf(sorted);
  }

  private static List<HashtagGroup> groups(List<HashtagGroup> groups) {
    if (groups == null || groups.isEmpty()) {
      return List.of();
    }
    if (groups.size() > MAX_HASHTAG_GROUPS) {
      throw new IllegalArgumentException(
          "A brand has at most %d hashtag groups; remove %d."
              .formatted(MAX_HASHTAG_GROUPS, groups.size() - MAX_HASHTAG_GROUPS));
    }
    Set<String> names = new HashSet<>();
    List<HashtagGroup> result = new ArrayList<>(groups.size());
    for (HashtagGroup group : groups) {
      Objects.requireNonNull(group, "A hashtag group cannot be null.");
      if (!names.add(group.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "Two hashtag groups are called '%s'; give each group its own name."
                .formatted(group.name()));
      }
      result.add(group);
    }
    return List.copyOf(result);
  }
}
