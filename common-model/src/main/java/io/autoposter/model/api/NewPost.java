package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A post made through the public API ({@code POST /api/v1/posts/create} and {@code /schedule}).
 *
 * @param brand the brand it is for (one the caller may see)
 * @param networks where it goes; each network's connected accounts of the brand, or only those in
 *     {@code accounts}
 * @param accounts narrows a network to these of the brand's accounts; empty for all of them
 * @param media SHA-256 names of pictures or videos already uploaded ({@code upload-image}), in the
 *     order they are shown
 * @param altTexts descriptions of pictures, by their SHA-256
 * @param dueAt when it goes out; {@code /schedule} needs it, {@code /create} publishes now
 */
public record NewPost(
    BrandId brand,
    String caption,
    String firstComment,
    Map<Network, String> variants,
    Set<Network> networks,
    Set<SocialAccountId> accounts,
    List<String> media,
    Map<String, String> altTexts,
    Set<String> tags,
    Instant dueAt) {

  public NewPost {
    if (brand == null) {
      throw new IllegalArgumentException("brand is required: the id of one of your brands");
    }
    if (networks == null || networks.isEmpty()) {
      throw new IllegalArgumentException(
          "networks is required: at least one of FACEBOOK, INSTAGRAM, LINKEDIN, X, SANDBOX");
    }
    caption = caption == null ? "" : caption;
    firstComment = firstComment == null ? "" : firstComment;
    variants = variants == null ? Map.of() : Map.copyOf(variants);
    networks = Set.copyOf(networks);
    accounts = accounts == null ? Set.of() : Set.copyOf(accounts);
    media = media == null ? List.of() : List.copyOf(media);
    altTexts = altTexts == null ? Map.of() : Map.copyOf(altTexts);
    tags = tags == null ? Set.of() : Set.copyOf(tags);
  }
}
