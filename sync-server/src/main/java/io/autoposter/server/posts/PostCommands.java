package io.autoposter.server.posts;

import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.ApiPost;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.NewPost;
import io.autoposter.model.api.RetryReport;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.Schedule;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.brands.Brands;
import io.autoposter.server.media.MediaDescriptions;
import io.autoposter.server.publish.ReconnectFixes;
import io.autoposter.server.sandbox.SocialAccounts;
import io.autoposter.server.sync.SyncService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The write side of the public posts API: publish now, schedule, publish a scheduled post now,
 * cancel, delete, upload a picture. Each write is one sync mutation ({@link ApiMutations}), checked
 * by the same rules as a desktop's, and written to the audit log.
 */
public final class PostCommands {
  /** A due time this far in the past is still "now" (clocks differ); earlier is refused. */
  static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

  private final ApiMutations mutations;
  private final PostQueries queries;
  private final Brands brands;
  private final SocialAccounts accounts;
  private final MediaDescriptions media;
  private final AuditLog audit;
  private final Clock clock;

  public PostCommands(
      SyncService sync,
      PostQueries queries,
      Brands brands,
      SocialAccounts accounts,
      MediaDescriptions media,
      AuditLog audit,
      Clock clock) {
    this.mutations = new ApiMutations(sync, clock);
    this.queries = queries;
    this.brands = brands;
    this.accounts = accounts;
    this.media = media;
    this.audit = audit;
    this.clock = clock;
  }

  /** {@code POST /create}: a post due now, handed to the publisher at once. */
  public ApiPost publishNow(Caller caller, NewPost request, ClientOrigin origin) {
    if (request.dueAt() != null) {
      throw ProblemException.validation(
          "/create publishes now and takes no dueAt; use /schedule for a later time.");
    }
    return create(caller, request, clock.instant(), AuditAction.POST_PUBLISHED_BY_API, origin);
  }

  /** {@code POST /schedule}: a post due at its {@code dueAt}. */
  public ApiPost schedule(Caller caller, NewPost request, ClientOrigin origin) {
    if (request.dueAt() == null) {
      throw ProblemException.validation(
          "dueAt is required, an ISO-8601 instant such as 2026-12-24T09:00:00Z.");
    }
    if (request.dueAt().isBefore(clock.instant().minus(CLOCK_SLACK))) {
      throw ProblemException.validation(
          "dueAt %s is in the past; use /create to publish now.".formatted(request.dueAt()));
    }
    return create(caller, request, request.dueAt(), AuditAction.POST_SCHEDULED_BY_API, origin);
  }

  /** A post due at {@code due}, chosen by the server (the queue's next free slot). */
  ApiPost scheduleAt(Caller caller, NewPost request, Instant due, ClientOrigin origin) {
    return create(caller, request, due, AuditAction.POST_QUEUED_BY_API, origin);
  }

  /** Takes a scheduled post out of the queue: back to a draft, its text and media kept. */
  ApiPost unqueue(Caller caller, String id, ClientOrigin origin) {
    PostId post = PostQueries.postId(id);
    requireWriter(caller);
    ApiPost current = queries.get(caller, post);
    if (current.status() != PostStatus.SCHEDULED) {
      throw ProblemException.conflict(
          "NOT_QUEUED",
          "The post is not in the queue",
          "Only scheduled posts are in the queue; this one is %s."
              .formatted(current.status().name().toLowerCase(java.util.Locale.ROOT)));
    }
    Brand brand = brands.get(caller, current.brandId());
    PostPatch patch =
        PostPatch.EMPTY.withSchedule(new Schedule(null, brand.zone())).withStatus(PostStatus.DRAFT);
    return edit(caller, post, patch, AuditAction.POST_UNQUEUED_BY_API, origin);
  }

