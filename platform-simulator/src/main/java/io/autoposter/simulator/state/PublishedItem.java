package io.autoposter.simulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Something a simulated platform published: a post, photo, Instagram media, tweet, LinkedIn post or
 * a comment. {@code account} is the page, Instagram account, organization/person urn or X user it
 * appeared on; {@code fingerprint} is {@link PublishedLog#fingerprint} of the text.
 */
public record PublishedItem(
    SimulatedNetwork network,
    String account,
    String id,
    Kind kind,
    String text,
    Optional<String> link,
    List<String> media,
    Optional<String> parentId,
    Instant createdAt,
    String permalink,
    String fingerprint,
    long sequence) {

  /** Comments (first comments) are kept apart from posts in the counts. */
  public enum Kind {
    FACEBOOK_POST,
    FACEBOOK_PHOTO,
    INSTAGRAM_IMAGE,
    INSTAGRAM_CAROUSEL,
    INSTAGRAM_REEL,
    LINKEDIN_POST,
    TWEET,
    COMMENT
  }

  public PublishedItem {
    media = List.copyOf(media);
  }

  public boolean isComment() {
    return kind == Kind.COMMENT;
  }
}
