package io.autoposter.desktop.queue;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reschedule, duplicate, cancel and delete for many posts at once, each post through the store's
 * ordinary edit path so it syncs like any edit. Published posts are read-only and skipped.
 */
final class BulkActions {

  private final LocalStore store;
  private final Clock clock;

  BulkActions(LocalStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  BulkResult reschedule(List<PostId> ids, Reschedule how) {
    BulkResult result = new BulkResult("Moved");
    Instant now = clock.instant();
    for (PostId id : ids) {
      Optional<Post> found = writable(id, result);
      if (found.isEmpty()) {
        continue;
      }
      Post post = found.get();
      if (post.dueAt() == null) {
        result.skipped("draft without a due time", "drafts without a due time");
        continue;
      }
      ZonedDateTime due = post.dueInBrandZone();
      // ZonedDateTime keeps the wall-clock time across DST; a time in a gap moves forward.
      ZonedDateTime moved =
          switch (how) {
            case Reschedule.ShiftDays shift -> due.plusDays(shift.days());
            case Reschedule.ToDate to ->
                ZonedDateTime.of(LocalDateTime.of(to.date(), due.toLocalTime()), post.zone());
          };
      if (!moved.toInstant().isAfter(now) && post.status() != PostStatus.DRAFT) {
        result.skipped("post that would move into the past", "posts that would move into the past");
        continue;
      }
      save(PostCopies.rescheduled(post, moved.toInstant()), result);
    }
    return result;
  }

  /** Copies each post as a new draft; published posts may be copied (the copy is a new post). */
  BulkResult duplicate(List<PostId> ids, boolean keepDueTime) {
    BulkResult result = new BulkResult("Duplicated");
    for (PostId id : ids) {
      Optional<LocalPost> found = store.post(id);
      if (found.isEmpty()) {
        result.skipped("deleted post", "deleted posts");
        continue;
      }
      save(PostCopies.duplicate(found.get().post(), keepDueTime), result);
    }
    return result;
  }

  /** Takes scheduled posts off the schedule: they become drafts and keep their due time. */
  BulkResult cancel(List<PostId> ids) {
    BulkResult result = new BulkResult("Cancelled");
    for (PostId id : ids) {
      Optional<Post> found = writable(id, result);
      if (found.isEmpty()) {
        continue;
      }
      Post post = found.get();
      if (post.status() == PostStatus.DRAFT) {
        result.skipped("draft", "drafts");
        continue;
      }
      save(post.withStatus(PostStatus.DRAFT, ""), result);
    }
    return result;
  }

  BulkResult delete(List<PostId> ids) {
    BulkResult result = new BulkResult("Deleted");
    for (PostId id : ids) {
      if (writable(id, result).isEmpty()) {
        continue;
      }
      try {
        store.recordDelete(id);
        result.done();
      } catch (IllegalStateException e) {
        result.skipped("published post", "published posts");
      }
    }
    return result;
  }

  /** The post if it exists and may be changed; otherwise counts why it is skipped. */
  private Optional<Post> writable(PostId id, BulkResult result) {
    Optional<LocalPost> found = store.post(id);
    if (found.isEmpty()) {
      result.skipped("deleted post", "deleted posts");
      return Optional.empty();
    }
    Post post = found.get().post();
    if (post.status().isReadOnly()) {
      result.skipped("published post", "published posts");
      return Optional.empty();
    }
    return Optional.of(post);
  }

  private void save(Post post, BulkResult result) {
    try {
      store.recordEdit(post);
      result.done();
    } catch (IllegalStateException e) {
      // Published on the server since the table was loaded.
      result.skipped("published post", "published posts");
    }
  }
}
