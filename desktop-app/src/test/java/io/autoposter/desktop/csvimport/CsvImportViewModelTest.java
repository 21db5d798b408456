package io.autoposter.desktop.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.csvimport.CsvImportViewModel.Stage;
import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportViewModelTest {

  private static final String HEADER = "brand,networks,caption,first_comment,due,tags,media\r\n";

  @TempDir Path dir;
  private LocalStore store;
  private CsvImportViewModel model;

  @BeforeEach
  void open() {
    store = LocalStore.open(dir.resolve("local"));
    QueueFixture.fill(store, QueueFixture.BRANDS, List.of());
    model = new CsvImportViewModel(store, TaskExecutor.sameThread(), QueueFixture.CLOCK);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path csv(String... rows) throws IOException {
    Path file = dir.resolve("posts.csv");
    Files.writeString(file, HEADER + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
    return file;
  }

  private ImportRow onlyRow(String row) throws IOException {
    model.load(csv(row));
    assertThat(model.rows()).hasSize(1);
    return model.rows().getFirst();
  }

  private List<Post> storedPosts() {
    List<Post> posts = new ArrayList<>();
    store.forEachPost(p -> posts.add(p.post()));
    return posts;
  }

  // ---- one reason each ----

  @Test
  void theDueTimeIsReadInTheBrandsZone() throws IOException {
    ImportRow row = onlyRow("brooklyn bikes co.,x;linkedin,Ride on 🚲,,2027-01-10 08:00,,");

    assertThat(row.ok()).isTrue();
    Post post = row.post();
    assertThat(post.brandId()).isEqualTo(QueueFixture.BIKES.id());
    assertThat(post.networks()).containsExactly(Network.LINKEDIN, Network.X);
    assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED);
    assertThat(post.dueAt())
        .isEqualTo(
            ZonedDateTime.of(2027, 1, 10, 8, 0, 0, 0, ZoneId.of("America/New_York")).toInstant());
  }

  @Test
  void anEmptyDueMakesADraft() throws IOException {
    ImportRow row = onlyRow("Trattoria Roma,sandbox,Idea for later,,,,");

    assertThat(row.ok()).isTrue();
    assertThat(row.post().status()).isEqualTo(PostStatus.DRAFT);
    assertThat(row.post().dueAt()).isNull();
  }

  @Test
  void anUnknownBrandIsNamed() throws IOException {
    assertThat(onlyRow("Pizzeria Napoli,x,Ciao,,2027-01-10 08:00,,").errors())
        .singleElement()
        .asString()
        .startsWith("Unknown brand \"Pizzeria Napoli\"")
        .contains("Trattoria Roma");
  }

  @Test
  void badNetworksAreNamed() throws IOException {
    assertThat(onlyRow("Trattoria Roma,instagram;tiktok,Ciao,,2027-01-10 08:00,,").errors())
        .contains("Unknown network \"tiktok\"; use facebook, instagram, linkedin, x or sandbox");
    assertThat(onlyRow("Trattoria Roma, ; ,Ciao,,2027-01-10 08:00,,").errors())
        .contains("No networks; list them like instagram;x;linkedin");
  }

  @Test
  void aBadDateSaysHowToWriteIt() throws IOException {
    assertThat(onlyRow("Trattoria Roma,x,Ciao,,04/12/2027 18:30,,").errors())
        .containsExactly(
            "Due \"04/12/2027 18:30\" is not a date and time; write it like 2027-03-14 18:30");
    assertThat(onlyRow("Trattoria Roma,x,Ciao,,2027-02-30 18:30,,").ok()).isFalse();
  }

  @Test
  void aTimeInTheSpringForwardGapDoesNotExist() throws IOException {
    assertThat(onlyRow("Trattoria Roma,x,Brunch,,2027-03-28 02:30,,").errors())
        .containsExactly(
            "2027-03-28 02:30 does not exist in Europe/Rome: the clocks jump from 02:00 to 03:00"
                + " that night; choose another time");
  }

  @Test
  void theSameLocalTimeInNewYorkIsAGapOnItsOwnSwitchDay() throws IOException {
    assertThat(onlyRow("Brooklyn Bikes Co.,x,Ride,,2027-03-14 02:15,,").errors())
        .singleElement()
        .asString()
        .contains("does not exist in America/New_York");
    assertThat(onlyRow("Trattoria Roma,x,Ride,,2027-03-14 02:15,,").ok()).isTrue();
  }

  @Test
  void aTimeThatHappensTwiceIsAWarningNotAnError() throws IOException {
    ImportRow row = onlyRow("Nordlicht Bäckerei,x,Nachtbrot,,2027-10-31 02:30,,");

    assertThat(row.ok()).isTrue();
    assertThat(row.warnings())
        .contains(
            "2027-10-31 02:30 happens twice in Europe/Berlin (the clocks go back); the first one,"
                + " UTC+02:00, is used");
  }

  @Test
  void aTimeInThePastIsRefused() throws IOException {
    assertThat(onlyRow("Trattoria Roma,x,Ciao,,2026-11-30 18:30,,").errors())
        .containsExactly("Due 2026-11-30 18:30 (Europe/Rome) is in the past");
  }

  @Test
  void aMissingMediaFileIsNamed() throws IOException {
    assertThat(onlyRow("Trattoria Roma,x,Ciao,,2027-01-10 08:00,,img/pasta.jpg").errors())
        .containsExactly("Media file \"img/pasta.jpg\" not found next to the CSV file");
  }

  @Test
  void aFileThatIsNoPictureIsRefused() throws IOException {
    Files.writeString(dir.resolve("notes.jpg"), "just text");

    assertThat(onlyRow("Trattoria Roma,x,Ciao,,2027-01-10 08:00,,notes.jpg").errors())
        .singleElement()
        .asString()
        .contains("is not a picture or video");
  }

  @Test
  void anXCaptionOverTheLimitIsARulesError() throws IOException {
    String longCaption = "Pasta 🍝 ".repeat(40);

    ImportRow row = onlyRow("Trattoria Roma,x,\"" + longCaption + "\",,2027-01-10 08:00,,");

    assertThat(row.ok()).isFalse();
    assertThat(row.reason()).contains("280");
  }

  @Test
  void instagramWithoutAPictureIsARulesError() throws IOException {
    ImportRow row = onlyRow("Trattoria Roma,instagram,Ciao,,2027-01-10 08:00,,");

    assertThat(row.errors()).containsExactly("Instagram needs a picture or a video.");
  }

  @Test
  void instagramWithAPictureNextToTheFilePasses() throws IOException {
    writeJpeg(dir.resolve("media").resolve("pasta.jpg"));

    ImportRow row = onlyRow("Trattoria Roma,instagram,Ciao,,2027-01-10 08:00,,media/pasta.jpg");

    assertThat(row.errors()).isEmpty();
    assertThat(row.media()).containsExactly(dir.resolve("media/pasta.jpg"));
  }

  @Test
  void anEmptyCaptionAndALongTagAreErrors() throws IOException {
    assertThat(onlyRow("Trattoria Roma,x,,,2027-01-10 08:00,,").errors())
        .contains("The caption is empty");
    assertThat(onlyRow("Trattoria Roma,x,Ciao,,2027-01-10 08:00," + "t".repeat(60) + ",").errors())
        .singleElement()
        .asString()
        .startsWith("Tag \"ttt");
  }

  // ---- the whole flow ----

  @Test
  void everyRowIsCheckedAndTheSummaryCountsThem() throws IOException {
    model.load(
        csv(
            "Trattoria Roma,x,One,,2027-01-10 08:00,,",
            "Pizzeria Napoli,x,Two,,2027-01-10 08:00,,",
            "Trattoria Roma,x,Three,,2027-01-11 08:00,,"));

    assertThat(model.stageProperty().get()).isEqualTo(Stage.PREVIEW);
    assertThat(model.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4);
    assertThat(model.rows()).extracting(ImportRow::ok).containsExactly(true, false, true);
    assertThat(model.summaryProperty().get()).isEqualTo("3 rows: 2 ready to import, 1 with errors");
    assertThat(model.importTextProperty().get()).isEqualTo("Import the 2 valid rows (skip 1)…");
    assertThat(model.canImportProperty().get()).isTrue();
    assertThat(storedPosts()).isEmpty();
  }

  @Test
  void withFailingRowsNothingIsImportedWithoutConfirmation() throws IOException {
    model.load(
        csv("Trattoria Roma,x,One,,2027-01-10 08:00,,", "Trattoria Roma,x,Two,,yesterday,,"));

    assertThat(model.needsConfirmation()).isTrue();
    assertThat(model.confirmationText())
        .startsWith("1 row with errors will not be imported (line 3).");
    assertThat(model.importValidRows(false)).isFalse();
    assertThat(storedPosts()).isEmpty();
    assertThat(model.stageProperty().get()).isEqualTo(Stage.PREVIEW);

    assertThat(model.importValidRows(true)).isTrue();
    assertThat(storedPosts()).extracting(Post::caption).containsExactly("One");
    assertThat(model.doneTextProperty().get()).startsWith("Imported 1 post.");
  }

  @Test
  void aCleanFileImportsWithoutAQuestionAndQueuesEveryPostForSync() throws IOException {
    model.load(
        csv(
            "Trattoria Roma,x,One,,2027-01-10 08:00,pasta;weekend,",
            "Trattoria Roma,sandbox,Two,Comment,,,"));

    assertThat(model.importTextProperty().get()).isEqualTo("Import 2 posts");
    assertThat(model.needsConfirmation()).isFalse();
    assertThat(model.importValidRows(false)).isTrue();

    assertThat(model.stageProperty().get()).isEqualTo(Stage.DONE);
    assertThat(model.doneCompletelyProperty().get()).isTrue();
    assertThat(model.progressProperty().get()).isEqualTo(1.0);
    assertThat(storedPosts()).hasSize(2);
    assertThat(store.pendingCount()).isEqualTo(2);
    assertThat(storedPosts())
        .filteredOn(p -> p.caption().equals("One"))
        .singleElement()
        .satisfies(p -> assertThat(p.tags()).containsExactly("pasta", "weekend"));
  }

  @Test
  void mediaIsImportedIntoTheStoreWithThePost() throws IOException {
    writeJpeg(dir.resolve("pasta.jpg"));
    model.load(csv("Trattoria Roma,instagram;facebook,Pasta!,,2027-01-10 08:00,,pasta.jpg"));

    model.importValidRows(false);

    Post post = storedPosts().getFirst();
    assertThat(post.media())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.contentType()).isEqualTo(MediaTypes.JPEG);
              assertThat(store.mediaFile(m.sha256())).isPresent();
            });
  }

  @Test
  void aFileWithOnlyBadRowsCannotBeImported() throws IOException {
    model.load(csv("Nobody,x,One,,2027-01-10 08:00,,"));

    assertThat(model.canImportProperty().get()).isFalse();
    assertThat(model.importTextProperty().get()).isEqualTo("Nothing to import");
    assertThat(model.importValidRows(true)).isFalse();
  }

  @Test
  void aFileProblemIsShownInsteadOfRows() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, (HEADER + "Trattoria Roma,x,Caffè,,,,\r\n").getBytes("windows-1252"));

    model.load(file);

    assertThat(model.stageProperty().get()).isEqualTo(Stage.FILE_PROBLEM);
    assertThat(model.fileProblemProperty().get()).contains("not UTF-8");
    assertThat(model.rows()).isEmpty();
    assertThat(model.canImportProperty().get()).isFalse();
  }

  @Test
  void theSampleFileHasExactlyTwoBadRows() {
    model.load(Path.of("../docs/samples/import-20-posts.csv"));

    assertThat(model.rows()).hasSize(20);
    List<ImportRow> bad = model.rows().stream().filter(r -> !r.ok()).toList();
    assertThat(bad).extracting(ImportRow::line).containsExactly(12, 19);
    assertThat(bad.get(0).reason()).contains("280");
    assertThat(bad.get(1).reason()).contains("does not exist in Europe/Rome");

    model.importValidRows(true);
    assertThat(storedPosts()).hasSize(18);
  }

  @Test
  void resetGoesBackToChoosingAFile() throws IOException {
    model.load(csv("Trattoria Roma,x,One,,2027-01-10 08:00,,"));

    model.reset();

    assertThat(model.stageProperty().get()).isEqualTo(Stage.CHOOSE);
    assertThat(model.rows()).isEmpty();
  }

  private static void writeJpeg(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ImageIO.write(new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
  }
}
