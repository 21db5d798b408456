package io.autoposter.simulator.graph;

import io.autoposter.simulator.faults.ContainerPlan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An Instagram media container: what to publish, and how far processing has got. */
record Container(
    String id,
    String igUserId,
    String mediaType,
    Optional<String> imageUrl,
    Optional<String> videoUrl,
    String caption,
    Optional<String> altText,
    List<String> children,
    boolean carouselItem,
    Instant createdAt,
    ContainerPlan plan,
    int polls,
    Optional<String> publishedMediaId) {

  /** Unpublished containers expire after a day, as on Instagram. */
  static final Duration LIFETIME = Duration.ofHours(24);

  Container {
    children = List.copyOf(children);
  }

  /** The status code now, without counting this as a poll. */
  String statusCode(Instant now) {
    if (publishedMediaId.isPresent()) {
      return "PUBLISHED";
    }
    if (!now.isBefore(createdAt.plus(LIFETIME))) {
      return "EXPIRED";
    }
    return switch (plan.outcome()) {
      case STUCK -> "IN_PROGRESS";
      case FINISHED, ERROR, EXPIRED ->
          polls < plan.pollsInProgress() ? "IN_PROGRESS" : plan.outcome().name();
    };
  }

  /** The human status Graph returns beside {@code status_code}. */
  String status(Instant now) {
    return switch (statusCode(now)) {
      case "IN_PROGRESS" -> "In Progress: Media is still being processed.";
      case "ERROR" ->
          "Error: Media download has failed. The media URI doesn't meet our requirements."
              + " (2207052)";
      case "EXPIRED" -> "Expired: The container was not published within 24 hours.";
      case "PUBLISHED" -> "Published: Media has been published.";
      default -> "Finished: Media has been uploaded and it is ready to be published.";
    };
  }

  Container polled() {
    return new Container(
        id,
        igUserId,
        mediaType,
        imageUrl,
        videoUrl,
        caption,
        altText,
        children,
        carouselItem,
        createdAt,
        plan,
        polls + 1,
        publishedMediaId);
  }

  Container published(String mediaId) {
    return new Container(
        id,
        igUserId,
        mediaType,
        imageUrl,
        videoUrl,
        caption,
        altText,
        children,
        carouselItem,
        createdAt,
        plan,
        polls,
        Optional.of(mediaId));
  }
}
