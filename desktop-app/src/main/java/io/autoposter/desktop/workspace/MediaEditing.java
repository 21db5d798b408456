package io.autoposter.desktop.workspace;

import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.rules.NetworkLimits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * What the composer knows about its pictures beyond the list itself: each one's alt text (by
 * SHA-256) and what the chosen networks allow — the shortest alt text limit and the crop shapes.
 * Kept out of {@link ComposeViewModel} so that class stays about the form as a whole.
 */
final class MediaEditing {

  /** The alt text limit that binds: the smallest of the chosen networks', and whose it is. */
  record AltTextLimit(int max, String network) {}

  /** One crop shape, such as "4:5" for Instagram and Facebook. */
  record CropPreset(String ratio, double widthPerHeight, String networks) {
    String label() {
      return networks.isEmpty() ? ratio : ratio + " · " + networks;
    }
  }

  private final ObservableMap<String, String> altTexts = FXCollections.observableHashMap();

  /** The alt texts the form holds, by picture; observable so counters and rules follow them. */
  ObservableMap<String, String> altTexts() {
    return altTexts;
  }

  String altText(MediaRef ref) {
    return altTexts.getOrDefault(ref.sha256(), "");
  }

  /** Sets the alt text of {@code ref}; a blank text removes it. Surrounding spaces are dropped. */
  void setAltText(MediaRef ref, String text) {
    String clean = text == null ? "" : text.strip();
    if (clean.codePointCount(0, clean.length()) > Post.MAX_ALT_TEXT_CODE_POINTS) {
      throw new IllegalArgumentException(
          "Alt text can have at most %,d characters.".formatted(Post.MAX_ALT_TEXT_CODE_POINTS));
    }
    if (clean.isEmpty()) {
      altTexts.remove(ref.sha256());
    } else if (!clean.equals(altTexts.get(ref.sha256()))) {
      altTexts.put(ref.sha256(), clean);
    }
  }

  /** Replaces every alt text, as when a post is loaded or an undo restores the form. */
  void load(Map<String, String> texts) {
    if (!altTexts.equals(texts)) {
      altTexts.clear();
      altTexts.putAll(texts);
    }
  }

  /** The alt texts of {@code media} as a post stores them (sorted, only attached pictures). */
  Map<String, String> forPost(List<MediaRef> media) {
    Map<String, String> kept = new TreeMap<>();
    for (MediaRef ref : media) {
      String text = altTexts.get(ref.sha256());
      if (text != null && !text.isEmpty()) {
        kept.put(ref.sha256(), text);
      }
    }
    return kept;
  }

  /** Moves the alt text of a picture to its replacement (a crop of it). */
  void carryOver(MediaRef from, MediaRef to) {
    String text = altTexts.remove(from.sha256());
    if (text != null) {
      altTexts.put(to.sha256(), text);
    }
  }

  /** The alt text limit that binds for {@code chosen}; the record's own maximum when none does. */
  static AltTextLimit limit(Collection<Network> chosen) {
    AltTextLimit tightest = new AltTextLimit(Post.MAX_ALT_TEXT_CODE_POINTS, "");
    for (Network network : chosen) {
      Integer max = NetworkLimits.of(network).altTextMax();
      if (max != null && max < tightest.max()) {
        tightest = new AltTextLimit(max, network.displayName());
      }
    }
    return tightest;
  }

  /**
   * The crop shapes the chosen networks show best, each once, naming the networks that want it, in
   * the order the networks list them; a square when no network has a preference.
   */
  static List<CropPreset> cropPresets(Collection<Network> networks) {
    Set<Network> chosen =
        networks.isEmpty() ? EnumSet.noneOf(Network.class) : EnumSet.copyOf(networks);
    Set<String> ratios = new LinkedHashSet<>();
    for (Network network : chosen) {
      ratios.addAll(NetworkLimits.of(network).cropRatios());
    }
    if (ratios.isEmpty()) {
      ratios.add("1:1");
    }
    List<CropPreset> presets = new ArrayList<>();
    for (String ratio : ratios) {
      List<String> names = new ArrayList<>();
      for (Network network : chosen) {
        if (NetworkLimits.of(network).cropRatios().contains(ratio)) {
          names.add(network.displayName());
        }
      }
      presets.add(new CropPreset(ratio, NetworkLimits.ratio(ratio), String.join(", ", names)));
    }
    return presets;
  }

  static String describe(String altText) {
    Objects.requireNonNull(altText, "altText");
    return altText.isBlank() ? "No alt text yet" : "Alt text: " + altText;
  }
}
