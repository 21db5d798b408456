package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.testing.TestImages;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.rules.Severity;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PullResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without the JavaFX toolkit: properties only, same-thread executor, a real local store. */
class ComposeViewModelTest {

  static final Brand ROMA =
      new Brand(BrandId.random(), "Trattoria Roma", ZoneId.of("Europe/Rome"), "#C2410C");
  static final Clock NOW = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private LocalStore store;
  private final List<LocalPost> saved = new ArrayList<>();
  private int deleted;
  private int localChanges;
  private final SimpleObjectProperty<Brand> brand = new SimpleObjectProperty<>(ROMA);
  private ComposeViewModel model;
  private long version = 1;

  @BeforeEach
  void setUp() {
    store = LocalStore.open(dir.resolve("local"));
    pull(new BrandChanged(version, ROMA));
    model =
        new ComposeViewModel(
            brand,
            store,
            () -> localChanges++,
            TaskExecutor.sameThread(),
            NOW,
            ZoneId.of("America/New_York"),
            saved::add,
            () -> deleted++);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  /** Applies one pulled change, as if the server had sent it. */
  private void pull(Change change) {
    store.applyPage(new PullResponse(List.of(change), version, false, 0, version));
  }

  private Change serverPost(Post post) {
    version++;
    return new PostChanged(version, post, new HybridTimestamp(version * 1000, 0, "server"));
  }

  private static MediaRef media(char digit, String type, long size) {
    return new MediaRef(String.valueOf(digit).repeat(64), type, size);
  }

  /** A scheduled post on the server with every new field filled in. */
  private Post onServer() {
    Post post =
        new Post(
            PostId.random(),
            ROMA.id(),
            "Autumn menu is here",
            "Book at trattoria-roma.it",
            Map.of(),
            // Instagram takes a picture and a video in one carousel; Facebook, LinkedIn and X not.
            Set.of(Network.INSTAGRAM, Network.SANDBOX),
            Set.of(),
            List.of(media('a', MediaTypes.JPEG, 2_400_000), media('b', MediaTypes.MP4, 9_800_000)),
            Set.of("menu", "autumn"),
            Instant.parse("2026-01-20T17:30:00Z"),
            ROMA.zone(),
            PostStatus.SCHEDULED,
            "");
    pull(serverPost(post));
    return post;
  }

  private LocalPost local(PostId id) {
    return store.post(id).orElseThrow();
  }

  private List<Mutation> outbox() {
    return store.outbox(100);
  }

  // ---- the existing rules, unchanged ----

  @Test
  void captionOverXLimitBlocksScheduling() {
    model.networkProperty(Network.X).set(true);
    model.captionProperty().set("a".repeat(281));

    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.findings())
        .anySatisfy(
            f -> {
              assertThat(f.network()).isEqualTo(Network.X);
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
    assertThat(model.counters()).anySatisfy(c -> assertThat(c.exceeded()).isTrue());
    assertThat(model.blockedReasonProperty().get()).contains("red");
  }

  @Test
  void nearLimitWarningDoesNotBlockScheduling() {
    model.networkProperty(Network.SANDBOX).set(false);
    model.networkProperty(Network.X).set(true);
    model.captionProperty().set("a".repeat(270));

    assertThat(model.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(model.canScheduleProperty().get()).isTrue();
  }

  @Test
  void emptyCaptionOrNoNetworkBlocksWithoutShowingAnError() {
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.findings()).isEmpty();
    model.captionProperty().set("Hello");
    model.networkProperty(Network.SANDBOX).set(false);
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.blockedReasonProperty().get()).isEqualTo("Choose at least one network.");
  }

  @Test
  void nineInTheMorningInRomeInWinterIsEightUtc() {
    model.dueDateProperty().set(LocalDate.of(2026, 1, 20));
    model.dueTimeProperty().set("09:00");
    assertThat(model.dueInstant()).contains(Instant.parse("2026-01-20T08:00:00Z"));
    assertThat(model.localTimeTextProperty().get())
        .isEqualTo("Tue 20 Jan, 03:00 your time (America/New_York)");
  }

  @Test
  void aTimeInTheSpringForwardGapAsksAndAfterTheChangeIsTheFirstChoice() {
    // Europe/Rome skips 02:00-03:00 on 29 March 2026: 02:30 is not silently moved.
    model.dueDateProperty().set(LocalDate.of(2026, 3, 29));
    model.dueTimeProperty().set("02:30");
    assertThat(model.dueInstant()).isEmpty();
    assertThat(model.dueQuestionProperty().get()).contains("does not exist").contains("Rome");

    model.dueChoiceProperty().set(model.dueOptions().getFirst().instant());

    // 03:30 CEST = 01:30 UTC.
    assertThat(model.dueInstant()).contains(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void malformedOrPastTimeBlocksScheduling() {
    model.captionProperty().set("Hello");
    model.dueTimeProperty().set("nine");
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.blockedReasonProperty().get()).contains("09:30");
    model.dueTimeProperty().set("09:00");
    model.dueDateProperty().set(LocalDate.of(2026, 1, 1));
    assertThat(model.blockedReasonProperty().get()).isEqualTo("Pick a time in the future.");
  }

  @Test
  void scheduleSavesANewPostInTheBrandZoneAndClearsTheForm() {
    model.captionProperty().set("Pizza night on Friday!");
    model.firstCommentProperty().set("Book a table: 06 1234 5678");
    model.dueDateProperty().set(LocalDate.of(2026, 1, 20));

    model.schedule();

    assertThat(saved)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.post().status()).isEqualTo(PostStatus.SCHEDULED);
              assertThat(p.post().zone()).isEqualTo(ROMA.zone());
              assertThat(p.post().dueAt()).isEqualTo(Instant.parse("2026-01-20T08:00:00Z"));
              assertThat(p.post().firstComment()).isEqualTo("Book a table: 06 1234 5678");
            });
    assertThat(store.pendingCount()).isEqualTo(1);
    assertThat(localChanges).isEqualTo(1);
    assertThat(model.captionProperty().get()).isEmpty();
    assertThat(model.firstCommentProperty().get()).isEmpty();
    assertThat(model.editingProperty().get()).isNull();
    assertThat(model.messageProperty().get()).startsWith("Scheduled for Tue 20 Jan, 09:00");
  }

  // ---- editing existing posts ----

  @Test
  void selectingAPostLoadsEveryFieldInTheBrandsWallClock() {
    Post post = onServer();

    model.load(local(post.id()));

    assertThat(model.editingProperty().get()).isEqualTo(post.id());
    assertThat(model.titleProperty().get()).isEqualTo("Edit post");
    assertThat(model.captionProperty().get()).isEqualTo("Autumn menu is here");
    assertThat(model.firstCommentProperty().get()).isEqualTo("Book at trattoria-roma.it");
    assertThat(model.chosenNetworks()).containsExactly(Network.INSTAGRAM, Network.SANDBOX);
    assertThat(model.dueDateProperty().get()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(model.dueTimeProperty().get()).isEqualTo("18:30");
    assertThat(model.tags()).containsExactly("autumn", "menu");
    assertThat(model.media())
        .extracting(MediaItem::name, MediaItem::detail, MediaItem::uploadText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("JPEG image", "2.4 MB", "On the server"),
            org.assertj.core.groups.Tuple.tuple("MP4 video", "9.8 MB", "On the server"));
    assertThat(model.hasUnsavedChanges()).isFalse();
    assertThat(model.scheduleTextProperty().get()).isEqualTo("Save changes");
    assertThat(model.canScheduleProperty().get()).as("nothing changed yet").isFalse();
    assertThat(model.canDeleteProperty().get()).isTrue();
  }

  @Test
  void savingAnEditQueuesOnlyWhatChangedAndKeepsThePostOpen() {
    Post post = onServer();
    model.load(local(post.id()));

    model.captionProperty().set("Autumn menu is here — now with truffles");
    assertThat(model.hasUnsavedChanges()).isTrue();
    model.schedule();

    assertThat(local(post.id()).post().caption())
        .isEqualTo("Autumn menu is here — now with truffles");
    assertThat(local(post.id()).post().firstComment()).isEqualTo("Book at trattoria-roma.it");
    assertThat(outbox())
        .singleElement()
        .isInstanceOfSatisfying(
            EditPost.class,
            edit -> {
              assertThat(edit.postId()).isEqualTo(post.id());
              assertThat(edit.patch().caption())
                  .isEqualTo("Autumn menu is here — now with truffles");
              assertThat(edit.patch().firstComment()).isNull();
              assertThat(edit.patch().media()).isNull();
              assertThat(edit.patch().status()).isNull();
            });
    assertThat(model.editingProperty().get()).isEqualTo(post.id());
    assertThat(model.hasUnsavedChanges()).isFalse();
    assertThat(model.messageProperty().get())
        .isEqualTo("Changes saved — scheduled for Tue 20 Jan, 18:30 (Europe/Rome)");
    assertThat(saved).hasSize(1);
  }

  @Test
  void saveAsDraftTakesAScheduledPostOffTheSchedule() {
    Post post = onServer();
    model.load(local(post.id()));
    assertThat(model.draftTextProperty().get()).isEqualTo("Save as draft");

    model.saveDraft();

    assertThat(local(post.id()).post().status()).isEqualTo(PostStatus.DRAFT);
    assertThat(model.messageProperty().get()).contains("no longer scheduled");
    assertThat(model.scheduleTextProperty().get()).isEqualTo("Schedule");
  }

  @Test
  void newPostEmptiesTheFormAndForgetsThePost() {
    Post post = onServer();
    model.load(local(post.id()));

    model.newPost();

    assertThat(model.editingProperty().get()).isNull();
    assertThat(model.titleProperty().get()).isEqualTo("New post");
    assertThat(model.captionProperty().get()).isEmpty();
    assertThat(model.firstCommentProperty().get()).isEmpty();
    assertThat(model.tags()).isEmpty();
    assertThat(model.media()).isEmpty();
    assertThat(model.canDeleteProperty().get()).isFalse();
  }

  @Test
  void deleteRecordsTheDeletionAndStartsANewPost() {
    Post post = onServer();
    model.load(local(post.id()));
    assertThat(model.deleteQuestion()).startsWith("“Autumn menu is here” will be deleted");

    model.delete();

    assertThat(store.post(post.id())).isEmpty();
    assertThat(outbox()).singleElement().isInstanceOf(DeletePost.class);
    assertThat(deleted).isEqualTo(1);
    assertThat(localChanges).isEqualTo(1);
    assertThat(model.editingProperty().get()).isNull();
    assertThat(model.messageProperty().get()).isEqualTo("Post deleted.");
  }

  @Test
  void publishingAndPublishedPostsAreShownReadOnly() {
    Post published =
        new Post(
            PostId.random(),
            ROMA.id(),
            "Buongiorno!",
            Set.of(Network.SANDBOX),
            Instant.parse("2026-01-05T07:00:00Z"),
            ROMA.zone(),
            PostStatus.PUBLISHED,
            "sandbox-post-1");
    pull(serverPost(published));

    model.load(local(published.id()));

    assertThat(model.readOnlyProperty().get()).isTrue();
    assertThat(model.titleProperty().get()).isEqualTo("Published post");
    assertThat(model.readOnlyNoteProperty().get()).contains("published").contains("New post");
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.canSaveDraftProperty().get()).isFalse();
    assertThat(model.canDeleteProperty().get()).isFalse();
    assertThat(model.canAttachProperty().get()).isFalse();
    model.removeTag("anything");
    model.delete();
    assertThat(outbox()).isEmpty();
  }

  @Test
  void typingIsKeptWhenThePostChangesOnTheServerAndSavingMergesOnlyTheTypedField() {
    Post post = onServer();
    model.load(local(post.id()));
    model.captionProperty().set("My new caption, half typed");

    Post theirs =
        new io.autoposter.model.sync.PostPatch(
                null, null, "Call 06 1234 5678", null, null, null, null, null, null, null)
            .applyTo(post);
    pull(serverPost(theirs));
    model.serverUpdated(local(post.id()));

    assertThat(model.captionProperty().get()).isEqualTo("My new caption, half typed");
    assertThat(model.firstCommentProperty().get())
        .as("the form keeps what it showed")
        .isEqualTo("Book at trattoria-roma.it");
    assertThat(model.serverNoticeProperty().get()).contains("changed this post");
    assertThat(model.canShowLatestProperty().get()).isTrue();

    model.schedule();

    Post now = local(post.id()).post();
    assertThat(now.caption()).isEqualTo("My new caption, half typed");
    assertThat(now.firstComment()).as("their change survives").isEqualTo("Call 06 1234 5678");
    assertThat(model.serverNoticeProperty().get()).isEmpty();
  }

  @Test
  void withoutTypingAServerChangeSimplyReloads() {
    Post post = onServer();
    model.load(local(post.id()));
    Post theirs =
        new io.autoposter.model.sync.PostPatch(
                null, "Their caption", null, null, null, null, null, null, null, null)
            .applyTo(post);
    pull(serverPost(theirs));

    model.serverUpdated(local(post.id()));

    assertThat(model.captionProperty().get()).isEqualTo("Their caption");
    assertThat(model.serverNoticeProperty().get()).isEmpty();
  }

  @Test
  void showLatestDropsTheTypingForTheNewVersion() {
    Post post = onServer();
    model.load(local(post.id()));
    model.captionProperty().set("Mine");
    Post theirs =
        new io.autoposter.model.sync.PostPatch(
                null, "Theirs", null, null, null, null, null, null, null, null)
            .applyTo(post);
    pull(serverPost(theirs));
    model.serverUpdated(local(post.id()));

    model.showLatest();

    assertThat(model.captionProperty().get()).isEqualTo("Theirs");
    assertThat(model.hasUnsavedChanges()).isFalse();
  }

  @Test
  void aPostDeletedElsewhereWhileTypingKeepsTheTextAndSaysSo() {
    Post post = onServer();
    model.load(local(post.id()));
    model.captionProperty().set("Still typing");

    model.postRemoved(post.id());

    assertThat(model.captionProperty().get()).isEqualTo("Still typing");
    assertThat(model.serverNoticeProperty().get()).contains("deleted on another computer");

    model.newPost();
    model.load(local(post.id()));
    model.postRemoved(post.id());
    assertThat(model.editingProperty().get()).as("nothing typed: just closed").isNull();
    assertThat(model.messageProperty().get()).contains("deleted on another computer");
  }

  // ---- first comment ----

  @Test
  void firstCommentHasACounterAndItsLimitBlocksSaving() {
    model.captionProperty().set("Hello");
    model.firstCommentProperty().set("Link in bio 🍝");
    assertThat(model.firstCommentCountProperty().get()).isEqualTo("13 / 2,200");

    model.firstCommentProperty().set("a".repeat(Post.MAX_FIRST_COMMENT_CODE_POINTS + 1));

    assertThat(model.firstCommentTooLongProperty().get()).isTrue();
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.canSaveDraftProperty().get()).isFalse();
    assertThat(model.blockedReasonProperty().get()).contains("first comment");
  }

  // ---- tags ----

  @Test
  void tagsAreNormalizedDeduplicatedAndSaved() {
    model.tagInputProperty().set("  autumn  menu ,, Pizza,autumn   menu, pizza");
    model.addTagsFromInput();

    assertThat(model.tags()).containsExactly("Pizza", "autumn menu");
    assertThat(model.tagInputProperty().get()).isEmpty();
    assertThat(model.tagErrorProperty().get()).isEmpty();

    model.removeTag("Pizza");
    model.captionProperty().set("Hello");
    model.tagInputProperty().set("launch");
    model.saveDraft();

    assertThat(saved.getFirst().post().tags())
        .as("what was still in the field is taken too")
        .containsExactly("autumn menu", "launch");
  }

  @Test
  void anOverlongTagStaysInTheFieldWithAReason() {
    model.tagInputProperty().set("ok, " + "x".repeat(Post.MAX_TAG_LENGTH + 1));
    model.addTagsFromInput();

    assertThat(model.tags()).containsExactly("ok");
    assertThat(model.tagInputProperty().get()).isEqualTo("x".repeat(Post.MAX_TAG_LENGTH + 1));
    assertThat(model.tagErrorProperty().get()).contains("50 characters");
  }

  // ---- media ----

  private Path file(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void attachedMediaAreListedWithTypeSizeAndUploadState() throws IOException {
    model.captionProperty().set("With a picture");
    model.attach(file("logo.png", TestImages.PNG));

    assertThat(model.mediaErrorProperty().get()).isEmpty();
    assertThat(model.media())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.name()).isEqualTo("logo.png");
              assertThat(m.detail()).startsWith("PNG image · ");
              assertThat(m.upload()).isEqualTo(MediaItem.Upload.WAITING);
              assertThat(m.uploadText()).isEqualTo("Waiting to upload");
              assertThat(m.localFile()).exists();
            });
    assertThat(model.mediaSummaryProperty().get()).startsWith("1 of 20 · ");

    MediaRef ref = model.media().getFirst().ref();
    store.uploadProgress(ref.sha256(), ref.size() * 45 / 100 + 1);
    model.refreshMedia();
    assertThat(model.media().getFirst().uploadText()).isEqualTo("Uploading 45 %");

    store.uploadFinished(ref.sha256());
    model.refreshMedia();
    assertThat(model.media().getFirst().uploadText()).isEqualTo("On the server");

    model.saveDraft();
    assertThat(saved.getFirst().post().media()).containsExactly(ref);
  }

  @Test
  void theSameFileTwiceOrAnUnsupportedFileGiveAReadableMessage() throws IOException {
    Path png = file("logo.png", TestImages.PNG);
    model.attach(png);
    model.attach(png);
    assertThat(model.media()).hasSize(1);
    assertThat(model.mediaErrorProperty().get()).isEqualTo("logo.png is already attached.");

    model.attach(file("notes.txt", "just text".getBytes(StandardCharsets.UTF_8)));

    assertThat(model.media()).hasSize(1);
    assertThat(model.mediaErrorProperty().get()).isNotBlank().doesNotContain("Exception");
  }

  @Test
  void removingMediaFromAnEditedPostQueuesTheRemoval() {
    Post post = onServer();
    model.load(local(post.id()));

    model.removeMedia(model.media().getFirst());
    model.schedule();

    assertThat(local(post.id()).post().media())
        .extracting(MediaRef::contentType)
        .containsExactly(MediaTypes.MP4);
    assertThat(outbox())
        .singleElement()
        .isInstanceOfSatisfying(
            EditPost.class, e -> assertThat(e.patch().media().removed()).hasSize(1));
  }
}
