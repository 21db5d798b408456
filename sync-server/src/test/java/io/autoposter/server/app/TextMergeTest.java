package io.autoposter.server.app;

import static io.autoposter.server.app.SyncDesk.applied;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.TextField;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caption, first comment and variants: concurrent edits by other clients become conflicts. */
class TextMergeTest {
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
    desk = new SyncDesk(server, "Text Agency");
    laptop = desk.ownerLaptop();
    tablet = desk.editorLaptop();
    post = desk.draft("Original caption");
    base = desk.created(laptop, post);
  }

  @Test
  void concurrentCaptionEditOfAnotherUserOpensATextConflict() {
    Instant before = Instant.now();
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Laptop caption")));
    long afterLaptop = laptop.version(post.id());

    applied(tablet, tablet.edit(post.id(), base, PostPatch.EMPTY.withCaption("Tablet caption")));

    assertThat(tablet.latest(post.id()).caption()).isEqualTo("Laptop caption");
    assertThat(tablet.version(post.id()))
        .as("the refused text changes nothing in the post")
        .isEqualTo(afterLaptop);
    PostConflict conflict = tablet.openConflicts().getFirst();
    assertThat(conflict.kind()).isEqualTo(ConflictKind.TEXT);
    assertThat(conflict.field()).isEqualTo(TextField.CAPTION);
    assertThat(conflict.postId()).isEqualTo(post.id());
    assertThat(conflict.brandId()).isEqualTo(desk.brand.id());
    assertThat(conflict.kept().text()).isEqualTo("Laptop caption");
    assertThat(conflict.kept().userId()).isEqualTo(desk.owner.userId());
    assertThat(conflict.kept().userName()).isEqualTo(SyncDesk.OWNER_NAME);
    assertThat(conflict.kept().clientId()).isEqualTo(laptop.clientId);
    assertThat(conflict.incoming().text()).isEqualTo("Tablet caption");
    assertThat(conflict.incoming().userId()).isEqualTo(desk.editor.userId());
    assertThat(conflict.incoming().userName()).isEqualTo(SyncDesk.EDITOR_NAME);
    assertThat(conflict.incoming().clientId()).isEqualTo(tablet.clientId);
    assertThat(conflict.kept().at()).isBetween(before, conflict.incoming().at());
    assertThat(conflict.incoming().at()).isBefore(Instant.now().plusMillis(1));
    assertThat(conflict.isOpen()).isTrue();
    assertThat(laptop.openConflicts()).containsExactly(conflict);
  }

  @Test
  void twoLaptopsOfTheSameUserConflictToo() {
    SyncClient phone = desk.ownerLaptop();
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withFirstComment("From laptop")));

    applied(phone, phone.edit(post.id(), base, PostPatch.EMPTY.withFirstComment("From phone")));

    PostConflict conflict = phone.openConflicts().getFirst();
    assertThat(conflict.field()).isEqualTo(TextField.FIRST_COMMENT);
    assertThat(conflict.kept().clientId()).isEqualTo(laptop.clientId);
    assertThat(conflict.incoming().clientId()).isEqualTo(phone.clientId);
    assertThat(conflict.incoming().userId()).isEqualTo(conflict.kept().userId());
    assertThat(phone.latest(post.id()).firstComment()).isEqualTo("From laptop");
  }

  @Test
  void theSameClientsEarlierEditsNeverConflict() {
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Offline one")));
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Offline two")));
    applied(laptop, laptop.edit(post.id(), 0, PostPatch.EMPTY.withCaption("Offline three")));

    assertThat(laptop.latest(post.id()).caption()).isEqualTo("Offline three");
    assertThat(laptop.conflicts()).isEmpty();
  }

  @Test
  void anEditBasedOnTheLatestVersionNeverConflicts() {
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Laptop caption")));

    applied(
        tablet,
        tablet.edit(
            post.id(), tablet.version(post.id()), PostPatch.EMPTY.withCaption("Tablet caption")));

    assertThat(tablet.latest(post.id()).caption()).isEqualTo("Tablet caption");
    assertThat(tablet.conflicts()).isEmpty();
  }

  @Test
  void equalTextsNeverConflict() {
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Same words")));
    long version = laptop.version(post.id());

    applied(tablet, tablet.edit(post.id(), base, PostPatch.EMPTY.withCaption("Same words")));

    assertThat(tablet.conflicts()).isEmpty();
    assertThat(tablet.version(post.id())).isEqualTo(version);
  }

  @Test
  void otherFieldsOfAConflictingEditStillMerge() {
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Laptop caption")));

    applied(
        tablet,
        tablet.edit(
            post.id(),
            base,
            PostPatch.EMPTY
                .withCaption("Tablet caption")
                .withFirstComment("Tablet comment")
                .withVariant(Network.INSTAGRAM, "For Instagram")));

    Post merged = tablet.latest(post.id());
    assertThat(merged.caption()).isEqualTo("Laptop caption");
    assertThat(merged.firstComment()).isEqualTo("Tablet comment");
    assertThat(merged.variants())
        .containsEntry(Network.INSTAGRAM, "For Instagram")
        .containsEntry(Network.X, "Short for X");
    assertThat(tablet.openConflicts()).extracting(PostConflict::field).containsExactly("caption");
  }

  @Test
  void variantsConflictPerNetwork() {
    applied(
        laptop,
        laptop.edit(post.id(), base, PostPatch.EMPTY.withVariant(Network.X, "Laptop X text")));

    applied(
        tablet,
        tablet.edit(
            post.id(),
            base,
            PostPatch.EMPTY
                .withVariant(Network.X, "")
                .withVariant(Network.LINKEDIN, "For LinkedIn")));

    Post merged = tablet.latest(post.id());
    assertThat(merged.variants())
        .containsEntry(Network.X, "Laptop X text")
        .containsEntry(Network.LINKEDIN, "For LinkedIn");
    PostConflict conflict = tablet.openConflicts().getFirst();
    assertThat(conflict.field()).isEqualTo("variant.X");
    assertThat(conflict.kept().text()).isEqualTo("Laptop X text");
    assertThat(conflict.incoming().text()).as("removing the override").isEmpty();
  }

  @Test
  void threeConcurrentEditsKeepTheFirstAndOpenOneConflictPerLateEdit() {
    SyncClient phone = desk.editorLaptop();
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("One")));
    applied(tablet, tablet.edit(post.id(), base, PostPatch.EMPTY.withCaption("Two")));
    applied(phone, phone.edit(post.id(), base, PostPatch.EMPTY.withCaption("Three")));

    assertThat(phone.latest(post.id()).caption()).isEqualTo("One");
    assertThat(phone.openConflicts())
        .extracting(c -> c.kept().text(), c -> c.incoming().text())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("One", "Two"),
            org.assertj.core.groups.Tuple.tuple("One", "Three"));
  }

  @Test
  void conflictChangesAreRecordedWithTheirClientMutation() {
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Laptop")));
    applied(tablet, tablet.edit(post.id(), base, PostPatch.EMPTY.withCaption("Tablet")));

    ServerSql sql = new ServerSql(dataDir);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM change_log WHERE agency_id = ? AND kind = 'conflict'"
                    + " AND client_id = ? AND mutation_id = 1",
                desk.owner.agencyId().value(),
                tablet.clientId.value()))
        .isEqualTo(1);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM change_log WHERE agency_id = ? AND kind = 'post'"
                    + " AND client_id = ? AND mutation_id = 2",
                desk.owner.agencyId().value(),
                laptop.clientId.value()))
        .isEqualTo(1);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM change_log WHERE agency_id = ? AND kind = 'brand'"
                    + " AND client_id IS NULL",
                desk.owner.agencyId().value()))
        .isEqualTo(1);
  }
}