  /** {@code POST /{id}/publish}: a draft or scheduled post goes out now. */
  public ApiPost publishExisting(Caller caller, String id, ClientOrigin origin) {
    PostId post = PostQueries.postId(id);
    requireWriter(caller);
    ApiPost published = dueNow(caller, post);
    audit.record(
        AuditEvent.by(caller, origin, AuditAction.POST_PUBLISHED_BY_API, post.toString(), ""));
    return published;
  }

  /** Makes the post due now; a refusal is a problem. */
  private ApiPost dueNow(Caller caller, PostId post) {
    ApiPost current = queries.get(caller, post);
    Brand brand = brands.get(caller, current.brandId());
    PostPatch patch =
        PostPatch.EMPTY
            .withSchedule(new Schedule(clock.instant(), brand.zone()))
            .withStatus(PostStatus.SCHEDULED);
    return apply(caller, post, patch);
  }

  /** {@code DELETE /{id}/cancel}: the post stays, cancelled; a post being published is a 409. */
  public ApiPost cancel(Caller caller, String id, ClientOrigin origin) {
    PostId post = PostQueries.postId(id);
    requireWriter(caller);
    PostPatch patch = PostPatch.EMPTY.withStatus(PostStatus.CANCELLED);
    return edit(caller, post, patch, AuditAction.POST_CANCELLED_BY_API, origin);
  }

  /** {@code DELETE /{id}}: gone from every desktop; a published post stays (a 409). */
  public void delete(Caller caller, String id, ClientOrigin origin) {
    PostId post = PostQueries.postId(id);
    requireWriter(caller);
    long base = queries.version(caller, post);
    MutationResult result =
        mutations.push(caller, (number, stamp) -> new DeletePost(number, stamp, base, post));
    requireApplied(result);
    audit.record(
        AuditEvent.by(caller, origin, AuditAction.POST_DELETED_BY_API, post.toString(), ""));
  }

  /**
   * {@code POST /accounts/{id}/retry-failed}: after a reconnect, every post of the caller's that
   * failed on this account for a reason the reconnect fixes goes out again now; a post that cannot
   * (a rule now broken, a limit reached) is reported, not lost.
   */
  public RetryReport retryFailed(Caller caller, String accountId, ClientOrigin origin) {
    requireWriter(caller);
    SocialAccountId account;
    try {
      account = new SocialAccountId(java.util.UUID.fromString(accountId.strip()));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("There is no such account.");
    }
    boolean visible = accounts.list(caller).stream().anyMatch(a -> a.id().equals(account));
    if (!visible) {
      throw ProblemException.notFound("There is no such account.");
    }
    List<PostId> retried = new ArrayList<>();
    List<RetryReport.Skipped> skipped = new ArrayList<>();
    for (PostId post : queries.failedOn(caller, account.value(), ReconnectFixes.codes())) {
      try {
        dueNow(caller, post);
        retried.add(post);
      } catch (ProblemException e) {
        skipped.add(new RetryReport.Skipped(post, e.problem().code(), e.problem().detail()));
      }
    }
    audit.record(
        AuditEvent.by(
            caller,
            origin,
            AuditAction.POSTS_RETRIED_BY_API,
            account.toString(),
            "%d retried, %d skipped".formatted(retried.size(), skipped.size())));
    return new RetryReport(retried, skipped);
  }

  /** {@code POST /upload-image}: stores a picture sent whole and names it for {@code media}. */
  public MediaRef uploadImage(Caller caller, byte[] content) {
    requireWriter(caller);
    String type =
        MediaTypes.sniff(Arrays.copyOf(content, Math.min(content.length, MediaTypes.SNIFF_BYTES)))
            .orElse("");
    if (!type.startsWith("image/")) {
      throw new ProblemException(
          415,
          "UNSUPPORTED_MEDIA_TYPE",
          "Not a picture",
          "Send the bytes of a JPEG, PNG, GIF or WebP picture as the request body.");
    }
    return media.storePicture(caller.agencyId(), content);
  }

  static void requireWriter(Caller caller) {
    if (!caller.role().writesPosts()) {
      throw Access.forbidden();
    }
  }

