package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduling beyond a posting quota is refused when the post is pushed, not found out when it is
 * due: the brand's X account reported 2 posts per 24 hours.
 */
class PostingQuotaRejectionTest {
  private static final Instant DUE = Instant.parse("2031-05-05T10:00:00Z");

  @TempDir static Path dataDir;
  static TestServer server;
  static ServerSql sql;

  SyncDesk desk;
  SyncClient laptop;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir, Map.of("autoposter.publisher.enabled", "false"));
    sql = new ServerSql(dataDir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void brandWithAnXAccountOfTwoPostsADay() {
    desk = new SyncDesk(server, "Quota Agency " + UUID.randomUUID());
    laptop = desk.ownerLaptop();
    sql.update(
        "INSERT INTO social_accounts (id, agency_id, brand_id, network, display_name, created_at,"
            + " quota_limit, quota_window_seconds, quota_read_at)"
            + " VALUES (?, ?, ?, 'X', '@trattoria', ?, 2, 86400, ?)",
        UUID.randomUUID(),
        desk.owner.agencyId().value(),
        desk.brand.id().value(),
        java.sql.Timestamp.from(Instant.now()),
        java.sql.Timestamp.from(Instant.now()));
  }

  /** A new draft pushed, then scheduled at {@code due}; its refusal code or "applied". */
  private String scheduleNew(Instant due) {
    Post post = desk.draft("Post at " + due);
    long base = desk.created(laptop, post);
    MutationResult result =
        laptop.push(laptop.edit(post.id(), base, SyncDesk.scheduled(due))).results().getFirst();
    return result.outcome() == MutationOutcome.APPLIED ? "applied" : result.reasonCode();
  }

  @Test
  void aThirdPostWithinTheDayIsRefusedWithTheWindowNamed() {
    assertThat(scheduleNew(DUE)).isEqualTo("applied");
    assertThat(scheduleNew(DUE.plus(Duration.ofHours(3)))).isEqualTo("applied");

    Post third = desk.draft("One too many");
    long base = desk.created(laptop, third);
    MutationResult refused =
        laptop
            .push(laptop.edit(third.id(), base, SyncDesk.scheduled(DUE.plus(Duration.ofHours(20)))))
            .results()
            .getFirst();

    assertThat(refused.outcome()).isEqualTo(MutationOutcome.REJECTED);
    assertThat(refused.reasonCode()).isEqualTo("QUOTA_FULL");
    assertThat(refused.message())
        .isEqualTo(
            "X allows 2 posts in 24 hours for this brand, and 2 are already planned between Mon"
                + " 5 May 12:00 and Tue 6 May 12:00. Move this post or one of those.");
    assertThat(laptop.latest(third.id()).status())
        .as("the draft stays as it was")
        .isEqualTo(PostStatus.DRAFT);
  }

  @Test
  void twoLaptopsTakingTheLastPlaceAtOnceGetItOnce() throws Exception {
    SyncClient other = desk.editorLaptop();
    for (int round = 0; round < 5; round++) {
      Instant day = DUE.plus(Duration.ofDays(3L * round));
      assertThat(scheduleNew(day)).isEqualTo("applied"); // one place of two left
      Post mine = desk.draft("Mine " + round);
      Post theirs = desk.draft("Theirs " + round);
      long mineBase = desk.created(laptop, mine);
      long theirsBase = desk.created(other, theirs);
      var start = new java.util.concurrent.CountDownLatch(1);
      try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
        var a =
            pool.submit(
                () -> {
                  start.await();
                  return laptop
                      .push(
                          laptop.edit(mine.id(), mineBase, SyncDesk.scheduled(day.plusSeconds(60))))
                      .results()
                      .getFirst();
                });
        var b =
            pool.submit(
                () -> {
                  start.await();
                  return other
                      .push(
                          other.edit(
                              theirs.id(), theirsBase, SyncDesk.scheduled(day.plusSeconds(60))))
                      .results()
                      .getFirst();
                });
        start.countDown();
        List<MutationResult> both = List.of(a.get(), b.get());
        assertThat(both)
            .as("round %d: the agency lock orders the two checks", round)
            .extracting(MutationResult::outcome)
            .containsExactlyInAnyOrder(MutationOutcome.APPLIED, MutationOutcome.REJECTED);
        assertThat(both)
            .filteredOn(r -> r.outcome() == MutationOutcome.REJECTED)
            .singleElement()
            .extracting(MutationResult::reasonCode)
            .isEqualTo("QUOTA_FULL");
      }
    }
  }

  @Test
  void theNextDayHasRoomAgain() {
    assertThat(scheduleNew(DUE)).isEqualTo("applied");
    assertThat(scheduleNew(DUE.plus(Duration.ofHours(3)))).isEqualTo("applied");

    assertThat(scheduleNew(DUE.plus(Duration.ofHours(27)))).isEqualTo("applied");
  }

  @Test
  void withoutAReportedLimitTheDocumentedOneApplies() {
    sql.update(
        "UPDATE social_accounts SET quota_limit = NULL WHERE brand_id = ?",
        desk.brand.id().value());

    for (int i = 0; i < 3; i++) {
      assertThat(scheduleNew(DUE.plus(Duration.ofMinutes(i)))).isEqualTo("applied");
    }
  }

  @Test
  void theQuotaRouteShowsTheUsageSchedulingCountsBy() {
    Instant soon = Instant.now().plus(Duration.ofHours(1));
    assertThat(scheduleNew(soon)).isEqualTo("applied");
    assertThat(scheduleNew(soon.plus(Duration.ofHours(1)))).isEqualTo("applied");

    Reply reply = server.get("/api/v1/clients/" + desk.brand.id() + "/quota", desk.owner.token());

    assertThat(reply.status()).isEqualTo(200);
    JsonNode quotas = reply.as(JsonNode.class).path("quotas");
    assertThat(quotas).hasSize(2);
    JsonNode instagram = quotas.get(0);
    assertThat(instagram.path("network").asText()).isEqualTo("INSTAGRAM");
    assertThat(instagram.path("limit").asInt()).isEqualTo(100);
    assertThat(instagram.path("reportedAt").asText("")).as("documented, not read").isEmpty();
    assertThat(instagram.path("room").asInt()).isEqualTo(100);
    JsonNode x = quotas.get(1);
    assertThat(x.path("network").asText()).isEqualTo("X");
    assertThat(x.path("limit").asInt()).isEqualTo(2);
    assertThat(x.path("reportedAt").asText("")).isNotEmpty();
    assertThat(x.path("used").asInt()).isEqualTo(2);
    assertThat(x.path("room").asInt()).isZero();

    assertThat(scheduleNew(soon.plus(Duration.ofHours(5)))).isEqualTo("QUOTA_FULL");
  }

  @Test
  void anotherAgencysBrandHasNoQuotaToShow() {
    SyncDesk other = new SyncDesk(server, "Other Agency " + UUID.randomUUID());

    Reply reply = server.get("/api/v1/clients/" + desk.brand.id() + "/quota", other.owner.token());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).doesNotContain("quotas");
  }
}
