package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import io.autoposter.model.PostingSlot;
import io.autoposter.model.api.ApiPost;
import io.autoposter.model.api.ApiQueue;
import io.autoposter.model.api.NewPost;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.UpdateBrandRequest;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue over HTTP: a brand with one weekly slot (Wednesday 10:00 in Rome) takes each added post
 * at the next Wednesday no post is due, skipping one taken by a scheduled post; a post taken out
 * goes back to a draft and frees its slot.
 */
class QueueApiTest {
  @TempDir static Path dataDir;
  static TestServer server;
  static SessionResponse owner;
  static Brand brand;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir);
    owner = server.register("Queue Agency");
    brand = server.createBrand(owner.token(), "Caffè Nero");
    server.connectSandbox(owner.token(), brand.id());
    Reply slots =
        server.patch(
            "/api/v1/clients/" + brand.id(),
            owner.token(),
            new UpdateBrandRequest(
                null,
                null,
                null,
                List.of(new PostingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0))),
                null));
    assertThat(slots.status()).as(slots.body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static NewPost queued(String caption) {
    return new NewPost(
        brand.id(), caption, null, null, Set.of(Network.SANDBOX), null, null, null, null, null);
  }

  private static ApiPost add(String caption) {
    Reply reply = server.post("/api/v1/queue", owner.token(), queued(caption));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.as(ApiPost.class);
  }

  @Test
  void eachPostTakesTheNextFreeWednesdayAndTakingOneOutFreesIt() {
    Instant now = Instant.now();
    ApiPost first = add("Espresso of the week");
    ZonedDateTime firstSlot = first.dueAt().atZone(brand.zone());
    assertThat(firstSlot.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(firstSlot.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(first.dueAt()).isAfter(now).isBefore(now.plus(Duration.ofDays(7)));

    // A post scheduled by hand on the second Wednesday: the queue goes past it.
    Instant secondWednesday = firstSlot.plusWeeks(1).toInstant();
    Reply byHand =
        server.post(
            "/api/v1/posts/schedule",
            owner.token(),
            new NewPost(
                brand.id(),
                "Live music night",
                null,
                null,
                Set.of(Network.SANDBOX),
                null,
                null,
                null,
                null,
                secondWednesday));
    assertThat(byHand.status()).as(byHand.body()).isEqualTo(201);
    List<ApiPost> more = new ArrayList<>(List.of(add("Cornetto club"), add("Latte art class")));

    assertThat(more)
        .extracting(p -> p.dueAt().atZone(brand.zone()))
        .containsExactly(firstSlot.plusWeeks(2), firstSlot.plusWeeks(3));
    assertThat(more).allSatisfy(p -> assertThat(p.status()).isEqualTo(PostStatus.SCHEDULED));

    ApiQueue queue =
        server.get("/api/v1/queue?brand=" + brand.id(), owner.token()).as(ApiQueue.class);
    assertThat(queue.slots())
        .containsExactly(new PostingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)));
    assertThat(queue.zone()).isEqualTo(brand.zone());
    assertThat(queue.nextFreeSlot()).isEqualTo(firstSlot.plusWeeks(4).toInstant());
    assertThat(queue.posts()).extracting(ApiPost::dueAt).isSorted().hasSize(4);

    Reply out = server.delete("/api/v1/queue/" + more.getFirst().id(), owner.token());
    assertThat(out.status()).as(out.body()).isEqualTo(200);
    ApiPost draft = out.as(ApiPost.class);
    assertThat(draft.status()).isEqualTo(PostStatus.DRAFT);
    assertThat(draft.caption()).isEqualTo("Cornetto club");
    ApiQueue after =
        server.get("/api/v1/queue?brand=" + brand.id(), owner.token()).as(ApiQueue.class);
    assertThat(after.nextFreeSlot()).isEqualTo(firstSlot.plusWeeks(2).toInstant());
    assertThat(after.posts()).extracting(ApiPost::id).doesNotContain(draft.id());

    Reply again = server.delete("/api/v1/queue/" + draft.id(), owner.token());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.problem().code()).isEqualTo("NOT_QUEUED");
    assertThat(again.problem().detail()).contains("draft");
  }

  @Test
  void aBrandWithoutSlotsOrATimeOfOneselfIsRefusedClearly() {
    Brand bare = server.createBrand(owner.token(), "No Slots Yet");
    Reply none =
        server.post(
            "/api/v1/queue",
            owner.token(),
            new NewPost(
                bare.id(), "x", null, null, Set.of(Network.SANDBOX), null, null, null, null, null));
    assertThat(none.status()).isEqualTo(422);
    assertThat(none.problem().code()).isEqualTo("NO_POSTING_SLOTS");
    assertThat(none.problem().detail()).startsWith("No Slots Yet has no posting slots yet.");

    Reply withTime =
        server.post(
            "/api/v1/queue",
            owner.token(),
            new NewPost(
                brand.id(),
                "x",
                null,
                null,
                Set.of(Network.SANDBOX),
                null,
                null,
                null,
                null,
                Instant.now().plus(Duration.ofDays(2))));
    assertThat(withTime.status()).isEqualTo(400);
    assertThat(withTime.problem().detail()).contains("The queue picks the time");

    Reply noBrand = server.get("/api/v1/queue", owner.token());
    assertThat(noBrand.status()).isEqualTo(400);
    SessionResponse other = server.register("Queue Outsider");
    assertThat(server.get("/api/v1/queue?brand=" + brand.id(), other.token()).status())
        .isEqualTo(404);
  }
}
