package io.autoposter.server.sync;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.rules.CaptionRules;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.UpsertPost;
import io.autoposter.server.access.Caller;
import io.autoposter.server.brands.BrandRepository;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.StoredPost;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Authorizes, validates and merges one client mutation inside the caller's transaction. Merge is
 * last writer wins by hybrid timestamp over the whole editable post (caption conflicts come later).
 */
final class PostWrites {
  /** A client clock further ahead than this is not trusted; its stamp is clamped to ours. */
  static final Duration MAX_CLOCK_LEAD = Duration.ofSeconds(60);

  private static final Set<PostStatus> SERVER_OWNED =
      EnumSet.of(PostStatus.PUBLISHING, PostStatus.PUBLISHED, PostStatus.FAILED);

  private final Clock clock;
  private final ChangeLogRepository changeLog;
  private final PostRepository posts;
  private final BrandRepository brands = new BrandRepository();

  PostWrites(Clock clock, ChangeLogRepository changeLog, PostRepository posts) {
    this.clock = clock;
    this.changeLog = changeLog;
    this.posts = posts;
  }

  /**
   * Applies the mutation for the caller: viewers and approvers cannot write ({@code
   * ROLE_CANNOT_WRITE}); a brand the caller may not see is {@code BRAND_NOT_FOUND} and a post in
   * such a brand {@code POST_NOT_FOUND}, exactly as if they did not exist.
   */
  AppliedMutation apply(Transaction tx, Caller caller, Mutation mutation) {
    if (!caller.role().writesPosts()) {
      return AppliedMutation.rejected(
          mutation.mutationId(),
          "ROLE_CANNOT_WRITE",
          "Your role (" + caller.role().name().toLowerCase() + ") cannot change posts.");
    }
    try {
      return switch (mutation) {
        case UpsertPost upsert -> upsert(tx, caller, upsert);
        case DeletePost delete -> delete(tx, caller, delete);
      };
    } catch (IllegalArgumentException e) {
      return AppliedMutation.rejected(mutation.mutationId(), "VALIDATION_FAILED", e.getMessage());
    }
  }

  private AppliedMutation upsert(Transaction tx, Caller caller, UpsertPost mutation) {
    AgencyId agency = caller.agencyId();
    long id = mutation.mutationId();
    Post incoming = mutation.post();
    Optional<StoredPost> existing = posts.find(tx, incoming.id());
    if (existing.isPresent()
        && (!existing.get().agencyId().equals(agency)
            || !caller.canSee(existing.get().post().brandId()))) {
      return notFound(id);
    }
    if (!caller.canSee(incoming.brandId())
        || brands.find(tx, agency, incoming.brandId()).isEmpty()) {
      return AppliedMutation.rejected(id, "BRAND_NOT_FOUND", "This brand does not exist.");
    }
    if (existing.isPresent() && existing.get().deleted()) {
      return AppliedMutation.rejected(id, "POST_DELETED", "This post has been deleted.");
    }
    PostStatus current = existing.map(stored -> stored.post().status()).orElse(null);
    if (current != null && current.isReadOnly()) {
      return readOnly(id, current);
    }
    if (SERVER_OWNED.contains(incoming.status()) && incoming.status() != current) {
      return AppliedMutation.rejected(
          id,
          "STATUS_NOT_ALLOWED",
          "Only the server sets a post to " + incoming.status().name().toLowerCase() + ".");
    }
    if (incoming.status() == PostStatus.SCHEDULED) {
      String blocking =
          CaptionRules.check(incoming.caption(), incoming.networks()).stream()
              .filter(Finding::blocksScheduling)
              .map(Finding::message)
              .collect(Collectors.joining(" "));
      if (!blocking.isEmpty()) {
        return AppliedMutation.rejected(id, "CAPTION_RULES", blocking);
      }
    }
    Instant now = clock.instant();
    HybridTimestamp hlc = clamp(mutation.hlc(), now);
    if (existing.isPresent() && !hlc.isAfter(existing.get().hlc())) {
      // A newer write already won; accepting the stale one as a no-op keeps the client's outbox
      // moving.
      return AppliedMutation.unchanged(id);
    }
    // The outcome belongs to the server: kept while the status stays, cleared when it changes.
    String outcome =
        existing
            .filter(stored -> stored.post().status() == incoming.status())
            .map(stored -> stored.post().outcome())
            .orElse("");
    Post merged = incoming.withStatus(incoming.status(), outcome);
    long version = changeLog.append(tx, agency, v -> new PostChanged(v, merged)).version();
    if (existing.isPresent()) {
      posts.update(tx, merged, version, hlc, now);
    } else {
      posts.insert(tx, agency, merged, version, hlc, now);
    }
    boolean touched = merged.status() == PostStatus.SCHEDULED || current == PostStatus.SCHEDULED;
    return new AppliedMutation(MutationResult.applied(id), touched);
  }

  private AppliedMutation delete(Transaction tx, Caller caller, DeletePost mutation) {
    AgencyId agency = caller.agencyId();
    long id = mutation.mutationId();
    Optional<StoredPost> existing =
        posts
            .find(tx, mutation.postId())
            .filter(stored -> stored.agencyId().equals(agency))
            .filter(stored -> caller.canSee(stored.post().brandId()));
    if (existing.isEmpty()) {
      return notFound(id);
    }
    StoredPost stored = existing.get();
    if (stored.deleted()) {
      return AppliedMutation.unchanged(id);
    }
    if (stored.post().status().isReadOnly()) {
      return readOnly(id, stored.post().status());
    }
    Instant now = clock.instant();
    HybridTimestamp hlc = clamp(mutation.hlc(), now);
    HybridTimestamp newest = hlc.isAfter(stored.hlc()) ? hlc : stored.hlc();
    long version =
        changeLog.append(tx, agency, v -> new PostRemoved(v, mutation.postId())).version();
    posts.markDeleted(tx, mutation.postId(), version, newest, now);
    return new AppliedMutation(
        MutationResult.applied(id), stored.post().status() == PostStatus.SCHEDULED);
  }

  static HybridTimestamp clamp(HybridTimestamp hlc, Instant now) {
    long limit = now.plus(MAX_CLOCK_LEAD).toEpochMilli();
    return hlc.wallMillis() > limit ? new HybridTimestamp(now.toEpochMilli(), 0, hlc.node()) : hlc;
  }

  private static AppliedMutation notFound(long id) {
    // Same answer whether the post is missing or belongs to another agency.
    return AppliedMutation.rejected(id, "POST_NOT_FOUND", "This post does not exist.");
  }

  private static AppliedMutation readOnly(long id, PostStatus status) {
    String message =
        status == PostStatus.PUBLISHED
            ? "This post has been published and can no longer be changed."
            : "This post is being published right now and cannot be changed.";
    return AppliedMutation.rejected(id, "POST_READ_ONLY", message);
  }
}
