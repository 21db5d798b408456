package io.autoposter.desktop.queue;

import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.Instant;

/** New versions of a post for the bulk actions; every other field stays as it was. */
final class PostCopies {

  private PostCopies() {}

  /**
   * The post due at {@code dueAt}. A failed, cancelled or needs-attention post that moves is back
   * on the schedule; drafts stay drafts.
   */
  static Post rescheduled(Post post, Instant dueAt) {
    PostStatus status =
        switch (post.status()) {
          case DRAFT -> PostStatus.DRAFT;
          case SCHEDULED, FAILED, CANCELLED, NEEDS_ATTENTION ->
              post.networks().isEmpty() ? PostStatus.DRAFT : PostStatus.SCHEDULED;
          case PUBLISHING, PUBLISHED -> throw new IllegalArgumentException("read-only post");
        };
    return new Post(
        post.id(),
        post.brandId(),
        post.caption(),
        post.firstComment(),
        post.variants(),
        post.networks(),
        post.targets(),
        post.media(),
        post.altTexts(),
        post.tags(),
        dueAt,
        post.zone(),
        status,
        "");
  }

  /** A new draft with the same content; it keeps the due time only if asked to. */
  static Post duplicate(Post post, boolean keepDueTime) {
    return new Post(
        PostId.random(),
        post.brandId(),
        post.caption(),
        post.firstComment(),
        post.variants(),
        post.networks(),
        post.targets(),
        post.media(),
        post.altTexts(),
        post.tags(),
        keepDueTime ? post.dueAt() : null,
        post.zone(),
        PostStatus.DRAFT,
        "");
  }
}
