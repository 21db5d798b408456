package io.autoposter.model.api;

import java.util.List;

/** One page of posts; {@code next} is the cursor for the page after (null on the last page). */
public record ApiPostPage(List<ApiPost> posts, String next) {
  public ApiPostPage {
    posts = List.copyOf(posts);
  }
}
