package io.autoposter.server.posts;

import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.api.ApiPost;
import io.autoposter.model.api.ApiPostPage;
import io.autoposter.model.api.ApiQueue;
import io.autoposter.model.api.NewPost;
import io.autoposter.model.queue.NextFreeSlot;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.brands.Brands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /api/v1/queue}: a brand's posting slots as a queue. Adding takes the next free slot, with
 * the rule the desktop's "Add to queue" uses ({@link NextFreeSlot}); on this instance adds to one
 * brand wait for each other, so two never pick the same slot.
 */
public final class PostQueue {
  private final PostQueries queries;
  private final PostCommands commands;
  private final Brands brands;
  private final Clock clock;
  private final ConcurrentHashMap<BrandId, Object> turns = new ConcurrentHashMap<>();

  public PostQueue(PostQueries queries, PostCommands commands, Brands brands, Clock clock) {
    this.queries = queries;
    this.commands = commands;
    this.brands = brands;
    this.clock = clock;
  }

  /** {@code POST /api/v1/queue}: the post, due at the brand's next free slot. */
  public ApiPost add(Caller caller, NewPost request, ClientOrigin origin) {
    PostCommands.requireWriter(caller);
    if (request.dueAt() != null) {
      throw ProblemException.validation(
          "The queue picks the time: leave dueAt out, or use /api/v1/posts/schedule.");
    }
    Brand brand = brands.get(caller, request.brand());
    synchronized (turns.computeIfAbsent(brand.id(), b -> new Object())) {
      Instant now = clock.instant();
      if (brand.postingSlots().isEmpty()) {
        throw new ProblemException(
            422,
            "NO_POSTING_SLOTS",
            "The brand has no posting slots",
            brand.name()
                + " has no posting slots yet. Add weekly times such as Mon 09:00 to the brand"
                + " (PATCH /api/v1/clients/{id}, or Brands in the app).");
      }
      ZonedDateTime slot =
          nextFree(caller, brand, now)
              .orElseThrow(
                  () ->
                      new ProblemException(
                          422,
                          "QUEUE_FULL",
                          "Every posting slot is taken",
                          "Every posting slot of %s is taken for the next %d weeks. Add slots or"
                              + " schedule at a time of your own."
                                  .formatted(brand.name(), NextFreeSlot.WEEKS_AHEAD)));
      return commands.scheduleAt(caller, request, slot.toInstant(), origin);
    }
  }

  /** {@code GET /api/v1/queue?brand=}: slots, the next free one and the scheduled posts. */
  public ApiQueue show(Caller caller, String brandText, String limit) {
    if (brandText == null || brandText.isBlank()) {
      throw ProblemException.validation("brand is required: /api/v1/queue?brand=<brand id>.");
    }
    ApiPostPage page = queries.scheduled(caller, brandText, limit, null);
    Brand brand = brands.get(caller, BrandId.parse(brandText.strip()));
    Instant free =
        nextFree(caller, brand, clock.instant()).map(ZonedDateTime::toInstant).orElse(null);
    return new ApiQueue(
        brand.id(), brand.zone(), brand.postingSlots(), free, page.posts(), page.next());
  }

  /** {@code DELETE /api/v1/queue/{id}}: out of the queue, back to a draft. */
  public ApiPost remove(Caller caller, String id, ClientOrigin origin) {
    return commands.unqueue(caller, id, origin);
  }

  private Optional<ZonedDateTime> nextFree(Caller caller, Brand brand, Instant now) {
    Instant until = now.plus(Duration.ofDays(NextFreeSlot.WEEKS_AHEAD * 7L + 2));
    return NextFreeSlot.after(
        now,
        brand.zone(),
        brand.postingSlots(),
        queries.dueTimes(caller, brand.id(), now, until),
        NextFreeSlot.WEEKS_AHEAD);
  }
}
