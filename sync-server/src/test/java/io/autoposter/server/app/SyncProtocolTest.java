package io.autoposter.server.app;

import static io.autoposter.server.app.ApiBasicsTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncProtocolTest {
  @TempDir static Path dataDir;
  static TestServer server;

  SessionResponse owner;
  Brand brand;
  SyncClient client;

  @BeforeAll
  static void start() {
    // No publisher: these tests are about the log, not about posts going out.
    server = TestServer.start(dataDir, java.util.Map.of("autoposter.publisher.enabled", "false"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void newAgency() {
    owner = server.register("Sync Agency");
    brand = server.createBrand(owner.token(), "Trattoria");
    client = new SyncClient(server, owner.token());
  }

  Post draft() {
    return SyncClient.post(brand.id(), PostStatus.DRAFT, null, Set.of(Network.SANDBOX));
  }

  @Test
  void pushedMutationsArePulledInOrderWithCursor() {
    Post first = draft();
    Post second = draft();

    PushResponse pushed = client.push(client.upsert(first), client.upsert(second));

    assertThat(pushed.results())
        .extracting(MutationResult::outcome)
        .containsExactly(MutationOutcome.APPLIED, MutationOutcome.APPLIED);
    assertThat(pushed.lastMutationId()).isEqualTo(2);
    PullResponse pulled = client.pull(0, 100);
    assertThat(pulled.changes()).hasSize(3);
    assertThat(pulled.changes().get(0)).isInstanceOf(BrandChanged.class);
    assertThat(pulled.changes().subList(1, 3))
        .extracting(change -> ((PostChanged) change).post())
        .containsExactly(first, second);
    assertThat(pulled.changes()).extracting(Change::version).isSorted().doesNotHaveDuplicates();
    assertThat(pulled.cursor()).isEqualTo(pulled.changes().getLast().version());
    assertThat(pulled.hasMore()).isFalse();
    assertThat(pulled.lastMutationId()).isEqualTo(2);
  }

  @Test
  void pushReplayIsIdempotent() {
    List<Mutation> mutations = List.of(client.upsert(draft()), client.upsert(draft()));
    assertThat(client.pushRaw(mutations).status()).isEqualTo(200);
    long cursor = client.pull(0, 100).cursor();

    PushResponse replay = client.pushRaw(mutations).as(PushResponse.class);

    assertThat(replay.results())
        .extracting(MutationResult::outcome)
        .containsExactly(MutationOutcome.DUPLICATE, MutationOutcome.DUPLICATE);
    assertThat(replay.lastMutationId()).isEqualTo(2);
    assertThat(client.pull(cursor, 100).changes()).isEmpty();
  }

  @Test
  void mutationGapIsConflict() {
    client.push(client.upsert(draft()));
    client.upsert(draft()); // mutation 2 is "lost"
    Mutation third = client.upsert(draft());

    Reply reply = client.pushRaw(List.of(third));

    assertProblem(reply, 409, "MUTATION_GAP");
    assertThat(reply.problem().detail()).contains("lastMutationId=1");
    assertThat(client.pull(0, 100).lastMutationId()).isEqualTo(1);
  }

  @Test
  void outdatedSchemaVersionIsClientOutdated() {
    Reply push =
        server.post(
            "/api/v1/sync/push",
            owner.token(),
            new PushRequest(client.clientId, 0, List.of(client.upsert(draft()))));
    Reply pull =
        server.post("/api/v1/sync/pull", owner.token(), new PullRequest(client.clientId, 0, 0, 10));

    assertProblem(push, 426, "CLIENT_OUTDATED");
    assertProblem(pull, 426, "CLIENT_OUTDATED");
    assertThat(push.problem().detail()).contains("update the app");
  }

  @Test
  void rejectedMutationStillAdvancesLastMutationId() {
    Post published = draft().withStatus(PostStatus.PUBLISHED, "");
    Post tooLongForX =
        new Post(
            io.autoposter.model.PostId.random(),
            brand.id(),
            "x".repeat(300),
            Set.of(Network.X),
            Instant.now().plusSeconds(3600),
            brand.zone(),
            PostStatus.SCHEDULED,
            "");

    PushResponse response =
        client.push(client.upsert(published), client.upsert(tooLongForX), client.upsert(draft()));

    assertThat(response.results())
        .extracting(MutationResult::outcome, MutationResult::reasonCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "STATUS_NOT_ALLOWED"),
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "CAPTION_RULES"),
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.APPLIED, ""));
    assertThat(response.results().get(1).message()).contains("X allows 280 characters");
    assertThat(response.lastMutationId()).isEqualTo(3);
  }

  @Test
  void anotherAgencyCannotSeeOrEditThePost() {
    Post post = draft();
    client.push(client.upsert(post));
    SessionResponse other = server.register("Other Agency");
    Brand otherBrand = server.createBrand(other.token(), "Other Brand");
    SyncClient intruder = new SyncClient(server, other.token());

    PushResponse attempts =
        intruder.push(
            intruder.upsert(
                new Post(
                    post.id(),
                    otherBrand.id(),
                    "hijacked",
                    post.networks(),
                    null,
                    post.zone(),
                    PostStatus.DRAFT,
                    "")),
            intruder.upsert(SyncClient.post(brand.id(), PostStatus.DRAFT, null, Set.of())),
            intruder.delete(post.id()));

    assertThat(attempts.results())
        .extracting(MutationResult::outcome, MutationResult::reasonCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "POST_NOT_FOUND"),
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "BRAND_NOT_FOUND"),
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "POST_NOT_FOUND"));
    assertThat(intruder.pullAll())
        .noneMatch(
            change ->
                change instanceof PostChanged changed && changed.post().id().equals(post.id()))
        .noneMatch(
            change -> change instanceof BrandChanged changed && changed.brand().equals(brand));
    assertThat(client.history(post.id())).containsExactly(post);
  }

  @Test
  void pagingWithLimitOneWalksAllChanges() {
    client.push(client.upsert(draft()), client.upsert(draft()), client.upsert(draft()));
    List<Change> expected = client.pull(0, 100).changes();

    List<Change> walked = new ArrayList<>();
    long cursor = 0;
    PullResponse page;
    do {
      page = client.pull(cursor, 1);
      assertThat(page.changes()).hasSizeLessThanOrEqualTo(1);
      walked.addAll(page.changes());
      cursor = page.cursor();
    } while (page.hasMore());

    assertThat(walked).hasSize(4).isEqualTo(expected);
    assertThat(client.pull(cursor, 1).changes()).isEmpty();
    assertThat(client.pull(cursor, 1).cursor()).isEqualTo(cursor);
  }

  @Test
  void staleWriteIsAppliedAsNoOp() {
    Post post = draft();
    HybridTimestamp later = new HybridTimestamp(System.currentTimeMillis(), 5, "a");
    HybridTimestamp earlier = new HybridTimestamp(later.wallMillis() - 1000, 0, "b");
    Post edited =
        new Post(
            post.id(),
            post.brandId(),
            "stale caption",
            post.networks(),
            null,
            post.zone(),
            PostStatus.DRAFT,
            "");

    PushResponse response = client.push(client.upsert(post, later), client.upsert(edited, earlier));

    assertThat(response.results())
        .extracting(MutationResult::outcome)
        .containsExactly(MutationOutcome.APPLIED, MutationOutcome.APPLIED);
    assertThat(client.history(post.id())).containsExactly(post);
  }

  @Test
  void deleteLeavesATombstoneInTheLog() {
    Post post = draft();
    client.push(client.upsert(post));

    PushResponse response = client.push(client.delete(post.id()));

    assertThat(response.results().getFirst().outcome()).isEqualTo(MutationOutcome.APPLIED);
    assertThat(client.pull(0, 100).changes().getLast())
        .isInstanceOfSatisfying(
            PostRemoved.class, removed -> assertThat(removed.postId()).isEqualTo(post.id()));
  }
}
