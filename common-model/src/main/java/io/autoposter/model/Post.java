package io.autoposter.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A post for one brand, targeting one or more networks.
 *
 * <p>The due time is an instant; {@code zone} is the brand's IANA zone the user scheduled in, so
 * every device shows the same wall-clock time the user chose. {@code outcome} is the server's last
 * word on publishing (an error message or a platform post reference), empty until then.
 *
 * <p>{@code variants} override the caption for one network; {@code targets} are the social accounts
 * to publish to; {@code media} keeps the order it was attached in (a carousel's order); {@code
 * tags} are the agency's own labels, kept sorted. {@code altTexts} describe pictures for people who
 * cannot see them, by the media item's SHA-256; only attached media keep one, and an empty text is
 * none. They sit beside {@code media} rather than in {@link MediaRef} so that editing a description
 * is a text edit of its own, not a removal and re-add of the picture (docs/sync-protocol.md).
 */
public record Post(
    PostId id,
    BrandId brandId,
    String caption,
    String firstComment,
    Map<Network, String> variants,
    Set<Network> networks,
    Set<SocialAccountId> targets,
    List<MediaRef> media,
    Map<String, String> altTexts,
    Set<String> tags,
    Instant dueAt,
    ZoneId zone,
    PostStatus status,
    String outcome) {

  public static final int MAX_CAPTION_CODE_POINTS = 63_206;
  public static final int MAX_FIRST_COMMENT_CODE_POINTS = 2_200;
  public static final int MAX_OUTCOME_LENGTH = 2_000;
  public static final int MAX_MEDIA = 20;
  public static final int MAX_TARGETS = 50;
  public static final int MAX_TAGS = 30;
  public static final int MAX_TAG_LENGTH = 50;

  /** The most any network takes (LinkedIn); each network's own limit is in the rules data. */
  public static final int MAX_ALT_TEXT_CODE_POINTS = 4_086;

  @JsonCreator
  public Post {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(brandId, "brandId");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(status, "status");
    firstComment = firstComment == null ? "" : firstComment;
    outcome = outcome == null ? "" : outcome;
    requireCodePoints("caption", caption, MAX_CAPTION_CODE_POINTS);
    requireCodePoints("first comment", firstComment, MAX_FIRST_COMMENT_CODE_POINTS);
    if (outcome.length() > MAX_OUTCOME_LENGTH) {
      throw new IllegalArgumentException("outcome is longer than " + MAX_OUTCOME_LENGTH);
    }
    variants = variants(variants);
    // An EnumSet keeps networks in declaration order, so JSON and UIs list them the same way.
    networks =
        networks == null || networks.isEmpty()
            ? Collections.unmodifiableSet(EnumSet.noneOf(Network.class))
            : Collections.unmodifiableSet(EnumSet.copyOf(networks));
    targets = targets(targets);
    media = media(media);
    altTexts = altTexts(altTexts, media);
    tags = tags(tags);
    if (status == PostStatus.SCHEDULED && dueAt == null) {
      throw new IllegalArgumentException("a scheduled post needs a due time");
    }
    if (status == PostStatus.SCHEDULED && networks.isEmpty()) {
      throw new IllegalArgumentException("a scheduled post needs at least one network");
    }
  }

  /** A post without alt texts. */
  public Post(
      PostId id,
      BrandId brandId,
      String caption,
      String firstComment,
      Map<Network, String> variants,
      Set<Network> networks,
      Set<SocialAccountId> targets,
      List<MediaRef> media,
      Set<String> tags,
      Instant dueAt,
      ZoneId zone,
      PostStatus status,
      String outcome) {
    this(
        id,
        brandId,
        caption,
        firstComment,
        variants,
        networks,
        targets,
        media,
        Map.of(),
        tags,
        dueAt,
        zone,
        status,
        outcome);
  }

  /** A post with only the original fields: no first comment, variants, targets, media or tags. */
  public Post(
      PostId id,
      BrandId brandId,
      String caption,
      Set<Network> networks,
      Instant dueAt,
      ZoneId zone,
      PostStatus status,
      String outcome) {
    this(
        id, brandId, caption, "", Map.of(), networks, Set.of(), List.of(), Map.of(), Set.of(),
        dueAt, zone, status, outcome);
  }

  /** The due time as the brand's wall clock, or null for an unscheduled draft. */
  public ZonedDateTime dueInBrandZone() {
    return dueAt == null ? null : dueAt.atZone(zone);
  }

  /** The caption published on {@code network}: its variant if there is one, else the caption. */
  public String captionFor(Network network) {
    return variants.getOrDefault(network, caption);
  }

  /** The alt text of {@code ref}, or "" when it has none. */
  public String altTextFor(MediaRef ref) {
    return altTexts.getOrDefault(ref.sha256(), "");
  }

  /** This post due at {@code newDueAt}, everything else (alt texts included) unchanged. */
  public Post withDueAt(Instant newDueAt) {
    return new Post(
        id,
        brandId,
        caption,
        firstComment,
        variants,
        networks,
        targets,
        media,
        altTexts,
        tags,
        newDueAt,
        zone,
        status,
        outcome);
  }

  public Post withStatus(PostStatus newStatus, String newOutcome) {
    return new Post(
        id,
        brandId,
        caption,
        firstComment,
        variants,
        networks,
        targets,
        media,
        altTexts,
        tags,
        dueAt,
        zone,
        newStatus,
        newOutcome);
  }

  /** A tag as stored: trimmed, inner whitespace collapsed; blank or over-long tags are refused. */
  public static String normalizeTag(String tag) {
    String normalized = Objects.requireNonNull(tag, "tag").strip().replaceAll("\\s+", " ");
    if (normalized.isEmpty()) {
      throw new IllegalArgumentException("a tag must not be blank");
    }
    if (normalized.codePointCount(0, normalized.length()) > MAX_TAG_LENGTH) {
      throw new IllegalArgumentException("a tag is longer than " + MAX_TAG_LENGTH + " characters");
    }
    return normalized;
  }

  private static void requireCodePoints(String what, String text, int max) {
    if (text.codePointCount(0, text.length()) > max) {
      throw new IllegalArgumentException(what + " is longer than " + max + " characters");
    }
  }

  private static Map<Network, String> variants(Map<Network, String> variants) {
    if (variants == null || variants.isEmpty()) {
      return Map.of();
    }
    Map<Network, String> copy = new EnumMap<>(Network.class);
    variants.forEach(
        (network, text) -> {
          Objects.requireNonNull(network, "variant network");
          if (text != null && !text.isEmpty()) {
            requireCodePoints("the " + network + " caption", text, MAX_CAPTION_CODE_POINTS);
            copy.put(network, text);
          }
        });
    return Collections.unmodifiableMap(copy);
  }

  private static Set<SocialAccountId> targets(Set<SocialAccountId> targets) {
    if (targets == null || targets.isEmpty()) {
      return Set.of();
    }
    if (targets.size() > MAX_TARGETS) {
      throw new IllegalArgumentException("a post targets at most " + MAX_TARGETS + " accounts");
    }
    Set<SocialAccountId> sorted = new TreeSet<>(Comparator.comparing(SocialAccountId::toString));
    sorted.addAll(targets);
    return Collections.unmodifiableSet(sorted);
  }

  private static List<MediaRef> media(List<MediaRef> media) {
    if (media == null || media.isEmpty()) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    List<MediaRef> unique = new ArrayList<>();
    for (MediaRef ref : media) {
      if (seen.add(Objects.requireNonNull(ref, "media").sha256())) {
        unique.add(ref);
      }
    }
    if (unique.size() > MAX_MEDIA) {
      throw new IllegalArgumentException("a post has at most " + MAX_MEDIA + " media");
    }
    return List.copyOf(unique);
  }

  private static Map<String, String> altTexts(Map<String, String> altTexts, List<MediaRef> media) {
    if (altTexts == null || altTexts.isEmpty()) {
      return Map.of();
    }
    // Sorted by key, so JSON and equality do not depend on the order texts were typed in.
    Map<String, String> kept = new TreeMap<>();
    for (MediaRef ref : media) {
      String text = altTexts.get(ref.sha256());
      if (text != null && !text.isEmpty()) {
        requireCodePoints("alt text", text, MAX_ALT_TEXT_CODE_POINTS);
        kept.put(ref.sha256(), text);
      }
    }
    return kept.isEmpty() ? Map.of() : Collections.unmodifiableMap(kept);
  }

  private static Set<String> tags(Set<String> tags) {
    if (tags == null || tags.isEmpty()) {
      return Set.of();
    }
    Set<String> sorted = new TreeSet<>();
    for (String tag : tags) {
      sorted.add(normalizeTag(tag));
    }
    if (sorted.size() > MAX_TAGS) {
      throw new IllegalArgumentException("a post has at most " + MAX_TAGS + " tags");
    }
    return Collections.unmodifiableSet(sorted);
  }
}
