package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static io.autoposter.desktop.app.FxTestSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.conflicts.ConflictItem;
import io.autoposter.desktop.conflicts.ConflictsViewModel;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.sync.SyncProgress;
import io.autoposter.desktop.sync.SyncStatus;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.workspace.ComposeViewModel;
import io.autoposter.desktop.workspace.MediaItem;
import io.autoposter.desktop.workspace.PostRow;
import io.autoposter.desktop.workspace.WorkspaceViewModel;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.ConflictId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.UserId;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.ConflictSide;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.TextField;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * PNGs of editing posts, media, the sync indicator and the conflict dialog (light and dark), for a
 * person to review: target/screenshots/32-… onwards.
 */
class EditingScreenshotTest {

  static final Brand LONG =
      new Brand(
          BrandId.parse("33333333-4444-5555-6666-777777777777"),
          "Ristorante & Pizzeria Bellavista al Lago di Como — Catering Division",
          ZoneId.of("Europe/Rome"),
          "#7C3AED");
  static final UserId MARCO = UserId.parse("aaaaaaaa-0000-0000-0000-000000000002");
  static final UserId GIULIA = UserId.parse("aaaaaaaa-0000-0000-0000-000000000003");
  static final ClientId MARCOS_LAPTOP = ClientId.random();
  static final ClientId GIULIAS_MAC = ClientId.random();

  static final byte[] PASTA = photo(1200, 900, new Color(0xF4A259), new Color(0xBC4B51), "jpg");
  static final byte[] TERRACE = photo(900, 900, new Color(0x5B8E7D), new Color(0xF4E285), "png");

  @TempDir Path dataDir;
  private final FxRobot robot = new FxRobot();
  private AutoposterApp app;

  private final Post autumn =
      post(
          FakeServer.ROMA,
          "Our autumn menu is here! Slow-cooked ragù, hand-rolled pappardelle and a pumpkin"
              + " risotto that tastes like Sunday at nonna's. Book your table for the launch"
              + " weekend — the first 50 guests get a free glass of Chianti. ★ #TrattoriaRoma",
          "Reservations: trattoria-roma.it/book or call 06 1234 5678 — see you soon!",
          Set.of(Network.FACEBOOK, Network.INSTAGRAM),
          List.of(ref(PASTA, MediaTypes.JPEG), ref(TERRACE, MediaTypes.PNG)),
          Set.of("autumn menu", "launch", "pasta", "weekend"),
          "2026-12-04T17:30:00Z",
          PostStatus.SCHEDULED);
  private final Post published =
      post(
          FakeServer.ROMA,
          "Buongiorno! Fresh cornetti are out of the oven.",
          "",
          Set.of(Network.SANDBOX),
          List.of(),
          Set.of(),
          "2026-11-20T07:00:00Z",
          PostStatus.PUBLISHED);
  private final Post arabic =
      post(
          FakeServer.ROMA,
          "عرض خاص: بيتزا مارغريتا بنصف السعر كل ثلاثاء! احجز طاولتك الآن 🍕",
          "الحجز عبر الرابط في الصفحة الشخصية",
          Set.of(Network.INSTAGRAM),
          List.of(),
          Set.of("عروض"),
          "2026-12-08T18:00:00Z",
          PostStatus.SCHEDULED);
  private final Post music =
      post(
          FakeServer.ROMA,
          "Live music this Friday with Trio Bellini. Doors at 19:00.",
          "",
          Set.of(Network.FACEBOOK, Network.LINKEDIN),
          List.of(),
          Set.of(),
          "2026-12-11T19:00:00Z",
          PostStatus.SCHEDULED);
  private final Post wine =
      post(
          FakeServer.ROMA,
          "Wine tasting with our sommelier: six Tuscan reds, one long table.",
          "Tickets in the link — only 20 seats.",
          Set.of(Network.INSTAGRAM),
          List.of(),
          Set.of("events"),
          "2026-12-15T18:30:00Z",
          PostStatus.SCHEDULED);
  private final Post christmas =
      post(
          FakeServer.ROMA,
          "Christmas Eve menu — seven fishes, as tradition wants.",
          "",
          Set.of(Network.FACEBOOK),
          List.of(),
          Set.of(),
          null,
          PostStatus.DRAFT);
  private final Post catering =
      post(
          LONG,
          "Planning a wedding by the lake? Our catering team brings the whole Bellavista kitchen"
              + " to your venue: antipasti, wood-fired pizza, and a dessert table that guests talk"
              + " about for years.",
          "",
          Set.of(Network.FACEBOOK),
          List.of(),
          Set.of(),
          "2026-12-20T10:00:00Z",
          PostStatus.SCHEDULED);

