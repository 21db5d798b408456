package io.autoposter.server.app;

import static io.autoposter.server.app.SyncDesk.applied;
import static io.autoposter.server.app.SyncDesk.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.Role;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.Schedule;
import io.autoposter.model.sync.SetDelta;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal of a pushed mutation, and that a refusal leaves nothing behind but its id. */
class PushRejectionsTest {
  private static final Instant DUE = Instant.parse("2031-05-05T10:00:00Z");
  private static final MediaRef PHOTO = new MediaRef("c".repeat(64), "image/png", 1000);

  @TempDir static Path dataDir;
  static TestServer server;
  static ServerSql sql;

  SyncDesk desk;
  SyncClient laptop;
  SyncClient tablet;
  Post post;
  long base;

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
  void postOnTwoLaptops() {
    desk = new SyncDesk(server, "Refusing Agency");
    laptop = desk.ownerLaptop();
    tablet = desk.editorLaptop();
    post = desk.draft("Caption");
    base = desk.created(laptop, post);
  }

  private static PostPatch status(PostStatus status) {
    return new PostPatch(null, null, null, null, null, status, null, null, null, null);
  }

  private static PostPatch attach(MediaRef media) {
    return new PostPatch(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        new SetDelta<>(List.of(media), List.of()),
        null);
  }

  private long rows(String table) {
    return sql.count(
        "SELECT COUNT(*) FROM " + table + " WHERE agency_id = ?", desk.owner.agencyId().value());
  }

