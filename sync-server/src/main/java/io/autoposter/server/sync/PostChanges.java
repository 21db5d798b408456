package io.autoposter.server.sync;

import io.autoposter.model.BrandId;
import io.autoposter.model.ConflictId;
import io.autoposter.model.Post;
import io.autoposter.model.UserId;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.ConflictSide;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.ConflictRepository;
import io.autoposter.server.store.MergeRecord;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.StoredPost;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes what a mutation decided: post rows and conflict rows together with their change-log
 * entries, each entry noting the client mutation that caused it. The post's own entry always comes
 * first, at the version {@link MutationContext#author()} promised the merge record.
 */
final class PostChanges {
  /** Shown for a side whose user has been removed from the agency since. */
  static final String FORMER_MEMBER = "Former member";

  private final ChangeLogRepository changeLog;
  private final PostRepository posts;
  private final ConflictRepository conflicts;
  private final UserNameRepository users = new UserNameRepository();

  PostChanges(ChangeLogRepository changeLog, PostRepository posts, ConflictRepository conflicts) {
    this.changeLog = changeLog;
    this.posts = posts;
    this.conflicts = conflicts;
  }

  void created(MutationContext ctx, Post created, MergeRecord merge) {
    Post post = atStoredPrecision(created);
    HybridTimestamp hlc = ctx.hlc();
    long version = append(ctx, post, hlc);
    posts.insert(ctx.tx(), ctx.agency(), post, version, hlc, merge, ctx.now());
  }

  /** Stores a changed (or restored) post; its stamp becomes the newest one merged into it. */
  void changed(MutationContext ctx, StoredPost stored, Post changed, MergeRecord merge) {
    Post post = atStoredPrecision(changed);
    HybridTimestamp hlc = newest(stored.hlc(), ctx.hlc());
    long version = append(ctx, post, hlc);
    posts.update(ctx.tx(), post, version, hlc, merge, ctx.now());
  }

  /** Only the merge record moved (an add refreshed an element the post already had). */
  void recordOnly(MutationContext ctx, StoredPost stored, MergeRecord merge) {
    posts.updateMerge(ctx.tx(), stored.post().id(), merge);
  }

  void deleted(MutationContext ctx, StoredPost stored) {
    HybridTimestamp hlc = newest(stored.hlc(), ctx.hlc());
    long version =
        changeLog
            .append(
                ctx.tx(), ctx.agency(), ctx.cause(), v -> new PostRemoved(v, stored.post().id()))
            .version();
    MergeRecord merge = stored.merge().deletedBy(ctx.author().edit());
    posts.markDeleted(ctx.tx(), stored.post().id(), version, hlc, merge, ctx.now());
  }

  /** Opens one conflict per text edit the merge did not apply. */
  void openText(MutationContext ctx, Post post, List<PostMerge.TextConflict> texts) {
    if (texts.isEmpty()) {
      return;
    }
    Map<UserId, String> names =
        names(ctx, texts.stream().map(text -> text.kept().user()).toArray(UserId[]::new));
    for (PostMerge.TextConflict text : texts) {
      open(
          ctx,
          post,
          ConflictKind.TEXT,
          text.field(),
          side(text.keptText(), text.kept(), names),
          mine(ctx, text.incomingText(), names));
    }
  }

  /**
   * Opens a delete-versus-edit conflict: {@code edit} made the post as it is (its caption is the
   * kept text), {@code deletion} wanted it gone.
   */
  void openDelete(
      MutationContext ctx, Post post, MergeRecord.Edit edit, MergeRecord.Edit deletion) {
    Map<UserId, String> names = names(ctx, edit.user(), deletion.user());
    open(
        ctx,
        post,
        ConflictKind.DELETE,
        "",
        side(post.caption(), edit, names),
        side("", deletion, names));
  }

  /** Closes an open conflict with the caller's decision; {@code text} is the final text. */
  void close(MutationContext ctx, PostConflict conflict, BrandId brand, String text) {
    Map<UserId, String> names = names(ctx);
    PostConflict resolved =
        new PostConflict(
            conflict.id(),
            conflict.postId(),
            brand,
            conflict.kind(),
            conflict.field(),
            conflict.kept(),
            conflict.incoming(),
            mine(ctx, text, names));
    if (!conflicts.resolve(ctx.tx(), resolved, ctx.now())) {
      throw Rejection.conflictAlreadyResolved();
    }
    changeLog.append(ctx.tx(), ctx.agency(), ctx.cause(), v -> new ConflictChanged(v, resolved));
  }

  /** Closes the post's open conflicts (but {@code except}): nothing is left to decide. */
  void closeAllOf(MutationContext ctx, Post post, ConflictId except) {
    for (PostConflict open : conflicts.openOfPost(ctx.tx(), post.id())) {
      if (!open.id().equals(except)) {
        close(ctx, open, post.brandId(), "");
      }
    }
  }

  private void open(
      MutationContext ctx,
      Post post,
      ConflictKind kind,
      String field,
      ConflictSide kept,
      ConflictSide incoming) {
    PostConflict conflict =
        new PostConflict(
            ConflictId.random(), post.id(), post.brandId(), kind, field, kept, incoming, null);
    conflicts.insert(ctx.tx(), ctx.agency(), conflict, ctx.now());
    changeLog.append(ctx.tx(), ctx.agency(), ctx.cause(), v -> new ConflictChanged(v, conflict));
  }

  private long append(MutationContext ctx, Post post, HybridTimestamp hlc) {
    return changeLog
        .append(ctx.tx(), ctx.agency(), ctx.cause(), v -> new PostChanged(v, post, hlc))
        .version();
  }

  /** The caller's side: this client, now by the server's clock. */
  private static ConflictSide mine(MutationContext ctx, String text, Map<UserId, String> names) {
    return new ConflictSide(
        text,
        ctx.caller().userId(),
        names.getOrDefault(ctx.caller().userId(), FORMER_MEMBER),
        ctx.client(),
        ctx.now());
  }

  private static ConflictSide side(String text, MergeRecord.Edit edit, Map<UserId, String> names) {
    return new ConflictSide(
        text,
        edit.user(),
        edit.user() == null ? FORMER_MEMBER : names.getOrDefault(edit.user(), FORMER_MEMBER),
        edit.client(),
        edit.at());
  }

  /** The names of the caller and {@code others} (nulls skipped), in one query. */
  private Map<UserId, String> names(MutationContext ctx, UserId... others) {
    Set<UserId> ids = new HashSet<>();
    ids.add(ctx.caller().userId());
    for (UserId other : others) {
      if (other != null) {
        ids.add(other);
      }
    }
    return users.names(ctx.tx(), ctx.agency(), ids);
  }

  /** The database keeps microseconds: the log says exactly what the row will read back. */
  private static Post atStoredPrecision(Post post) {
    if (post.dueAt() == null || post.dueAt().getNano() % 1_000 == 0) {
      return post;
    }
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
        post.dueAt().truncatedTo(ChronoUnit.MICROS),
        post.zone(),
        post.status(),
        post.outcome());
  }

  private static HybridTimestamp newest(HybridTimestamp a, HybridTimestamp b) {
    return b.isAfter(a) ? b : a;
  }
}
