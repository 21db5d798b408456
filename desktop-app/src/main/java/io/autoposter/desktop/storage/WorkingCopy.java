package io.autoposter.desktop.storage;

import io.autoposter.model.Post;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.ResolveConflict;
import io.autoposter.model.sync.TextField;
import java.util.List;
import java.util.function.Function;

/**
 * Replays a post's unpushed mutations over a starting copy, as their author meant them and without
 * merging (the server merges). A mutation whose replay would make an invalid post is skipped in the
 * view; the server will judge it.
 */
final class WorkingCopy {

  private WorkingCopy() {}

  /**
   * @param start the server copy, or the last working copy when the server has none
   * @param pending the post's outbox mutations in id order
   * @param conflicts the locally known conflicts by id (for resolutions)
   * @return the working copy, or null when the post is not in the working view
   */
  static Post replay(Post start, List<Mutation> pending, Function<String, PostConflict> conflicts) {
    Post current = start;
    for (Mutation mutation : pending) {
      current = apply(current, mutation, conflicts);
    }
    return current;
  }

  static Post apply(Post current, Mutation mutation, Function<String, PostConflict> conflicts) {
    try {
      return switch (mutation) {
        // A create over an existing copy was already applied (or will be refused): keep the copy.
        case CreatePost create -> current == null ? create.post() : current;
        case EditPost edit -> current == null ? null : edit.patch().applyTo(current);
        case DeletePost delete -> null;
        case ResolveConflict resolve -> resolve(current, resolve, conflicts);
      };
    } catch (IllegalArgumentException invalid) {
      return current;
    }
  }

  private static Post resolve(
      Post current, ResolveConflict resolve, Function<String, PostConflict> conflicts) {
    PostConflict conflict = conflicts.apply(resolve.conflictId().toString());
    return conflict == null
        ? current
        : resolved(current, conflict, resolve.text(), resolve.deletePost());
  }

  /** {@code current} as the decision on {@code conflict} leaves it; null when it deletes it. */
  static Post resolved(Post current, PostConflict conflict, String text, boolean deletePost) {
    if (current == null) {
      return null;
    }
    if (conflict.kind() == ConflictKind.DELETE) {
      return deletePost ? null : current;
    }
    try {
      return TextField.patch(conflict.field(), text).applyTo(current);
    } catch (IllegalArgumentException invalid) {
      return current;
    }
  }
}