  @Test
  void aRejectedMutationLeavesNoTraceButItsMutationId() {
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Laptop caption")));
    long logBefore = rows("change_log");
    long conflictsBefore = rows("conflicts");
    String postBefore =
        sql.count("SELECT version FROM posts WHERE id = ?", post.id().value())
            + "/"
            + laptop.latest(post.id());

    // Would open a caption conflict, re-add a tag and schedule: the schedule breaks X's rules.
    PushResponse response =
        tablet.push(
            tablet.edit(
                post.id(),
                base,
                new PostPatch(
                    null,
                    "Tablet caption " + "x".repeat(300),
                    null,
                    Map.of(Network.X, "y".repeat(300)),
                    new Schedule(DUE, ZoneId.of("Europe/Rome")),
                    PostStatus.SCHEDULED,
                    null,
                    null,
                    null,
                    new SetDelta<>(List.of("launch"), List.of()))));

    MutationResult result = response.results().getFirst();
    assertThat(result.outcome()).isEqualTo(MutationOutcome.REJECTED);
    assertThat(result.reasonCode()).isEqualTo("POST_RULES");
    assertThat(result.message()).contains("X allows 280 characters");
    assertThat(response.lastMutationId()).isEqualTo(1);
    assertThat(tablet.pull(0, 1).lastMutationId()).isEqualTo(1);
    assertThat(rows("change_log")).isEqualTo(logBefore);
    assertThat(rows("conflicts")).isEqualTo(conflictsBefore);
    assertThat(
            sql.count("SELECT version FROM posts WHERE id = ?", post.id().value())
                + "/"
                + laptop.latest(post.id()))
        .isEqualTo(postBefore);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM posts WHERE id = ? AND merge_meta LIKE ?",
                post.id().value(),
                "%" + tablet.clientId + "%"))
        .as("not even the merge record remembers the refused edit")
        .isZero();
  }

  @Test
  void theNextMutationAfterARejectionIsApplied() {
    PushResponse response =
        tablet.push(
            tablet.edit(post.id(), base, status(PostStatus.PUBLISHED)),
            tablet.edit(post.id(), base, PostPatch.EMPTY.withCaption("Fine")));

    assertThat(response.results())
        .extracting(MutationResult::outcome)
        .containsExactly(MutationOutcome.REJECTED, MutationOutcome.APPLIED);
    assertThat(tablet.latest(post.id()).caption()).isEqualTo("Fine");
  }

  @Test
  void serverOwnedStatusesAreNotAllowed() {
    for (PostStatus status :
        List.of(
            PostStatus.PUBLISHING,
            PostStatus.PUBLISHED,
            PostStatus.FAILED,
            PostStatus.NEEDS_ATTENTION)) {
      assertThat(rejected(tablet, tablet.edit(post.id(), base, status(status))))
          .as(status.name())
          .isEqualTo("STATUS_NOT_ALLOWED");
      assertThat(rejected(tablet, tablet.create(desk.draft("New").withStatus(status, ""))))
          .isEqualTo("STATUS_NOT_ALLOWED");
    }
  }

  @Test
  void anInvalidMergedPostIsValidationFailed() {
    // Scheduled without a due time.
    assertThat(rejected(tablet, tablet.edit(post.id(), base, status(PostStatus.SCHEDULED))))
        .isEqualTo("VALIDATION_FAILED");
    assertThat(
            rejected(
                tablet,
                tablet.edit(
                    post.id(),
                    base,
                    new PostPatch(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new SetDelta<>(List.of("   "), List.of())))))
        .isEqualTo("VALIDATION_FAILED");
  }

  @Test
  void aTakenIdIsPostExists() {
    assertThat(rejected(tablet, tablet.create(post))).isEqualTo("POST_EXISTS");
    applied(laptop, laptop.delete(post.id(), base));
    assertThat(rejected(tablet, tablet.create(post)))
        .as("deleted ids stay taken")
        .isEqualTo("POST_EXISTS");
  }

  @Test
  void schedulingNeedsEveryMediaItemCompletelyUploaded() {
    applied(tablet, tablet.edit(post.id(), base, attach(PHOTO)));
    long version = tablet.version(post.id());

    assertThat(rejected(tablet, tablet.edit(post.id(), version, SyncDesk.scheduled(DUE))))
        .isEqualTo("MEDIA_MISSING");

    sql.media(desk.owner.agencyId().value(), PHOTO.sha256(), PHOTO.size(), false);
    assertThat(rejected(tablet, tablet.edit(post.id(), version, SyncDesk.scheduled(DUE))))
        .as("half uploaded")
        .isEqualTo("MEDIA_MISSING");

    SessionResponse other = server.register("Other Agency");
    sql.media(other.agencyId().value(), PHOTO.sha256(), PHOTO.size(), true);
    assertThat(rejected(tablet, tablet.edit(post.id(), version, SyncDesk.scheduled(DUE))))
        .as("another agency's upload does not count")
        .isEqualTo("MEDIA_MISSING");

    sql.media(desk.owner.agencyId().value(), PHOTO.sha256(), PHOTO.size(), true);
    applied(tablet, tablet.edit(post.id(), version, SyncDesk.scheduled(DUE)));
    assertThat(tablet.latest(post.id()).status()).isEqualTo(PostStatus.SCHEDULED);

    MediaRef second =
        new MediaRef(UUID.randomUUID().toString().replace("-", "").repeat(2), "image/png", 9);
    assertThat(rejected(tablet, tablet.edit(post.id(), tablet.version(post.id()), attach(second))))
        .as("nor can a scheduled post get media that are not there")
        .isEqualTo("MEDIA_MISSING");
  }

  @Test
  void aCreatedScheduledPostIsCheckedToo() {
    Post scheduled =
        new Post(
            PostId.random(),
            desk.brand.id(),
            "Caption",
            "",
            Map.of(),
            Set.of(Network.SANDBOX),
            Set.of(),
            List.of(PHOTO),
            Set.of(),
            DUE,
            ZoneId.of("Europe/Rome"),
            PostStatus.SCHEDULED,
            "");

    assertThat(rejected(tablet, tablet.create(scheduled))).isEqualTo("MEDIA_MISSING");
    assertThat(
            rejected(
                tablet,
                tablet.create(
                    new Post(
                        PostId.random(),
                        desk.brand.id(),
                        "",
                        Set.of(Network.SANDBOX),
                        DUE,
                        ZoneId.of("Europe/Rome"),
                        PostStatus.SCHEDULED,
                        ""))))
        .isEqualTo("POST_RULES");
  }

  @Test
  void theSharedRulesEngineBlocksWhatTheComposerFlagsAsAnError() {
    Post instagramWithoutImage =
        new Post(
            PostId.random(),
            desk.brand.id(),
            "Our autumn menu is here",
            Set.of(Network.INSTAGRAM),
            DUE,
            ZoneId.of("Europe/Rome"),
            PostStatus.SCHEDULED,
            "");
    String code =
        io.autoposter.model.rules.PostRules.check(instagramWithoutImage).getFirst().code();

    PushResponse response = tablet.push(tablet.create(instagramWithoutImage));

    MutationResult result = response.results().getFirst();
    assertThat(code).isEqualTo("INSTAGRAM_MEDIA_REQUIRED");
    assertThat(result.reasonCode()).isEqualTo("POST_RULES");
    assertThat(result.message()).containsIgnoringCase("instagram").containsIgnoringCase("picture");
  }

  @Test
  void aDraftMayHoldMediaNotUploadedYet() {
    applied(tablet, tablet.edit(post.id(), base, attach(PHOTO)));

    assertThat(tablet.latest(post.id()).media()).containsExactly(PHOTO);
  }

  @Test
  void postsBeingPublishedOrPublishedAreReadOnly() {
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Laptop")));
    applied(tablet, tablet.edit(post.id(), base, PostPatch.EMPTY.withCaption("Tablet")));
    PostConflict conflict = tablet.openConflicts().getFirst();
    long version = tablet.version(post.id());

    for (String status : List.of("PUBLISHING", "PUBLISHED")) {
      sql.update("UPDATE posts SET status = ? WHERE id = ?", status, post.id().value());

      assertThat(
              rejected(tablet, tablet.edit(post.id(), version, PostPatch.EMPTY.withCaption("x"))))
          .isEqualTo("POST_READ_ONLY");
      assertThat(rejected(tablet, tablet.delete(post.id(), version))).isEqualTo("POST_READ_ONLY");
      assertThat(rejected(tablet, tablet.resolve(conflict, version, "x", false)))
          .isEqualTo("POST_READ_ONLY");
    }
  }

  @Test
  void readersCannotWriteAnything() {
    PostConflict conflict;
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("Laptop")));
    applied(tablet, tablet.edit(post.id(), base, PostPatch.EMPTY.withCaption("Tablet")));
    conflict = tablet.openConflicts().getFirst();
    SessionResponse viewer = server.member(desk.owner.token(), Role.VIEWER, true, Set.of());
    SyncClient reader = new SyncClient(server, viewer.token());

    PushResponse response =
        reader.push(
            reader.create(desk.draft("New")),
            reader.edit(post.id(), base, PostPatch.EMPTY.withCaption("x")),
            reader.delete(post.id(), base),
            reader.resolve(conflict, base, "x", false));

    assertThat(response.results())
        .extracting(MutationResult::reasonCode)
        .containsOnly("ROLE_CANNOT_WRITE");
    assertThat(reader.openConflicts()).containsExactly(conflict);
  }
}
