package io.autoposter.desktop.storage;

import io.autoposter.model.ConflictId;
import io.autoposter.model.Post;
import io.autoposter.model.UserId;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.ConflictSide;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.TextField;
import java.time.Instant;

/** Conflict records as the server sends them, for tests. */
final class Conflicts {

  private Conflicts() {}

  static ConflictSide side(String text, String who) {
    return new ConflictSide(
        text, UserId.random(), who, null, Instant.parse("2030-01-01T10:00:00Z"));
  }

  static PostConflict text(Post post, String incomingText) {
    return new PostConflict(
        ConflictId.random(),
        post.id(),
        post.brandId(),
        ConflictKind.TEXT,
        TextField.CAPTION,
        side(post.caption(), "Giulia"),
        side(incomingText, "Marco"),
        null);
  }

  static PostConflict delete(Post post) {
    return new PostConflict(
        ConflictId.random(),
        post.id(),
        post.brandId(),
        ConflictKind.DELETE,
        "",
        side(post.caption(), "Giulia"),
        side("", "Marco"),
        null);
  }

  static PostConflict resolved(PostConflict open, String text) {
    return new PostConflict(
        open.id(),
        open.postId(),
        open.brandId(),
        open.kind(),
        open.field(),
        open.kept(),
        open.incoming(),
        side(text, "Giulia"));
  }

  static ConflictChanged textConflictChange(long version, Post post, String incomingText) {
    return new ConflictChanged(version, text(post, incomingText));
  }
}
