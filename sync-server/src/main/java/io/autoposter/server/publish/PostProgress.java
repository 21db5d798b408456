package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.outcome.OutcomeLine;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.ConflictSide;
import io.autoposter.model.sync.HybridClock;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.TextField;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.ConflictRepository;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.StoredPost;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.util.List;

/**
 * Keeps a post's status and outcome in step with its targets, through the change log, so every
 * desktop sees the results: the post is PUBLISHING while any target is being worked on, then
 * PUBLISHED, FAILED or NEEDS_ATTENTION, with one line per target (permalink or curated error).
 * Callers hold the agency lock.
 */
final class PostProgress {
  /** The node name of the server's own stamps. */
  static final String SERVER_NODE = "server";

  /** Who closed the conflicts of a post that started publishing as it stood. */
  static final String PUBLISHED_BY = "Autoposter, when publishing started";

  private final Clock clock;
  private final ChangeLogRepository changeLog;
  private final PostRepository posts;
  private final TargetRepository targets;
  private final HybridClock hlcClock;
  private final ConflictRepository conflicts = new ConflictRepository();

  PostProgress(
      Clock clock, ChangeLogRepository changeLog, PostRepository posts, TargetRepository targets) {
    this.clock = clock;
    this.changeLog = changeLog;
    this.posts = posts;
    this.targets = targets;
    this.hlcClock = new HybridClock(clock, SERVER_NODE);
  }

  /** Re-derives the post's status from its targets and records it when it changed. */
  void update(Transaction tx, AgencyId agency, PostId id) {
    StoredPost stored = posts.find(tx, id).orElseThrow();
    List<PublishTarget> all = targets.ofPost(tx, agency, id);
    PostStatus status = statusOf(all.stream().map(PublishTarget::state).toList());
    String outcome = outcome(all);
    if (status != stored.post().status() || !outcome.equals(stored.post().outcome())) {
      record(tx, agency, stored, status, outcome);
    }
  }

  /** The post's status for these target states. */
  static PostStatus statusOf(List<TargetState> states) {
    List<TargetState> live = states.stream().filter(s -> s != TargetState.CANCELLED).toList();
    if (states.isEmpty()) {
      return PostStatus.FAILED;
    }
    if (live.isEmpty()) {
      return PostStatus.CANCELLED;
    }
    if (live.stream().anyMatch(s -> !s.isSettled())) {
      return PostStatus.PUBLISHING;
    }
    if (live.stream().allMatch(s -> s == TargetState.PUBLISHED)) {
      return PostStatus.PUBLISHED;
    }
    if (live.stream()
        .anyMatch(s -> s == TargetState.NEEDS_ATTENTION || s == TargetState.HELD_LATE)) {
      return PostStatus.NEEDS_ATTENTION;
    }
    return PostStatus.FAILED;
  }

  /**
   * Writes a status the server decided, stamped by the server's clock after every stamp merged into
   * the post: it is the status field's last write, and devices order later edits after it.
   */
  void record(
      Transaction tx, AgencyId agency, StoredPost stored, PostStatus status, String outcome) {
    Post changed = stored.post().withStatus(status, outcome);
    HybridTimestamp hlc;
    synchronized (hlcClock) {
      hlcClock.observe(stored.hlc());
      hlc = hlcClock.now();
    }
    long version = changeLog.append(tx, agency, v -> new PostChanged(v, changed, hlc)).version();
    posts.setStatus(
        tx,
        stored.post().id(),
        status,
        outcome,
        version,
        hlc,
        stored.merge().withServerStatus(hlc),
        clock.instant());
  }

  /**
   * A post being published is read-only, so its open conflicts could never be resolved: they are
   * closed with the text that goes out, and every device drops them.
   */
  void closeConflicts(Transaction tx, AgencyId agency, Post post) {
    for (PostConflict open : conflicts.openOfPost(tx, post.id())) {
      String published =
          open.kind() == ConflictKind.TEXT ? TextField.read(post, open.field()) : post.caption();
      PostConflict closed =
          new PostConflict(
              open.id(),
              open.postId(),
              post.brandId(),
              open.kind(),
              open.field(),
              open.kept(),
              open.incoming(),
              new ConflictSide(published, null, PUBLISHED_BY, null, clock.instant()));
      if (conflicts.resolve(tx, closed, clock.instant())) {
        changeLog.append(tx, agency, v -> new ConflictChanged(v, closed));
      }
    }
  }

  private static String outcome(List<PublishTarget> all) {
    // One line per account, which the desktop reads back (OutcomeLine) for permalinks and fixes.
    String text =
        OutcomeLine.join(
            all.stream()
                .filter(t -> t.state() != TargetState.CANCELLED || all.size() == 1)
                .map(PublishTarget::line)
                .toList());
    return text.length() > Post.MAX_OUTCOME_LENGTH
        ? text.substring(0, Post.MAX_OUTCOME_LENGTH - 1) + "…"
        : text;
  }
}
