package io.autoposter.server.app;

import static io.autoposter.server.app.SyncDesk.applied;
import static io.autoposter.server.app.SyncDesk.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Post;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PostRemoved;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deletion racing an edit keeps (or brings back) the post and asks someone to decide. */
class DeleteVersusEditTest {
  @TempDir static Path dataDir;
  static TestServer server;

  SyncDesk desk;
  SyncClient editor;
  SyncClient deleter;
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
    desk = new SyncDesk(server, "Delete Agency");
    editor = desk.editorLaptop();
    deleter = desk.ownerLaptop();
    post = desk.draft("Caption");
    base = desk.created(deleter, post);
  }

  @Test
  void deleteWithoutConcurrentEditsDeletes() {
    applied(editor, editor.edit(post.id(), base, PostPatch.EMPTY.withCaption("Seen edit")));
    long seen = deleter.version(post.id());

    applied(deleter, deleter.delete(post.id(), seen));

    assertThat(deleter.pullAll().getLast())
        .isInstanceOfSatisfying(
            PostRemoved.class, r -> assertThat(r.postId()).isEqualTo(post.id()));
    assertThat(deleter.conflicts()).isEmpty();
  }

  @Test
  void deletingTheClientsOwnUnpulledEditsDeletes() {
    applied(deleter, deleter.edit(post.id(), base, PostPatch.EMPTY.withCaption("Mine")));

    applied(deleter, deleter.delete(post.id(), base));

    assertThat(deleter.pullAll().getLast()).isInstanceOf(PostRemoved.class);
  }

  @Test
  void deleteAfterAnotherClientsEditKeepsThePostAndOpensADeleteConflict() {
    applied(editor, editor.edit(post.id(), base, PostPatch.EMPTY.withCaption("Edited meanwhile")));
    long version = editor.version(post.id());

    applied(deleter, deleter.delete(post.id(), base));

    assertThat(deleter.pullAll()).noneMatch(PostRemoved.class::isInstance);
    assertThat(deleter.version(post.id())).isEqualTo(version);
    PostConflict conflict = deleter.openConflicts().getFirst();
    assertThat(conflict.kind()).isEqualTo(ConflictKind.DELETE);
    assertThat(conflict.field()).isEmpty();
    assertThat(conflict.kept().text()).isEqualTo("Edited meanwhile");
    assertThat(conflict.kept().clientId()).isEqualTo(editor.clientId);
    assertThat(conflict.kept().userName()).isEqualTo(SyncDesk.EDITOR_NAME);
    assertThat(conflict.incoming().text()).isEmpty();
    assertThat(conflict.incoming().clientId()).isEqualTo(deleter.clientId);
    assertThat(conflict.incoming().userName()).isEqualTo(SyncDesk.OWNER_NAME);
  }

  @Test
  void editOfAPostDeletedAfterItsBaseRestoresItWithTheEditAndOpensADeleteConflict() {
    applied(deleter, deleter.delete(post.id(), base));

    applied(editor, editor.edit(post.id(), base, PostPatch.EMPTY.withFirstComment("Still wanted")));

    List<Change> log = editor.pullAll();
    assertThat(log.get(log.size() - 3)).isInstanceOf(PostRemoved.class);
    assertThat(log.get(log.size() - 2))
        .isInstanceOfSatisfying(
            PostChanged.class,
            restored -> {
              assertThat(restored.post().firstComment()).isEqualTo("Still wanted");
              assertThat(restored.post().caption()).isEqualTo("Caption");
            });
    PostConflict conflict = ((ConflictChanged) log.getLast()).conflict();
    assertThat(conflict.kind()).isEqualTo(ConflictKind.DELETE);
    assertThat(conflict.kept().clientId()).isEqualTo(editor.clientId);
    assertThat(conflict.kept().text()).isEqualTo("Caption");
    assertThat(conflict.incoming().clientId()).isEqualTo(deleter.clientId);
    assertThat(conflict.incoming().text()).isEmpty();
  }

  @Test
  void bothOrdersEndTheSameWay() {
    Post second = desk.draft("Second");
    long secondBase = desk.created(deleter, second);
    // Edit first, then delete.
    applied(editor, editor.edit(post.id(), base, PostPatch.EMPTY.withFirstComment("Edit")));
    applied(deleter, deleter.delete(post.id(), base));
    // Delete first, then edit.
    applied(deleter, deleter.delete(second.id(), secondBase));
    applied(editor, editor.edit(second.id(), secondBase, PostPatch.EMPTY.withFirstComment("Edit")));

    for (Post each : List.of(post, second)) {
      assertThat(editor.latest(each.id()).firstComment()).isEqualTo("Edit");
      assertThat(editor.openConflicts())
          .filteredOn(c -> c.postId().equals(each.id()))
          .extracting(PostConflict::kind)
          .containsExactly(ConflictKind.DELETE);
    }
  }

  @Test
  void editOfAPostTheEditorSawDeletedIsRejected() {
    applied(deleter, deleter.delete(post.id(), base));
    long deletedAt = deleter.pullAll().getLast().version();

    String code =
        rejected(editor, editor.edit(post.id(), deletedAt, PostPatch.EMPTY.withCaption("Late")));

    assertThat(code).isEqualTo("POST_NOT_FOUND");
    assertThat(editor.pullAll().getLast()).isInstanceOf(PostRemoved.class);
  }

  @Test
  void theDeletersOwnLaterEditDoesNotRestore() {
    applied(deleter, deleter.delete(post.id(), base));

    assertThat(rejected(deleter, deleter.edit(post.id(), base, PostPatch.EMPTY.withCaption("x"))))
        .isEqualTo("POST_NOT_FOUND");
  }

  @Test
  void deletingADeletedPostAgainChangesNothing() {
    applied(deleter, deleter.delete(post.id(), base));
    long head = deleter.pull(0, 1000).cursor();

    applied(editor, editor.delete(post.id(), base));

    assertThat(editor.pull(head, 1000).changes()).isEmpty();
  }

  @Test
  void deletingAPostClosesItsOpenTextConflicts() {
    SyncClient third = desk.ownerLaptop();
    applied(editor, editor.edit(post.id(), base, PostPatch.EMPTY.withCaption("One")));
    applied(third, third.edit(post.id(), base, PostPatch.EMPTY.withCaption("Two")));
    assertThat(third.openConflicts()).hasSize(1);

    applied(editor, editor.delete(post.id(), editor.version(post.id())));

    assertThat(editor.openConflicts()).isEmpty();
    PostConflict closed = editor.conflicts().getFirst();
    assertThat(closed.resolution().text()).isEmpty();
    assertThat(closed.resolution().clientId()).isEqualTo(editor.clientId);
    assertThat(closed.incoming().text()).as("the refused text stays on record").isEqualTo("Two");
  }
}
