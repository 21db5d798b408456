package io.autoposter.server.app;

import static io.autoposter.server.app.SyncDesk.applied;
import static io.autoposter.server.app.SyncDesk.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.ConflictId;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.ResolveConflict;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflict.resolve}: the first decision stands, and a racing third edit is not lost. */
class ConflictResolutionTest {
  @TempDir static Path dataDir;
  static TestServer server;

  SyncDesk desk;
  SyncClient laptop;
  SyncClient tablet;
  Post post;
  long base;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir, Map.of("autoposter.publisher.enabled", "false"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void postOnTwoLaptops() {
    desk = new SyncDesk(server, "Resolve Agency");
    laptop = desk.ownerLaptop();
    tablet = desk.editorLaptop();
    post = desk.draft("Caption");
    base = desk.created(laptop, post);
  }

  private PostConflict textConflict() {
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Laptop text")));
    applied(tablet, tablet.edit(post.id(), base, PostPatch.EMPTY.withCaption("Tablet text")));
    return tablet.openConflicts().getFirst();
  }

  private PostConflict deleteConflict() {
    applied(tablet, tablet.edit(post.id(), base, PostPatch.EMPTY.withFirstComment("Edit")));
    applied(laptop, laptop.delete(post.id(), base));
    return laptop.openConflicts().getFirst();
  }

  @Test
  void resolvingATextConflictSetsTheTextAndClosesIt() {
    PostConflict conflict = textConflict();

    applied(tablet, tablet.resolve(conflict, tablet.version(post.id()), "Merged text", false));

    assertThat(tablet.latest(post.id()).caption()).isEqualTo("Merged text");
    assertThat(tablet.openConflicts()).isEmpty();
    PostConflict closed = tablet.conflicts().getFirst();
    assertThat(closed.id()).isEqualTo(conflict.id());
    assertThat(closed.resolution().text()).isEqualTo("Merged text");
    assertThat(closed.resolution().clientId()).isEqualTo(tablet.clientId);
    assertThat(closed.resolution().userName()).isEqualTo(SyncDesk.EDITOR_NAME);
    assertThat(closed.kept()).isEqualTo(conflict.kept());
    assertThat(closed.incoming()).isEqualTo(conflict.incoming());
  }

  @Test
  void keepingTheServersTextChangesNothingButTheConflict() {
    PostConflict conflict = textConflict();
    long version = laptop.version(post.id());

    applied(laptop, laptop.resolve(conflict, version, "Laptop text", false));

    assertThat(laptop.version(post.id())).isEqualTo(version);
    assertThat(laptop.openConflicts()).isEmpty();
  }

  @Test
  void aThirdEditRacingTheResolutionOpensANewConflictInsteadOfVanishing() {
    PostConflict conflict = textConflict();
    long seen = tablet.version(post.id());
    SyncClient phone = desk.ownerLaptop();
    applied(phone, phone.edit(post.id(), seen, PostPatch.EMPTY.withCaption("Phone text")));

    applied(tablet, tablet.resolve(conflict, seen, "Merged text", false));

    assertThat(tablet.latest(post.id()).caption()).isEqualTo("Phone text");
    assertThat(tablet.conflicts())
        .extracting(PostConflict::id, PostConflict::isOpen)
        .hasSize(2)
        .contains(org.assertj.core.groups.Tuple.tuple(conflict.id(), false));
    PostConflict fresh = tablet.openConflicts().getFirst();
    assertThat(fresh.kept().text()).isEqualTo("Phone text");
    assertThat(fresh.incoming().text()).isEqualTo("Merged text");
  }

  @Test
  void aSecondResolutionIsAlreadyResolvedAndTheFirstStands() {
    PostConflict conflict = textConflict();
    long seen = tablet.version(post.id());
    applied(tablet, tablet.resolve(conflict, seen, "First decision", false));
    long head = laptop.pull(0, 1000).cursor();

    assertThat(rejected(laptop, laptop.resolve(conflict, seen, "Second decision", false)))
        .isEqualTo("CONFLICT_ALREADY_RESOLVED");

    assertThat(laptop.latest(post.id()).caption()).isEqualTo("First decision");
    assertThat(laptop.pull(head, 1000).changes()).isEmpty();
  }

  @Test
  void anUnknownConflictOrOneOfAnotherPostIsNotFound() {
    PostConflict conflict = textConflict();

    assertThat(
            rejected(
                laptop,
                new ResolveConflict(
                    laptop.nextMutationId(),
                    laptop.now(),
                    0,
                    ConflictId.random(),
                    post.id(),
                    "x",
                    false)))
        .isEqualTo("CONFLICT_NOT_FOUND");
    assertThat(
            rejected(
                laptop,
                new ResolveConflict(
                    laptop.nextMutationId(),
                    laptop.now(),
                    0,
                    conflict.id(),
                    PostId.random(),
                    "x",
                    false)))
        .isEqualTo("CONFLICT_NOT_FOUND");
    assertThat(laptop.openConflicts()).containsExactly(conflict);
  }

  @Test
  void resolvingADeleteConflictByDeletingDeletesThePost() {
    PostConflict conflict = deleteConflict();

    applied(laptop, laptop.resolve(conflict, laptop.version(post.id()), "", true));

    assertThat(laptop.pullAll()).anyMatch(PostRemoved.class::isInstance);
    assertThat(laptop.openConflicts()).isEmpty();
    assertThat(laptop.conflicts().getFirst().resolution().text()).isEmpty();
  }

  @Test
  void resolvingADeleteConflictByKeepingKeepsThePost() {
    PostConflict conflict = deleteConflict();
    long version = tablet.version(post.id());

    applied(tablet, tablet.resolve(conflict, version, "ignored", false));

    assertThat(tablet.pullAll()).noneMatch(PostRemoved.class::isInstance);
    assertThat(tablet.version(post.id())).isEqualTo(version);
    PostConflict closed = tablet.conflicts().getFirst();
    assertThat(closed.kind()).isEqualTo(ConflictKind.DELETE);
    assertThat(closed.resolution().text()).isEqualTo("Caption");
  }

  @Test
  void aDeleteDecisionRacingAnotherEditOpensANewDeleteConflict() {
    PostConflict conflict = deleteConflict();
    long seen = laptop.version(post.id());
    applied(tablet, tablet.edit(post.id(), seen, PostPatch.EMPTY.withCaption("Edited again")));

    applied(laptop, laptop.resolve(conflict, seen, "", true));

    assertThat(laptop.pullAll()).noneMatch(PostRemoved.class::isInstance);
    assertThat(laptop.openConflicts())
        .singleElement()
        .satisfies(
            fresh -> {
              assertThat(fresh.kind()).isEqualTo(ConflictKind.DELETE);
              assertThat(fresh.kept().text()).isEqualTo("Edited again");
            });
  }

  @Test
  void aDeletionClosesTheConflictsOfThePostSoALaterResolutionIsAlreadyResolved() {
    PostConflict conflict = textConflict();
    long seen = tablet.version(post.id());
    applied(laptop, laptop.delete(post.id(), seen));

    assertThat(rejected(tablet, tablet.resolve(conflict, seen, "Merged", false)))
        .isEqualTo("CONFLICT_ALREADY_RESOLVED");
    assertThat(tablet.pullAll().getLast()).isInstanceOf(ConflictChanged.class);
    assertThat(tablet.openConflicts()).isEmpty();
  }
}
