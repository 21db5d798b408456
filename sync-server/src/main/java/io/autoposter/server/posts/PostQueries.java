package io.autoposter.server.posts;

import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.ApiPost;
import io.autoposter.model.api.ApiPostPage;
import io.autoposter.model.api.PostStats;
import io.autoposter.server.access.Caller;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.brands.Brands;
import io.autoposter.server.store.Database;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The read side of the public posts API: what is scheduled, what was published (or failed) and
 * counts, over the brands the caller may see, optionally one of them.
 */
public final class PostQueries {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  private static final Set<PostStatus> AHEAD = EnumSet.of(PostStatus.SCHEDULED);
  private static final Set<PostStatus> DONE =
      EnumSet.of(
          PostStatus.PUBLISHING,
          PostStatus.PUBLISHED,
          PostStatus.FAILED,
          PostStatus.NEEDS_ATTENTION,
          PostStatus.CANCELLED);

  private final Database database;
  private final Brands brands;
  private final PostQueryRepository posts = new PostQueryRepository();

  public PostQueries(Database database, Brands brands) {
    this.database = database;
    this.brands = brands;
  }

  /** Scheduled posts, soonest first. */
  public ApiPostPage scheduled(Caller caller, String brand, String limit, String after) {
    return page(caller, brand, limit, after, AHEAD, false);
  }

  /**
   * Posts that are being or were published, failed, need attention or were cancelled: newest first.
   */
  public ApiPostPage history(Caller caller, String brand, String limit, String before) {
    return page(caller, brand, limit, before, DONE, true);
  }

  /** One post with its targets; another agency's, a hidden brand's or a deleted one is a 404. */
  public ApiPost get(Caller caller, String id) {
    return get(caller, postId(id));
  }

  ApiPost get(Caller caller, PostId post) {
    List<BrandId> visible = visible(caller, null);
    return database
        .inTransaction(tx -> posts.one(tx, caller.agencyId(), visible, post))
        .orElseThrow(PostQueries::noSuchPost);
  }

  /** The caller's posts that failed on the account for one of the error codes. */
  List<PostId> failedOn(Caller caller, java.util.UUID account, java.util.Collection<String> codes) {
    List<BrandId> visible = visible(caller, null);
    return database.inTransaction(
        tx -> posts.failedOn(tx, caller.agencyId(), visible, account, codes));
  }

  /** When the brand's scheduled or publishing posts fall due between the two instants. */
  java.util.Set<Instant> dueTimes(Caller caller, BrandId brand, Instant from, Instant to) {
    return database.inTransaction(tx -> posts.dueTimes(tx, caller.agencyId(), brand, from, to));
  }

  /** The version an API edit of the post is based on; a post the caller cannot see is a 404. */
  long version(Caller caller, PostId post) {
    List<BrandId> visible = visible(caller, null);
    return database
        .inTransaction(tx -> posts.version(tx, caller.agencyId(), visible, post))
        .orElseThrow(PostQueries::noSuchPost);
  }

  /** A post id from a path; one that is not a UUID names no post. */
  static PostId postId(String id) {
    try {
      return new PostId(UUID.fromString(id.strip()));
    } catch (IllegalArgumentException e) {
      throw noSuchPost();
    }
  }

  static ProblemException noSuchPost() {
    return ProblemException.notFound("There is no such post.");
  }

  public PostStats stats(Caller caller, String brand) {
    List<BrandId> visible = visible(caller, brand);
    return database.inTransaction(
        tx ->
            new PostStats(
                posts.postsByStatus(tx, caller.agencyId(), visible),
                posts.targetsByState(tx, caller.agencyId(), visible)));
  }

  private ApiPostPage page(
      Caller caller,
      String brand,
      String limitText,
      String cursorText,
      Set<PostStatus> statuses,
      boolean newestFirst) {
    List<BrandId> visible = visible(caller, brand);
    int limit = limit(limitText);
    PostQueryRepository.Cursor cursor = cursor(cursorText);
    List<ApiPost> found =
        database.inTransaction(
            tx ->
                posts.page(
                    tx, caller.agencyId(), visible, statuses, newestFirst, cursor, limit + 1));
    List<ApiPost> shown = found.size() > limit ? found.subList(0, limit) : found;
    String next =
        found.size() > limit ? shown.getLast().dueAt() + "_" + shown.getLast().id().value() : null;
    return new ApiPostPage(shown, next);
  }

  /** The caller's brands, or the one asked for; another agency's or a hidden brand is a 404. */
  private List<BrandId> visible(Caller caller, String brand) {
    if (brand == null || brand.isBlank()) {
      return brands.list(caller).stream().map(Brand::id).toList();
    }
    BrandId id;
    try {
      id = new BrandId(UUID.fromString(brand.strip()));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("There is no such brand.");
    }
    return List.of(brands.get(caller, id).id());
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw ProblemException.validation("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
  }

  private static PostQueryRepository.Cursor cursor(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int split = text.lastIndexOf('_');
    try {
      return new PostQueryRepository.Cursor(
          Instant.parse(text.substring(0, Math.max(split, 0))),
          new PostId(UUID.fromString(text.substring(split + 1))));
    } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw ProblemException.validation(
          "The page cursor is not one this server gave out; start again without it.");
    }
  }
}
