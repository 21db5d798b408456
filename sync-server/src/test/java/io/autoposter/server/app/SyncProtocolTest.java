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
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.SyncProtocol;
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

    PushResponse pushed = client.push(client.create(first), client.create(second));

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
    assertThat(pulled.headVersion()).isEqualTo(pulled.cursor());
  }

  @Test
  void pushReplayIsIdempotent() {
    List<Mutation> mutations = List.of(client.create(draft()), client.create(draft()));
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
  void mutationGapIsConflictCarryingLastMutationId() {
    client.push(client.create(draft()));
    client.skipMutationId(); // mutation 2 is "lost"
    Mutation third = client.create(draft());

    Reply reply = client.pushRaw(List.of(third));

    assertProblem(reply, 409, "MUTATION_GAP");
    assertThat(reply.problem().lastMutationId()).isEqualTo(1L);
    assertThat(reply.body()).contains("\"lastMutationId\":1");
    assertThat(reply.problem().detail()).contains("lastMutationId=1");
    assertThat(client.pull(0, 100).lastMutationId()).isEqualTo(1);
  }

  @Test
  void otherProblemsCarryNoLastMutationId() {
    Reply reply = server.post("/api/v1/sync/pull", owner.token(), "{}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).doesNotContain("lastMutationId");
  }

  @Test
  void otherSchemaVersionsAreClientOutdatedBeforeAnythingIsRead() {
    for (int version : new int[] {0, 2, SyncProtocol.SCHEMA_VERSION + 1}) {
      Reply push =
          server.post(
              "/api/v1/sync/push",
              owner.token(),
              new PushRequest(client.clientId, version, List.of(client.create(draft()))));
      Reply pull =
          server.post(
              "/api/v1/sync/pull", owner.token(), new PullRequest(client.clientId, version, 0, 10));

      assertProblem(push, 426, "CLIENT_OUTDATED");
      assertProblem(pull, 426, "CLIENT_OUTDATED");
    }
    assertThat(
            server
                .post(
                    "/api/v1/sync/push",
                    owner.token(),
                    new PushRequest(client.clientId, 2, List.of(client.create(draft()))))
                .problem()
                .detail())
        .contains("update the app");
    // Nothing was applied, not even the mutation ids.
    assertThat(client.pull(0, 100).lastMutationId()).isZero();
    assertThat(client.pullAll()).noneMatch(PostChanged.class::isInstance);
  }

  @Test
  void aVersion2UpsertIsRefusedAsOutdatedNotAsInvalidJson() {
    String upsert =
        """
        {"clientId": "%s", "schemaVersion": 2,
         "mutations": [{"type": "post.upsert", "mutationId": 1}]}"""
            .formatted(client.clientId);

    Reply reply = server.post("/api/v1/sync/push", owner.token(), upsert);

    assertProblem(reply, 426, "CLIENT_OUTDATED");
    assertThat(reply.problem().detail()).contains("update the app");
    assertProblem(
        server.post(
            "/api/v1/sync/push",
            owner.token(),
            upsert.replace(": 2", ": " + SyncProtocol.SCHEMA_VERSION)),
        400,
        "INVALID_JSON");
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
        client.push(client.create(published), client.create(tooLongForX), client.create(draft()));

    assertThat(response.results())
        .extracting(MutationResult::outcome, MutationResult::reasonCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "STATUS_NOT_ALLOWED"),
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "POST_RULES"),
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.APPLIED, ""));
    assertThat(response.results().get(1).message()).contains("X allows 280 characters");
    assertThat(response.lastMutationId()).isEqualTo(3);
  }

  @Test
  void anotherAgencyCannotSeeOrEditThePost() {
    Post post = draft();
    client.push(client.create(post));
    SessionResponse other = server.register("Other Agency");
    Brand otherBrand = server.createBrand(other.token(), "Other Brand");
    SyncClient intruder = new SyncClient(server, other.token());

    PushResponse attempts =
        intruder.push(
            intruder.edit(
                post.id(),
                99,
                new PostPatch(
                    otherBrand.id(), "hijacked", null, null, null, null, null, null, null, null)),
            intruder.create(SyncClient.post(brand.id(), PostStatus.DRAFT, null, Set.of())),
            intruder.create(
                new Post(
                    post.id(),
                    otherBrand.id(),
                    "same id",
                    Set.of(),
                    null,
                    post.zone(),
                    PostStatus.DRAFT,
                    "")),
            intruder.delete(post.id()));

    assertThat(attempts.results())
        .extracting(MutationResult::outcome, MutationResult::reasonCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "POST_NOT_FOUND"),
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "BRAND_NOT_FOUND"),
            org.assertj.core.groups.Tuple.tuple(MutationOutcome.REJECTED, "POST_EXISTS"),
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
    client.push(client.create(draft()), client.create(draft()), client.create(draft()));
    List<Change> expected = client.pull(0, 100).changes();

    List<Change> walked = new ArrayList<>();
    long cursor = 0;
    PullResponse page;
    do {
      page = client.pull(cursor, 1);
      assertThat(page.changes()).hasSizeLessThanOrEqualTo(1);
      assertThat(page.headVersion()).isEqualTo(expected.getLast().version());
      walked.addAll(page.changes());
      cursor = page.cursor();
    } while (page.hasMore());

    assertThat(walked).hasSize(4).isEqualTo(expected);
    assertThat(client.pull(cursor, 1).changes()).isEmpty();
    assertThat(client.pull(cursor, 1).cursor()).isEqualTo(cursor);
  }

  @Test
  void headVersionCountsChangesTheCallerCannotSee() {
    SessionResponse limited =
        server.member(owner.token(), io.autoposter.model.Role.EDITOR, false, Set.of());
    client.push(client.create(draft()));
    SyncClient reader = new SyncClient(server, limited.token());

    PullResponse page = reader.pull(0, 100);

    assertThat(page.changes()).noneMatch(PostChanged.class::isInstance);
    assertThat(page.headVersion()).isEqualTo(client.pull(0, 100).cursor());
  }

  @Test
  void deleteLeavesATombstoneInTheLog() {
    Post post = draft();
    client.push(client.create(post));

    PushResponse response = client.push(client.delete(post.id(), client.version(post.id())));

    assertThat(response.results().getFirst().outcome()).isEqualTo(MutationOutcome.APPLIED);
    assertThat(client.pull(0, 100).changes().getLast())
        .isInstanceOfSatisfying(
            PostRemoved.class, removed -> assertThat(removed.postId()).isEqualTo(post.id()));
  }
}
