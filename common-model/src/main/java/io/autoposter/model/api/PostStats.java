package io.autoposter.model.api;

import io.autoposter.model.PostStatus;
import java.util.Map;

/**
 * Counts over the posts the caller may see: posts by status, and publish targets (post × account)
 * by state.
 */
public record PostStats(Map<PostStatus, Long> postsByStatus, Map<String, Long> targetsByState) {
  public PostStats {
    postsByStatus = Map.copyOf(postsByStatus);
    targetsByState = Map.copyOf(targetsByState);
  }
}
