package io.autoposter.model.sync;

import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.SocialAccountId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields one edit changed; a null field (absent in JSON) is unchanged. Text fields carry their
 * new text (a variant of "" removes that network's override, an alt text of "" removes the
 * picture's description); sets carry what was added and removed. Alt texts are text fields keyed by
 * the picture's SHA-256, not part of {@code media}: editing one never removes and re-adds a
 * picture. The server merges a patch field by field (docs/sync-protocol.md); a desktop replays its
 * unpushed patches over the server's copy with {@link #applyTo}.
 */
public record PostPatch(
    BrandId brandId,
    String caption,
    String firstComment,
    Map<Network, String> variants,
    Schedule schedule,
    PostStatus status,
    SetDelta<Network> networks,
    SetDelta<SocialAccountId> targets,
    SetDelta<MediaRef> media,
    Map<String, String> altTexts,
    SetDelta<String> tags) {

  public static final PostPatch EMPTY =
      new PostPatch(null, null, null, null, null, null, null, null, null, null, null);

  /** A patch that leaves alt texts alone. */
  public PostPatch(
      BrandId brandId,
      String caption,
      String firstComment,
      Map<Network, String> variants,
      Schedule schedule,
      PostStatus status,
      SetDelta<Network> networks,
      SetDelta<SocialAccountId> targets,
      SetDelta<MediaRef> media,
      SetDelta<String> tags) {
    this(
        brandId,
        caption,
        firstComment,
        variants,
        schedule,
        status,
        networks,
        targets,
        media,
        null,
        tags);
  }

  public PostPatch {
    if (variants != null) {
      Map<Network, String> copy = new EnumMap<>(Network.class);
      variants.forEach(
          (network, text) ->
              copy.put(Objects.requireNonNull(network), Objects.requireNonNull(text, "variant")));
      variants = copy.isEmpty() ? null : Map.copyOf(copy);
    }
    if (altTexts != null) {
      Map<String, String> copy = new TreeMap<>();
      altTexts.forEach(
          (sha256, text) ->
              copy.put(Objects.requireNonNull(sha256), Objects.requireNonNull(text, "alt text")));
      altTexts = copy.isEmpty() ? null : Collections.unmodifiableMap(copy);
    }
    networks = emptyToNull(networks);
    targets = emptyToNull(targets);
    media = emptyToNull(media);
    tags = emptyToNull(tags);
  }

  /** Everything that differs from {@code before} to {@code after} (same post id). */
  public static PostPatch between(Post before, Post after) {
    if (!before.id().equals(after.id())) {
      throw new IllegalArgumentException("a patch is between two versions of one post");
    }
    Map<Network, String> variants = new EnumMap<>(Network.class);
    Set<Network> variantNetworks = new LinkedHashSet<>(before.variants().keySet());
    variantNetworks.addAll(after.variants().keySet());
    for (Network network : variantNetworks) {
      String old = before.variants().getOrDefault(network, "");
      String now = after.variants().getOrDefault(network, "");
      if (!old.equals(now)) {
        variants.put(network, now);
      }
    }
    boolean scheduleChanged =
        !Objects.equals(before.dueAt(), after.dueAt()) || !before.zone().equals(after.zone());
    return new PostPatch(
        before.brandId().equals(after.brandId()) ? null : after.brandId(),
        before.caption().equals(after.caption()) ? null : after.caption(),
        before.firstComment().equals(after.firstComment()) ? null : after.firstComment(),
        variants,
        scheduleChanged ? new Schedule(after.dueAt(), after.zone()) : null,
        before.status() == after.status() ? null : after.status(),
        SetDelta.between(before.networks(), after.networks()),
        SetDelta.between(before.targets(), after.targets()),
        SetDelta.between(before.media(), after.media()),
        altTextsBetween(before, after),
        SetDelta.between(before.tags(), after.tags()));
  }

  /**
   * The alt texts of the pictures {@code after} has that changed. A picture taken off the post
   * loses its text with it, without a text edit of its own (which could only make a conflict about
   * a picture nobody sees any more).
   */
  private static Map<String, String> altTextsBetween(Post before, Post after) {
    Map<String, String> changed = new TreeMap<>();
    for (MediaRef ref : after.media()) {
      String old = before.altTextFor(ref);
      String now = after.altTextFor(ref);
      if (!old.equals(now)) {
        changed.put(ref.sha256(), now);
      }
    }
    return changed;
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** The text fields ({@link TextField} names) this patch sets. */
  public Set<String> textFields() {
    Set<String> fields = new LinkedHashSet<>();
    if (caption != null) {
      fields.add(TextField.CAPTION);
    }
    if (firstComment != null) {
      fields.add(TextField.FIRST_COMMENT);
    }
    if (variants != null) {
      variants.keySet().stream().sorted().map(TextField::variant).forEach(fields::add);
    }
    if (altTexts != null) {
      altTexts.keySet().stream().map(TextField::altText).forEach(fields::add);
    }
    return fields;
  }

  /**
   * {@code base} with this patch applied as its author meant it, without any merging. A status
   * change clears the server's outcome, as the server does.
   *
   * @throws IllegalArgumentException when the result is not a valid post (for example scheduled
   *     without a due time)
   */
  public Post applyTo(Post base) {
    Map<Network, String> mergedVariants = new EnumMap<>(Network.class);
    mergedVariants.putAll(base.variants());
    if (variants != null) {
      variants.forEach(
          (network, text) -> {
            if (text.isEmpty()) {
              mergedVariants.remove(network);
            } else {
              mergedVariants.put(network, text);
            }
          });
    }
    PostStatus newStatus = status == null ? base.status() : status;
    List<MediaRef> newMedia = media == null ? base.media() : media.applyTo(base.media());
    Map<String, String> mergedAltTexts = new HashMap<>(base.altTexts());
    if (altTexts != null) {
      altTexts.forEach(
          (sha256, text) -> {
            if (text.isEmpty()) {
              mergedAltTexts.remove(sha256);
            } else {
              mergedAltTexts.put(sha256, text);
            }
          });
    }
    return new Post(
        base.id(),
        brandId == null ? base.brandId() : brandId,
        caption == null ? base.caption() : caption,
        firstComment == null ? base.firstComment() : firstComment,
        mergedVariants,
        networks == null ? base.networks() : Set.copyOf(networks.applyTo(base.networks())),
        targets == null ? base.targets() : Set.copyOf(targets.applyTo(base.targets())),
        newMedia,
        mergedAltTexts,
        tags == null ? base.tags() : Set.copyOf(tags.applyTo(base.tags())),
        schedule == null ? base.dueAt() : schedule.dueAt(),
        schedule == null ? base.zone() : schedule.zone(),
        newStatus,
        newStatus == base.status() ? base.outcome() : "");
  }

  public PostPatch withCaption(String text) {
    return new PostPatch(
        brandId,
        text,
        firstComment,
        variants,
        schedule,
        status,
        networks,
        targets,
        media,
        altTexts,
        tags);
  }

  /** This patch, also moving the post to {@code newSchedule} (a null due time unschedules it). */
  public PostPatch withSchedule(Schedule newSchedule) {
    return new PostPatch(
        brandId,
        caption,
        firstComment,
        variants,
        newSchedule,
        status,
        networks,
        targets,
        media,
        altTexts,
        tags);
  }

  /** This patch, also setting the post's status. */
  public PostPatch withStatus(PostStatus newStatus) {
    return new PostPatch(
        brandId,
        caption,
        firstComment,
        variants,
        schedule,
        newStatus,
        networks,
        targets,
        media,
        altTexts,
        tags);
  }

  public PostPatch withFirstComment(String text) {
    return new PostPatch(
        brandId, caption, text, variants, schedule, status, networks, targets, media, altTexts,
        tags);
  }

  /** This patch, also setting the alt text of the picture {@code sha256} ("" removes it). */
  public PostPatch withAltText(String sha256, String text) {
    Map<String, String> copy = new TreeMap<>();
    if (altTexts != null) {
      copy.putAll(altTexts);
    }
    copy.put(sha256, text);
    return new PostPatch(
        brandId,
        caption,
        firstComment,
        variants,
        schedule,
        status,
        networks,
        targets,
        media,
        copy,
        tags);
  }

  public PostPatch withVariant(Network network, String text) {
    Map<Network, String> copy = new EnumMap<>(Network.class);
    if (variants != null) {
      copy.putAll(variants);
    }
    copy.put(network, text);
    return new PostPatch(
        brandId,
        caption,
        firstComment,
        copy,
        schedule,
        status,
        networks,
        targets,
        media,
        altTexts,
        tags);
  }

  private static <T> SetDelta<T> emptyToNull(SetDelta<T> delta) {
    return delta == null || delta.isEmpty() ? null : delta;
  }
}