  private final FakeServer server =
      new FakeServer()
          .withBrand(FakeServer.ROMA)
          .withBrand(LONG)
          .withPost(autumn)
          .withPost(published)
          .withPost(arabic)
          .withPost(music)
          .withPost(wine)
          .withPost(christmas)
          .withPost(catering);

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxTestSupport.stop(app);
    }
    server.close();
  }

  // ---- data ----

  private static Post post(
      Brand brand,
      String caption,
      String firstComment,
      Set<Network> networks,
      List<MediaRef> media,
      Set<String> tags,
      String due,
      PostStatus status) {
    return new Post(
        PostId.random(),
        brand.id(),
        caption,
        firstComment,
        Map.of(),
        networks,
        Set.of(),
        media,
        tags,
        due == null ? null : io.autoposter.desktop.testing.FixtureDates.shift(due),
        brand.zone(),
        status,
        status == PostStatus.PUBLISHED ? "sandbox-post-1042" : "");
  }

  /** A smooth two-colour "photo" with a few plates on it. */
  static byte[] photo(int width, int height, Color from, Color to, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, from, width, height, to));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(255, 255, 255, 220));
    g.fillOval(width / 5, height / 4, width / 3, width / 3);
    g.setColor(new Color(255, 255, 255, 150));
    g.fillOval(width / 2, height / 3, width / 4, width / 4);
    g.setStroke(new BasicStroke(width / 60f));
    g.setColor(new Color(0, 0, 0, 60));
    g.drawOval(width / 5, height / 4, width / 3, width / 3);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static MediaRef ref(byte[] bytes, String type) {
    try {
      return new MediaRef(
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
          type,
          bytes.length);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant minutesAgo(long minutes) {
    return Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(minutes));
  }

  private static ConflictSide marco(String text, Instant at) {
    return new ConflictSide(text, MARCO, "Marco Bianchi", MARCOS_LAPTOP, at);
  }

  private static ConflictSide giulia(String text, Instant at) {
    return new ConflictSide(text, GIULIA, "Giulia Francesca Esposito-Montgomery", GIULIAS_MAC, at);
  }

  private static ConflictSide mine(ClientId me, String text, Instant at) {
    return new ConflictSide(text, FakeServer.USER, "Ana Ricci", me, at);
  }

  private PostConflict conflict(
      Post post, ConflictKind kind, String field, ConflictSide kept, ConflictSide incoming) {
    return new PostConflict(
        ConflictId.random(), post.id(), post.brandId(), kind, field, kept, incoming, null);
  }

  // ---- driving the app ----

  /** Plain field read: safe from the test thread and inside FX conditions alike. */
  private WorkspaceViewModel workspace() {
    return app.workspace();
  }

  private ComposeViewModel compose() {
    return workspace().compose();
  }

  private ConflictsViewModel conflicts() {
    return workspace().conflicts();
  }

  private void signIn() {
    onFx(
        () -> {
          robot.lookup("#serverUrl").queryTextInputControl().setText(server.url());
          robot.lookup("#email").queryTextInputControl().setText("ana@bellavista.agency");
          robot.lookup("#password").queryTextInputControl().setText(FakeServer.PASSWORD);
          return null;
        });
    robot.clickOn("#signIn");
    awaitFx("workspace", () -> robot.lookup("#postList").tryQuery().isPresent());
    awaitFx(
        "brands",
        () -> robot.lookup("#brandSelector").queryAs(ComboBox.class).getItems().size() == 2);
  }

  @SuppressWarnings("unchecked")
  private void selectBrand(Brand brand) {
    onFx(
        () -> {
          ComboBox<Brand> box = robot.lookup("#brandSelector").queryAs(ComboBox.class);
          box.getSelectionModel().select(brand);
          return null;
        });
  }

  private void awaitPosts(int count) {
    awaitFx(
        count + " posts",
        () -> robot.lookup("#postList").queryListView().getItems().size() == count);
  }

  /** Clicks the post's row in the list, as a person would. */
  @SuppressWarnings("unchecked")
  private void open(Post post) {
    onFx(
        () -> {
          var list = robot.lookup("#postList").<PostRow>queryListView();
          PostRow row =
              list.getItems().stream()
                  .filter(r -> r.id().equals(post.id()))
                  .findFirst()
                  .orElseThrow();
          list.getSelectionModel().select(row);
          list.scrollTo(row);
          return null;
        });
    awaitFx("post open", () -> post.id().equals(compose().editingProperty().get()));
  }

  private void selectConflictOf(Post post, ConflictKind kind) {
    awaitFx(
        "conflict of " + post.caption(),
        () -> {
          ConflictItem item =
              conflicts().items().stream()
                  .filter(i -> i.postId().equals(post.id()) && i.kind() == kind)
                  .findFirst()
                  .orElse(null);
          if (item != null) {
            conflicts().selectedProperty().set(item);
          }
          return item != null;
        });
  }

  /** Sets state and takes the picture in one FX pulse, so a sync event cannot slip between. */
  private Path screenshotWith(String name, Runnable fxChange) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    return screenshotNow(name, fxChange);
  }

  private Path screenshotNow(String name, Runnable again) throws IOException {
    javafx.scene.Scene scene = FxTestSupport.scene();
    javafx.scene.image.WritableImage image =
        onFx(
            () -> {
              again.run();
              scene.getRoot().applyCss();
              scene.getRoot().layout();
              return scene.snapshot(null);
            });
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    return file;
  }

  private void scrollCompose(double to) {
    onFx(
        () -> {
          javafx.scene.control.ScrollPane scroll =
              robot.lookup("#composeScroll").queryAs(javafx.scene.control.ScrollPane.class);
          scroll.layout();
          scroll.setVvalue(to);
          return null;
        });
  }

  private boolean allMediaOnServer() {
    compose().refreshMedia();
    List<MediaItem> items = compose().media();
    return items.size() == 2
        && items.stream().allMatch(m -> m.upload() == MediaItem.Upload.ON_SERVER)
        && items.stream().allMatch(m -> m.localFile() != null);
  }

  @Test
  void editingMediaStatusAndConflicts() throws Exception {
    app = FxTestSupport.start(new AppSettings(dataDir, server.url(), false, null, null));
    signIn();
    selectBrand(FakeServer.ROMA);
    awaitPosts(6);
    awaitFx("synced", () -> robot.lookup("#syncStatus").queryLabeled().getText().equals("Synced"));

    // The post's pictures were attached on this computer: import them, let sync upload them.
    LocalStore store = app.context().store();
    Path pasta = dataDir.resolve("pasta-autumn-menu-2026-final.jpg");
    Path terrace = dataDir.resolve("terrace.png");
    Files.write(pasta, PASTA);
    Files.write(terrace, TERRACE);
    store.importMedia(pasta);
    store.importMedia(terrace);
    app.context().syncEngine().requestSync();

    open(autumn);
    awaitFx("media uploaded", this::allMediaOnServer);
    assertThat(onFx(() -> compose().firstCommentProperty().get())).startsWith("Reservations");
    assertThat(onFx(() -> List.copyOf(compose().tags())))
        .containsExactly("autumn menu", "launch", "pasta", "weekend");
    screenshot("32-compose-edit-post");
    scrollCompose(1);
    screenshot("33-compose-edit-post-tags");
    scrollCompose(0);

    // Conflicts arrive with the next sync: mine against Marco's, Giulia against Marco (neither is
    // this computer), a delete against my edit, and one on a long-named brand.
    ClientId me = store.clientId();
    String marcosMusic =
        "Live music this Friday with Trio Bellini — jazz standards and Neapolitan songs until"
            + " late. Doors at 19:00, kitchen open until 23:00.";
    String myChristmas =
        "Christmas Eve menu — seven fishes, as tradition wants. Book by 20 December.";
    // The server holds the kept side of each conflict.
    server.withPost(PostPatch.EMPTY.withCaption(marcosMusic).applyTo(music));
    server.withPost(
        PostPatch.EMPTY
            .withFirstComment("Tickets in the link — only 20 seats, €45 per person.")
            .applyTo(wine));
    server.withPost(PostPatch.EMPTY.withCaption(myChristmas).applyTo(christmas));
    server.withConflict(
        conflict(
            music,
            ConflictKind.TEXT,
            TextField.CAPTION,
            marco(marcosMusic, minutesAgo(12)),
            mine(
                me,
                "Live music this Friday with Trio Bellini! 🎷 Doors at 19:00 — book a table"
                    + " near the stage: trattoria-roma.it/book",
                minutesAgo(47))));
    server.withConflict(
        conflict(
            wine,
            ConflictKind.TEXT,
            TextField.FIRST_COMMENT,
            giulia("Tickets in the link — only 20 seats, €45 per person.", minutesAgo(60 * 20)),
            marco("Tickets at the bar or in the link. Only 20 seats!", minutesAgo(60 * 26))));
    server.withConflict(
        conflict(
            christmas,
            ConflictKind.DELETE,
            "",
            mine(me, myChristmas, minutesAgo(5)),
            marco("", minutesAgo(90))));
    server.withConflict(
        conflict(
            catering,
            ConflictKind.TEXT,
            TextField.CAPTION,
            marco(catering.caption(), minutesAgo(200)),
            giulia(catering.caption() + " Ask for our tasting menu.", minutesAgo(180))));
    app.context().syncEngine().requestSync();
    awaitFx(
        "conflicts in the status bar",
        () ->
            robot.lookup("#conflictsButton").queryButton().isVisible()
                && robot
                    .lookup("#conflictsButton")
                    .queryButton()
                    .getText()
                    .equals("4 conflicts to resolve"));
    awaitFx(
        "conflict badges",
        () ->
            robot.lookup("#postList").<PostRow>queryListView().getItems().stream()
                    .filter(r -> r.conflicts() > 0)
                    .count()
                == 3);
    assertThat(robot.lookup("#syncStatus").queryLabeled().isVisible())
        .as("conflicts take the place of 'Synced'")
        .isFalse();
    open(music);
    screenshot("34-status-conflicts");

    robot.clickOn("#conflictsButton");
    awaitFx("dialog", () -> conflicts().items().size() == 4);
    selectConflictOf(music, ConflictKind.TEXT);
    awaitFx(
        "mine first", () -> robot.lookup("#keepLeft").queryButton().getText().equals("Keep mine"));
    screenshot("35-conflict-text");

    selectConflictOf(wine, ConflictKind.TEXT);
    awaitFx(
        "by name", () -> robot.lookup("#keepLeft").queryButton().getText().equals("Keep Giulia's"));
    screenshot("36-conflict-text-by-name");

    selectConflictOf(christmas, ConflictKind.DELETE);
    awaitFx("delete", () -> robot.lookup("#deletePost").tryQuery().isPresent());
    screenshot("37-conflict-delete");

    selectConflictOf(music, ConflictKind.TEXT);
    robot.clickOn("#startMerge");
    awaitFx("merge editor", () -> robot.lookup("#mergedText").tryQuery().isPresent());
    screenshot("38-conflict-merge");
    robot.clickOn("#cancelMerge");

    onFx(
        () -> {
          AutoposterApp.applyTheme(true);
          return null;
        });
    selectConflictOf(music, ConflictKind.TEXT);
    screenshot("39-conflict-text-dark");
    selectConflictOf(christmas, ConflictKind.DELETE);
    screenshot("40-conflict-delete-dark");

    // Keep mine, for real: the conflict goes, the count drops.
    selectConflictOf(music, ConflictKind.TEXT);
    robot.clickOn("#keepLeft");
    awaitFx("three left", () -> conflicts().items().size() == 3);
    awaitFx(
        "count drops",
        () ->
            robot
                .lookup("#conflictsButton")
                .queryButton()
                .getText()
                .equals("3 conflicts to resolve"));
    robot.clickOn("#closeConflicts");
    awaitFx("closed", () -> !conflicts().showingProperty().get());
    open(autumn);
    awaitFx("media", this::allMediaOnServer);
    screenshot("41-compose-edit-post-dark");
    onFx(
        () -> {
          AutoposterApp.applyTheme(false);
          return null;
        });

    // First sync of a large agency, and a media upload: the bar beside the status.
    screenshotWith(
        "42-status-first-sync",
        () ->
            workspace()
                .status()
                .showProgress(new SyncProgress(SyncProgress.Phase.FIRST_SYNC, 21_400, 50_950)));
    open(arabic);
    screenshotWith(
        "43-status-upload-rtl-post",
        () ->
            workspace()
                .status()
                .showProgress(new SyncProgress(SyncProgress.Phase.UPLOAD, 3_200_000, 10_000_000)));
    onFx(
        () -> {
          workspace().status().showProgress(SyncProgress.idle());
          return null;
        });

    // Offline: still says offline, and still offers the conflicts; "Retry" instead of "Sync now".
    server.close();
    app.context().syncEngine().requestSync();
    awaitFx("offline", () -> workspace().status().kindProperty().get() == SyncStatus.Kind.OFFLINE);
    awaitFx("retry", () -> robot.lookup("#syncNow").queryButton().getText().equals("Retry"));
    assertThat(robot.lookup("#conflictsButton").queryButton().isVisible()).isTrue();
    open(published);
    screenshot("44-status-offline-published-read-only");

    // A new post with a video on its way up (the upload paused at 45 %).
    onFx(
        () -> {
          workspace().newPost();
          compose().captionProperty().set("Behind the scenes: fresh pasta, start to finish.");
          return null;
        });
    Path video = dataDir.resolve("pasta-making-behind-the-scenes-4k.mp4");
    Files.write(video, fakeMp4(3_100_000));
    onFx(
        () -> {
          compose().attach(video);
          return null;
        });
    awaitFx("attached", () -> compose().media().size() == 1);
    MediaRef clip = onFx(() -> compose().media().getFirst().ref());
    store.uploadProgress(clip.sha256(), clip.size() * 45 / 100 + 1);
    awaitFx(
        "uploading",
        () -> {
          compose().refreshMedia();
          return compose().media().getFirst().uploadText().equals("Uploading 45 %");
        });
    Path unsupported = dataDir.resolve("menu.pdf");
    Files.writeString(unsupported, "%PDF-1.7 not a picture");
    onFx(
        () -> {
          compose().attach(unsupported);
          return null;
        });
    awaitFx("refused", () -> !compose().mediaErrorProperty().get().isEmpty());
    screenshotWith(
        "45-compose-new-post-uploading",
        () ->
            workspace()
                .status()
                .showProgress(new SyncProgress(SyncProgress.Phase.UPLOAD, 1_395_000, 3_100_000)));

    // Nothing to resolve: the dialog's empty state.
    onFx(
        () -> {
          conflicts().open(published.id());
          return null;
        });
    awaitFx("empty", () -> conflicts().emptyProperty().get());
    screenshot("46-conflicts-empty");
  }

  /** Bytes that start like an MP4 file ("ftyp" at offset 4), then filler. */
  static byte[] fakeMp4(int size) {
    byte[] bytes = new byte[size];
    byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
    System.arraycopy(head, 0, bytes, 0, head.length);
    for (int i = head.length; i < size; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return bytes;
  }
}
