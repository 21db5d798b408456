package io.autoposter.server.app;

import static io.autoposter.server.app.SyncDesk.applied;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.Post;
import io.autoposter.model.Role;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.UpdateMemberRequest;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.ResolveConflict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync never crosses agencies, and conflicts reach only members who see their brand. */
class SyncIsolationTest {
  @TempDir static Path dataDir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir, Map.of("autoposter.publisher.enabled", "false"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A post of the desk's brand with an open text conflict. */
  private static PostConflict conflictIn(SyncDesk desk, Post post) {
    SyncClient laptop = desk.ownerLaptop();
    SyncClient tablet = desk.editorLaptop();
    long base = desk.created(laptop, post);
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Laptop secret")));
    applied(tablet, tablet.edit(post.id(), base, PostPatch.EMPTY.withCaption("Tablet secret")));
    return tablet.openConflicts().getFirst();
  }

  @Test
  void aClientOfAgencyACannotWriteIntoAgencyBNorPullAnythingOfIt() {
    SyncDesk b = new SyncDesk(server, "Agency B");
    Post secret = b.draft("B's plan");
    PostConflict conflict = conflictIn(b, secret);
    SyncClient bReader = b.ownerLaptop();
    List<Change> bBefore = bReader.pullAll();
    SyncDesk a = new SyncDesk(server, "Agency A");
    SyncClient intruder = a.ownerLaptop();
    long anyBase = bBefore.getLast().version();

    List<MutationResult> results =
        intruder
            .push(
                intruder.create(b.draft("Planted in B's brand")),
                intruder.create(
                    new Post(
                        secret.id(),
                        a.brand.id(),
                        "Same id in A's brand",
                        secret.networks(),
                        null,
                        secret.zone(),
                        secret.status(),
                        "")),
                intruder.edit(secret.id(), anyBase, PostPatch.EMPTY.withCaption("Defaced")),
                intruder.delete(secret.id(), anyBase),
                intruder.resolve(conflict, anyBase, "Resolved by A", false),
                new ResolveConflict(
                    intruder.nextMutationId(),
                    intruder.now(),
                    anyBase,
                    conflict.id(),
                    secret.id(),
                    "",
                    true))
            .results();

    assertThat(results)
        .extracting(MutationResult::reasonCode)
        .containsExactly(
            "BRAND_NOT_FOUND",
            "POST_EXISTS",
            "POST_NOT_FOUND",
            "POST_NOT_FOUND",
            "CONFLICT_NOT_FOUND",
            "CONFLICT_NOT_FOUND");
    assertThat(bReader.pullAll()).as("B's log is untouched").isEqualTo(bBefore);
    String everythingAPulls = intruder.pullAll().toString();
    assertThat(everythingAPulls)
        .doesNotContain(secret.id().toString())
        .doesNotContain(b.brand.id().toString())
        .doesNotContain(conflict.id().toString())
        .doesNotContain("secret");
  }

  @Test
  void conflictsReachOnlyMembersWhoSeeTheirBrand() {
    SyncDesk desk = new SyncDesk(server, "Scoped Agency");
    Brand other = server.createBrand(desk.owner.token(), "Other brand");
    SessionResponse limited =
        server.member(desk.owner.token(), Role.EDITOR, false, Set.of(other.id()));
    SyncClient outsider = new SyncClient(server, limited.token());
    PostConflict conflict = conflictIn(desk, desk.draft("Caption"));

    assertThat(outsider.pullAll()).noneMatch(ConflictChanged.class::isInstance);
    assertThat(
            SyncDesk.rejected(outsider, outsider.resolve(conflict, 0, "Not mine to decide", false)))
        .isEqualTo("CONFLICT_NOT_FOUND");
    assertThat(desk.ownerLaptop().openConflicts()).containsExactly(conflict);
  }

  @Test
  void aMemberWhoGainsTheBrandGetsItsOpenConflicts() {
    SyncDesk desk = new SyncDesk(server, "Growing Agency");
    SessionResponse limited = server.member(desk.owner.token(), Role.EDITOR, false, Set.of());
    SyncClient newcomer = new SyncClient(server, limited.token());
    PostConflict conflict = conflictIn(desk, desk.draft("Caption"));
    long cursor = newcomer.pull(0, 1000).cursor();

    Reply granted =
        server.patch(
            "/api/v1/users/" + limited.userId(),
            desk.owner.token(),
            new UpdateMemberRequest(null, false, Set.of(desk.brand.id())));
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);

    List<Change> regained = newcomer.pull(cursor, 1000).changes();
    assertThat(regained)
        .filteredOn(ConflictChanged.class::isInstance)
        .extracting(change -> ((ConflictChanged) change).conflict())
        // The original entry lies after the newcomer's cursor and shows up too: a harmless repeat.
        .containsOnly(conflict);
    assertThat(regained.getLast()).isInstanceOf(ConflictChanged.class);
    assertThat(regained)
        .filteredOn(io.autoposter.model.sync.PostChanged.class::isInstance)
        .extracting(change -> ((io.autoposter.model.sync.PostChanged) change).hlc())
        .doesNotContainNull();
  }
}
