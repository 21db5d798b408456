package io.autoposter.model.api;

import io.autoposter.model.BrandId;
import io.autoposter.model.PostingSlot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A brand's queue: its weekly posting slots on its wall clock, the next one no scheduled post
 * takes, and the scheduled posts, soonest first.
 *
 * @param nextFreeSlot null when the brand has no slots or all are taken for the weeks looked at
 * @param next cursor for {@code GET /api/v1/posts/scheduled?brand=…&after=} when more posts follow
 */
public record ApiQueue(
    BrandId brand,
    ZoneId zone,
    List<PostingSlot> slots,
    Instant nextFreeSlot,
    List<ApiPost> posts,
    String next) {
  public ApiQueue {
    slots = List.copyOf(slots);
    posts = List.copyOf(posts);
  }
}
