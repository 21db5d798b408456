package io.autoposter.server.app;

import static io.autoposter.server.app.SyncDesk.applied;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.Schedule;
import io.autoposter.model.sync.SetDelta;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Last-writer-wins fields (schedule, status, brand) and add-wins sets. */
class FieldMergeTest {
  private static final Instant MONDAY = Instant.parse("2031-03-03T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2031-03-04T09:00:00Z");
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

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
    desk = new SyncDesk(server, "Field Agency");
    laptop = desk.ownerLaptop();
    tablet = desk.editorLaptop();
    post = desk.draft("Caption");
    base = desk.created(laptop, post);
  }

  private static PostPatch schedule(Instant due) {
    return new PostPatch(
        null, null, null, null, new Schedule(due, ROME), null, null, null, null, null);
  }

  private static PostPatch status(PostStatus status) {
    return new PostPatch(null, null, null, null, null, status, null, null, null, null);
  }

  private static PostPatch tags(List<String> added, List<String> removed) {
    return new PostPatch(
        null, null, null, null, null, null, null, null, null, new SetDelta<>(added, removed));
  }

  private static HybridTimestamp at(long wallMillis, SyncClient client) {
    return new HybridTimestamp(wallMillis, 0, client.clientId.toString());
  }

  @Test
  void differentFieldsEditedConcurrentlyBothLand() {
    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withCaption("New caption")));
    applied(tablet, tablet.edit(post.id(), base, schedule(MONDAY)));

    Post merged = tablet.latest(post.id());
    assertThat(merged.caption()).isEqualTo("New caption");
    assertThat(merged.dueAt()).isEqualTo(MONDAY);
    assertThat(tablet.conflicts()).isEmpty();
  }

  @Test
  void scheduleIsLastWriterWinsByClockNotByArrival() {
    long now = System.currentTimeMillis();
    applied(laptop, laptop.edit(post.id(), base, schedule(TUESDAY), at(now, laptop)));
    long version = laptop.version(post.id());

    // Made earlier on the tablet, arriving later: it loses, and changes nothing.
    applied(tablet, tablet.edit(post.id(), base, schedule(MONDAY), at(now - 5_000, tablet)));
    assertThat(tablet.latest(post.id()).dueAt()).isEqualTo(TUESDAY);
    assertThat(tablet.version(post.id())).isEqualTo(version);

    applied(tablet, tablet.edit(post.id(), base, schedule(MONDAY), at(now + 1_000, tablet)));
    assertThat(tablet.latest(post.id()).dueAt()).isEqualTo(MONDAY);
  }

  @Test
  void lastWriterWinsIsPerField() {
    long now = System.currentTimeMillis();
    applied(
        laptop,
        laptop.edit(
            post.id(),
            base,
            new PostPatch(
                null,
                null,
                null,
                null,
                new Schedule(TUESDAY, ROME),
                PostStatus.SCHEDULED,
                null,
                null,
                null,
                null),
            at(now, laptop)));
    applied(
        tablet, tablet.edit(post.id(), base, status(PostStatus.CANCELLED), at(now + 1, tablet)));
    applied(tablet, tablet.edit(post.id(), base, schedule(MONDAY), at(now - 1, tablet)));

    Post merged = tablet.latest(post.id());
    assertThat(merged.status()).isEqualTo(PostStatus.CANCELLED);
    assertThat(merged.dueAt()).isEqualTo(TUESDAY);
  }

  @Test
  void aClientClockFarAheadIsClampedToTheServerClock() {
    long now = System.currentTimeMillis();
    HybridTimestamp anHourAhead = at(now + 3_600_000, laptop);
    applied(laptop, laptop.edit(post.id(), base, schedule(TUESDAY), anHourAhead));
    PostChanged clamped = laptop.changesOf(post.id()).getLast();
    assertThat(clamped.hlc().wallMillis())
        .as("the post's stamp is the server's time, not the laptop's")
        .isBetween(now, System.currentTimeMillis());
    assertThat(clamped.hlc().node()).isEqualTo(laptop.clientId.toString());

    // Without the clamp the laptop's schedule would win for an hour.
    applied(
        tablet,
        tablet.edit(
            post.id(), base, schedule(MONDAY), at(System.currentTimeMillis() + 1_000, tablet)));
    assertThat(tablet.latest(post.id()).dueAt()).isEqualTo(MONDAY);
  }

  @Test
  void aClampedClientStillOrdersItsOwnEdits() {
    long farAhead = System.currentTimeMillis() + 3_600_000;
    applied(laptop, laptop.edit(post.id(), base, schedule(TUESDAY), at(farAhead, laptop)));
    applied(laptop, laptop.edit(post.id(), base, schedule(MONDAY), at(farAhead + 1, laptop)));

    assertThat(laptop.latest(post.id()).dueAt()).isEqualTo(MONDAY);
  }

  @Test
  void postStampIsTheNewestStampMergedIntoIt() {
    long now = System.currentTimeMillis();
    applied(laptop, laptop.edit(post.id(), base, schedule(TUESDAY), at(now + 2_000, laptop)));
    applied(
        tablet,
        tablet.edit(post.id(), base, PostPatch.EMPTY.withFirstComment("x"), at(now, tablet)));

    List<PostChanged> changes = tablet.changesOf(post.id());
    assertThat(changes.getLast().post().firstComment()).isEqualTo("x");
    assertThat(changes.getLast().hlc()).isEqualTo(at(now + 2_000, laptop));
  }

  @Test
  void anAddAlwaysLandsAndARemovalOfASeenElementRemoves() {
    applied(laptop, laptop.edit(post.id(), base, tags(List.of(), List.of("launch"))));
    applied(tablet, tablet.edit(post.id(), base, tags(List.of("summer"), List.of())));

    assertThat(tablet.latest(post.id()).tags()).containsExactly("summer");
  }

  @Test
  void aConcurrentReAddWinsOverARemoval() {
    // The tablet adds "launch" again (the post has it): its add is now the element's last add.
    applied(tablet, tablet.edit(post.id(), base, tags(List.of("launch", "promo"), List.of())));
    applied(laptop, laptop.edit(post.id(), base, tags(List.of(), List.of("launch", "promo"))));

    assertThat(laptop.latest(post.id()).tags()).containsExactly("launch", "promo");
    assertThat(laptop.conflicts()).isEmpty();
  }

  @Test
  void aClientRemovesItsOwnAddsEvenUnseen() {
    applied(laptop, laptop.edit(post.id(), base, tags(List.of("promo"), List.of())));
    applied(laptop, laptop.edit(post.id(), base, tags(List.of(), List.of("promo", "launch"))));

    assertThat(laptop.latest(post.id()).tags()).isEmpty();
  }

  @Test
  void aRemovalAfterSeeingTheReAddRemoves() {
    applied(tablet, tablet.edit(post.id(), base, tags(List.of("launch"), List.of())));
    long seen = laptop.version(post.id());

    applied(laptop, laptop.edit(post.id(), seen, tags(List.of(), List.of("launch"))));

    assertThat(laptop.latest(post.id()).tags()).isEmpty();
  }

  @Test
  void targetsNetworksAndMediaMergeAddWinsToo() {
    SocialAccountId first = SocialAccountId.random();
    SocialAccountId second = SocialAccountId.random();
    MediaRef photo = new MediaRef("a".repeat(64), "image/png", 10);
    MediaRef video = new MediaRef("b".repeat(64), "video/mp4", 20);
    applied(
        laptop,
        laptop.edit(
            post.id(),
            base,
            new PostPatch(
                null,
                null,
                null,
                null,
                null,
                null,
                new SetDelta<>(List.of(Network.LINKEDIN), List.of(Network.X)),
                new SetDelta<>(List.of(first), List.of()),
                new SetDelta<>(List.of(photo), List.of()),
                null)));
    applied(
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
                new SetDelta<>(List.of(Network.X), List.of(Network.SANDBOX)),
                new SetDelta<>(List.of(second), List.of(first)),
                new SetDelta<>(List.of(video), List.of(photo)),
                null)));

    Post merged = tablet.latest(post.id());
    assertThat(merged.networks()).containsExactly(Network.LINKEDIN, Network.X);
    assertThat(merged.targets()).containsExactlyInAnyOrder(first, second);
    assertThat(merged.media()).as("attachment order kept").containsExactly(photo, video);
  }

  @Test
  void mediaKeepTheirOrderAndARemovalByHashRemoves() {
    MediaRef one = new MediaRef("1".repeat(64), "image/png", 10);
    MediaRef two = new MediaRef("2".repeat(64), "image/jpeg", 10);
    MediaRef three = new MediaRef("3".repeat(64), "image/png", 10);
    PostPatch attach =
        new PostPatch(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new SetDelta<>(List.of(one, two, three), List.of()),
            null);
    applied(laptop, laptop.edit(post.id(), base, attach));
    long seen = laptop.version(post.id());

    applied(
        tablet,
        tablet.edit(
            post.id(),
            seen,
            new PostPatch(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new SetDelta<>(List.of(), List.of(two)),
                null)));

    assertThat(tablet.latest(post.id()).media()).containsExactly(one, three);
  }

  @Test
  void tagsAreNormalizedBeforeMerging() {
    applied(tablet, tablet.edit(post.id(), base, tags(List.of("  big   news "), List.of())));
    applied(
        tablet,
        tablet.edit(post.id(), tablet.version(post.id()), tags(List.of(), List.of("big news"))));

    assertThat(tablet.latest(post.id()).tags()).containsExactly("launch");
  }

  @Test
  void aStatusChangeClearsTheOutcomeAndOtherEditsKeepIt() {
    ServerSql sql = new ServerSql(dataDir);
    sql.update(
        "UPDATE posts SET status = 'FAILED', outcome = 'Instagram is not connected' WHERE id = ?",
        post.id().value());

    applied(laptop, laptop.edit(post.id(), base, PostPatch.EMPTY.withFirstComment("Fixed")));
    Post kept = laptop.latest(post.id());
    applied(laptop, laptop.edit(post.id(), base, status(PostStatus.DRAFT)));
    Post cleared = laptop.latest(post.id());

    assertThat(kept.status()).isEqualTo(PostStatus.FAILED);
    assertThat(kept.outcome()).isEqualTo("Instagram is not connected");
    assertThat(cleared.status()).isEqualTo(PostStatus.DRAFT);
    assertThat(cleared.outcome()).isEmpty();
  }

  @Test
  void movingToAnotherBrandIsLastWriterWinsAndNeedsABrandTheMoverSees() {
    var other = server.createBrand(desk.owner.token(), "Second brand");
    var hidden = server.createBrand(desk.owner.token(), "Hidden brand");
    SyncClient limited =
        new SyncClient(
            server,
            server
                .member(
                    desk.owner.token(),
                    io.autoposter.model.Role.EDITOR,
                    false,
                    java.util.Set.of(desk.brand.id(), other.id()))
                .token());

    applied(limited, limited.edit(post.id(), base, moveTo(other.id())));
    assertThat(laptop.latest(post.id()).brandId()).isEqualTo(other.id());

    assertThat(SyncDesk.rejected(limited, limited.edit(post.id(), base, moveTo(hidden.id()))))
        .isEqualTo("BRAND_NOT_FOUND");
    assertThat(laptop.latest(post.id()).brandId()).isEqualTo(other.id());
  }

  private static PostPatch moveTo(io.autoposter.model.BrandId brand) {
    return new PostPatch(brand, null, null, null, null, null, null, null, null, null);
  }
}
