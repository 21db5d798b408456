package io.autoposter.desktop.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.ConflictId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.UserId;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.ConflictSide;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.ResolveConflict;
import io.autoposter.model.sync.TextField;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conflict dialog's logic on a real local store, without the toolkit. */
class ConflictsViewModelTest {

  static final Brand ROMA =
      new Brand(BrandId.random(), "Trattoria Roma", ZoneId.of("Europe/Rome"), "#C2410C");

  /** 14:00 in Rome on Tuesday 14 April 2026. */
  static final Clock NOW = Clock.fixed(Instant.parse("2026-04-14T12:00:00Z"), ZoneId.of("UTC"));

  static final UserId ANA = UserId.parse("11111111-0000-0000-0000-000000000001");
  static final UserId MARCO = UserId.parse("11111111-0000-0000-0000-000000000002");
  static final UserId GIULIA = UserId.parse("11111111-0000-0000-0000-000000000003");
  static final ClientId MARCOS_LAPTOP = ClientId.random();
  static final ClientId GIULIAS_MAC = ClientId.random();
  static final ClientId ANAS_OTHER_PC = ClientId.random();

  @TempDir Path dir;
  private LocalStore store;
  private ConflictsViewModel model;
  private int resolved;
  private long version;
  private Post post;

  @BeforeEach
  void setUp() {
    store = LocalStore.open(dir.resolve("local"));
    pull(new BrandChanged(++version, ROMA));
    post =
        new Post(
            PostId.random(),
            ROMA.id(),
            "Marco's caption",
            Set.of(Network.INSTAGRAM),
            Instant.parse("2026-04-20T08:00:00Z"),
            ROMA.zone(),
            PostStatus.SCHEDULED,
            "");
    pull(new PostChanged(++version, post, new HybridTimestamp(1000, 0, "server")));
    model =
        new ConflictsViewModel(
            store, ANA, TaskExecutor.sameThread(), NOW, ZoneId.of("Europe/Rome"), () -> resolved++);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void pull(Change change) {
    store.applyPage(new PullResponse(List.of(change), version, false, 0, version));
  }

  private ConflictSide side(String text, UserId user, String name, ClientId client, String at) {
    return new ConflictSide(text, user, name, client, Instant.parse(at));
  }

  private ConflictSide mine(String text, String at) {
    return side(text, ANA, "Ana Ricci", store.clientId(), at);
  }

  private ConflictSide marco(String text, String at) {
    return side(text, MARCO, "Marco Bianchi", MARCOS_LAPTOP, at);
  }

  private PostConflict conflict(
      ConflictKind kind, String field, ConflictSide kept, ConflictSide in) {
    PostConflict conflict =
        new PostConflict(ConflictId.random(), post.id(), ROMA.id(), kind, field, kept, in, null);
    pull(new ConflictChanged(++version, conflict));
    return conflict;
  }

  private ConflictItem openOnly() {
    model.open();
    assertThat(model.items()).hasSize(1);
    return model.selectedProperty().get();
  }

  private ResolveConflict lastResolution() {
    return store.outbox(100).stream()
        .filter(ResolveConflict.class::isInstance)
        .map(ResolveConflict.class::cast)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  @Test
  void aTextConflictShowsMineFirstWithWhoAndWhenInTheUsersZone() {
    conflict(
        ConflictKind.TEXT,
        TextField.CAPTION,
        marco("Marco's caption", "2026-04-14T07:12:00Z"),
        mine("My caption", "2026-04-13T16:05:00Z"));

    ConflictItem item = openOnly();

    assertThat(item.brandName()).isEqualTo("Trattoria Roma");
    assertThat(item.postSnippet()).isEqualTo("Marco's caption");
    assertThat(item.fieldLabel()).isEqualTo("Caption");
    assertThat(item.title()).isEqualTo("The caption was changed in two places");
    assertThat(item.explanation()).startsWith("You and Marco Bianchi changed it");
    assertThat(item.left())
        .satisfies(
            s -> {
              assertThat(s.who()).isEqualTo("You, on this computer");
              assertThat(s.text()).isEqualTo("My caption");
              assertThat(s.keepLabel()).isEqualTo("Keep mine");
              assertThat(s.mine()).isTrue();
              assertThat(s.onPost()).isFalse();
              assertThat(s.when())
                  .as("18:05 in Rome, the day before")
                  .isEqualTo("Yesterday, 18:05");
            });
    assertThat(item.right())
        .satisfies(
            s -> {
              assertThat(s.who()).isEqualTo("Marco Bianchi");
              assertThat(s.keepLabel()).isEqualTo("Keep theirs");
              assertThat(s.onPost()).isTrue();
              assertThat(s.role()).isEqualTo("On the post now");
              assertThat(s.when()).isEqualTo("Today, 09:12");
            });
  }

  @Test
  void whenNeitherSideIsThisComputerTheButtonsNameThePeople() {
    conflict(
        ConflictKind.TEXT,
        TextField.FIRST_COMMENT,
        side("Giulia's comment", GIULIA, "Giulia Esposito", GIULIAS_MAC, "2026-03-02T09:00:00Z"),
        marco("Marco's comment", "2025-12-30T09:00:00Z"));

    ConflictItem item = openOnly();

    assertThat(item.fieldLabel()).isEqualTo("First comment");
    assertThat(item.left().who()).isEqualTo("Giulia Esposito");
    assertThat(item.left().keepLabel()).isEqualTo("Keep Giulia's");
    assertThat(item.right().keepLabel()).isEqualTo("Keep Marco's");
    assertThat(item.left().mine()).isFalse();
    assertThat(item.left().when()).isEqualTo("Mon 2 Mar, 10:00");
    assertThat(item.right().when()).as("another year").isEqualTo("30 Dec 2025, 10:00");
    assertThat(item.explanation()).startsWith("Giulia Esposito and Marco Bianchi changed it");
  }

  @Test
  void myEditFromAnotherComputerIsMineByNameButNotThisComputers() {
    conflict(
        ConflictKind.TEXT,
        TextField.variant(Network.INSTAGRAM),
        marco("Marco's", "2026-04-14T07:00:00Z"),
        side("From my other PC", ANA, "Ana Ricci", ANAS_OTHER_PC, "2026-04-14T07:01:00Z"));

    ConflictItem item = openOnly();

    assertThat(item.fieldLabel()).isEqualTo("Instagram caption");
    assertThat(item.right().who()).isEqualTo("You, on another computer");
    assertThat(item.right().keepLabel()).isEqualTo("Keep yours");
    assertThat(item.left().keepLabel()).isEqualTo("Keep Marco's");
  }

  @Test
  void samePersonOnTwoOtherComputersIsToldApartByTime() {
    conflict(
        ConflictKind.TEXT,
        TextField.CAPTION,
        side("first", GIULIA, "Giulia Esposito", GIULIAS_MAC, "2026-04-14T07:00:00Z"),
        side("second", GIULIA, "Giulia Esposito", ClientId.random(), "2026-04-14T07:05:00Z"));

    ConflictItem item = openOnly();

    assertThat(item.left().keepLabel()).isEqualTo("Keep the earlier text");
    assertThat(item.right().keepLabel()).isEqualTo("Keep the later text");
    assertThat(item.explanation()).startsWith("Giulia Esposito changed it on two computers");
  }

  @Test
  void keepMineRecordsMyTextAndClosesTheConflict() {
    conflict(
        ConflictKind.TEXT,
        TextField.CAPTION,
        marco("Marco's caption", "2026-04-14T07:12:00Z"),
        mine("My caption", "2026-04-14T07:10:00Z"));
    ConflictItem item = openOnly();

    model.keepLeft();

    assertThat(lastResolution())
        .satisfies(
            r -> {
              assertThat(r.conflictId()).isEqualTo(item.id());
              assertThat(r.text()).isEqualTo("My caption");
              assertThat(r.deletePost()).isFalse();
            });
    assertThat(store.openConflicts()).isEmpty();
    assertThat(store.post(post.id()).orElseThrow().post().caption()).isEqualTo("My caption");
    assertThat(resolved).isEqualTo(1);
    assertThat(model.messageProperty().get()).isEqualTo("Resolved — the post keeps your caption.");
    assertThat(model.emptyProperty().get()).isTrue();
    assertThat(model.emptyTitleProperty().get()).isEqualTo("No conflicts to resolve");
  }

  @Test
  void keepTheirsRecordsTheirText() {
    conflict(
        ConflictKind.TEXT,
        TextField.CAPTION,
        marco("Marco's caption", "2026-04-14T07:12:00Z"),
        mine("My caption", "2026-04-14T07:10:00Z"));
    openOnly();

    model.keepRight();

    assertThat(lastResolution().text()).isEqualTo("Marco's caption");
    assertThat(store.post(post.id()).orElseThrow().post().caption()).isEqualTo("Marco's caption");
    assertThat(model.messageProperty().get())
        .isEqualTo("Resolved — the post keeps Marco Bianchi's caption.");
  }

  @Test
  void aMergedTextStartsFromTheKeptTextAndIsRecorded() {
    conflict(
        ConflictKind.TEXT,
        TextField.CAPTION,
        marco("Marco's caption", "2026-04-14T07:12:00Z"),
        mine("My caption", "2026-04-14T07:10:00Z"));
    openOnly();

    model.startMerge();
    assertThat(model.mergingProperty().get()).isTrue();
    assertThat(model.mergedTextProperty().get()).isEqualTo("Marco's caption");
    model.mergedTextProperty().set("Marco's caption, and mine 🍝");
    model.saveMerged();

    assertThat(lastResolution().text()).isEqualTo("Marco's caption, and mine 🍝");
    assertThat(store.post(post.id()).orElseThrow().post().caption())
        .isEqualTo("Marco's caption, and mine 🍝");
    assertThat(model.mergingProperty().get()).isFalse();
    assertThat(model.messageProperty().get())
        .isEqualTo("Resolved — the post has the merged caption.");
  }

  @Test
  void cancellingTheMergeRecordsNothing() {
    conflict(
        ConflictKind.TEXT,
        TextField.CAPTION,
        marco("Marco's caption", "2026-04-14T07:12:00Z"),
        mine("My caption", "2026-04-14T07:10:00Z"));
    openOnly();
    model.startMerge();
    model.cancelMerge();
    model.saveMerged();

    assertThat(store.openConflicts()).hasSize(1);
    assertThat(resolved).isZero();
  }

  private void deleteConflict() {
    conflict(
        ConflictKind.DELETE,
        "",
        mine("Marco's caption, edited by me", "2026-04-14T07:12:00Z"),
        side("", MARCO, "Marco Bianchi", MARCOS_LAPTOP, "2026-04-13T16:05:00Z"));
  }

  @Test
  void aDeleteConflictSaysWhoDeletedAndWhoEdited() {
    deleteConflict();

    ConflictItem item = openOnly();

    assertThat(item.kind()).isEqualTo(ConflictKind.DELETE);
    assertThat(item.fieldLabel()).isEqualTo("Deleted and edited");
    assertThat(item.explanation())
        .isEqualTo(
            "Marco Bianchi deleted this post yesterday at 18:05. You edited it on this computer"
                + " today at 09:12. The post stays until you choose.");
    assertThat(item.left().keepLabel()).isEqualTo("Keep post");
    assertThat(item.right().keepLabel()).isEqualTo("Delete post");
  }

  @Test
  void deletePostRecordsTheDeletion() {
    deleteConflict();
    openOnly();

    model.deletePost();

    assertThat(lastResolution().deletePost()).isTrue();
    assertThat(store.openConflicts()).isEmpty();
    assertThat(store.post(post.id())).as("gone from the working copy").isEmpty();
    assertThat(model.messageProperty().get()).isEqualTo("Resolved — the post was deleted.");
  }

  @Test
  void keepPostRecordsKeeping() {
    deleteConflict();
    openOnly();

    model.keepPost();

    assertThat(lastResolution().deletePost()).isFalse();
    assertThat(store.openConflicts()).isEmpty();
    assertThat(store.post(post.id())).isPresent();
  }

  @Test
  void openingForOnePostListsOnlyItsConflicts() {
    conflict(
        ConflictKind.TEXT,
        TextField.CAPTION,
        marco("a", "2026-04-14T07:12:00Z"),
        mine("b", "2026-04-14T07:10:00Z"));
    Post other =
        new Post(
            PostId.random(),
            ROMA.id(),
            "Another post",
            Set.of(Network.SANDBOX),
            null,
            ROMA.zone(),
            PostStatus.DRAFT,
            "");
    pull(new PostChanged(++version, other, new HybridTimestamp(2000, 0, "server")));
    PostConflict second =
        new PostConflict(
            ConflictId.random(),
            other.id(),
            ROMA.id(),
            ConflictKind.TEXT,
            TextField.CAPTION,
            marco("x", "2026-04-14T07:00:00Z"),
            mine("y", "2026-04-14T07:01:00Z"),
            null);
    pull(new ConflictChanged(++version, second));

    model.open();
    assertThat(model.items()).hasSize(2);
    assertThat(model.summaryProperty().get()).isEqualTo("2 open conflicts");

    model.open(other.id());
    assertThat(model.items()).extracting(ConflictItem::postSnippet).containsExactly("Another post");
    model.keepLeft();
    assertThat(model.emptyTitleProperty().get()).isEqualTo("Nothing to resolve for this post");
    assertThat(store.openConflicts()).hasSize(1);

    model.close();
    assertThat(model.showingProperty().get()).isFalse();
  }

  @Test
  void nothingOpenShowsTheEmptyState() {
    model.open();

    assertThat(model.items()).isEmpty();
    assertThat(model.emptyProperty().get()).isTrue();
    assertThat(model.selectedProperty().get()).isNull();
  }
}