  private ApiPost create(
      Caller caller, NewPost request, Instant due, AuditAction action, ClientOrigin origin) {
    requireWriter(caller);
    Brand brand = brands.get(caller, request.brand());
    requireOwnAccounts(caller, request);
    Post post;
    try {
      post =
          new Post(
              PostId.random(),
              brand.id(),
              request.caption(),
              request.firstComment(),
              request.variants(),
              request.networks(),
              request.accounts(),
              media(caller, request.media()),
              request.altTexts(),
              request.tags(),
              due,
              brand.zone(),
              PostStatus.SCHEDULED,
              "");
    } catch (IllegalArgumentException e) {
      throw ProblemException.validation(e.getMessage());
    }
    requireApplied(mutations.push(caller, (number, stamp) -> new CreatePost(number, stamp, post)));
    audit.record(AuditEvent.by(caller, origin, action, post.id().toString(), "due " + due));
    return queries.get(caller, post.id());
  }

  private ApiPost edit(
      Caller caller, PostId post, PostPatch patch, AuditAction action, ClientOrigin origin) {
    ApiPost edited = apply(caller, post, patch);
    audit.record(AuditEvent.by(caller, origin, action, post.toString(), ""));
    return edited;
  }

  /** Pushes one edit of the post, based on its current version. */
  private ApiPost apply(Caller caller, PostId post, PostPatch patch) {
    long base = queries.version(caller, post);
    requireApplied(
        mutations.push(caller, (number, stamp) -> new EditPost(number, stamp, base, post, patch)));
    return queries.get(caller, post);
  }

  /** The uploaded media named, in order; any the agency does not have is a 422 naming them. */
  private List<MediaRef> media(Caller caller, List<String> names) {
    List<MediaRef> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      String sha256 = name == null ? "" : name.strip();
      media
          .describe(caller.agencyId(), sha256)
          .ifPresentOrElse(found::add, () -> missing.add(name));
    }
    if (!missing.isEmpty()) {
      throw new ProblemException(
          422,
          "MEDIA_MISSING",
          "Media not uploaded",
          "No complete upload is named %s; upload each with POST /api/v1/posts/upload-image first."
              .formatted(String.join(", ", missing)));
    }
    return found;
  }

  /** Chosen accounts must be the brand's, on the post's networks: else the choice means nothing. */
  private void requireOwnAccounts(Caller caller, NewPost request) {
    if (request.accounts().isEmpty()) {
      return;
    }
    Set<SocialAccountId> usable =
        accounts.list(caller).stream()
            .filter(a -> a.brandId().equals(request.brand()))
            .filter(a -> request.networks().contains(a.network()))
            .map(SocialAccount::id)
            .collect(Collectors.toSet());
    List<String> foreign =
        request.accounts().stream()
            .filter(a -> !usable.contains(a))
            .map(SocialAccountId::toString)
            .sorted()
            .toList();
    if (!foreign.isEmpty()) {
      throw ProblemException.validation(
          "accounts %s are not this brand's accounts on the networks chosen."
              .formatted(String.join(", ", foreign)));
    }
  }

  /** A refused mutation as a problem: what is missing is 404, a conflict of state 409, else 422. */
  private static void requireApplied(MutationResult result) {
    if (result.outcome() == MutationOutcome.APPLIED) {
      return;
    }
    String code = result.reasonCode();
    int status =
        switch (code) {
          case "POST_NOT_FOUND", "BRAND_NOT_FOUND" -> 404;
          case "POST_READ_ONLY", "POST_EXISTS" -> 409;
          default -> 422;
        };
    String title =
        switch (code) {
          case "POST_NOT_FOUND", "BRAND_NOT_FOUND" -> "Not found";
          case "POST_READ_ONLY" -> "The post can no longer be changed";
          case "POST_RULES" -> "The post breaks a network's rules";
          case "QUOTA_FULL" -> "A posting limit is reached";
          case "MEDIA_MISSING" -> "Media not uploaded";
          default -> "The post was refused";
        };
    throw new ProblemException(status, code, title, result.message());
  }
}
