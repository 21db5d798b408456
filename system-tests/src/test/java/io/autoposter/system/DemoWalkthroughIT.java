package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.calendar.CalendarKeys;
import io.autoposter.desktop.testing.TestImages;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.rules.XRules;
import java.awt.Color;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's "Done when", tried as a new user of the demo does it: the real server on a loopback
 * port (embedded H2, the demo agency with its brands, sample posts and sandbox accounts) and the
 * real desktop app signed in to it, driven only through its window — clicks, typing, drags, files
 * dropped from a file manager. Each step writes {@code walkthrough-<n>-….png}
 * (docs/walkthrough.md).
 */
class DemoWalkthroughIT {
  private static final String BRAND = "Trattoria Roma";
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final String CAPTION =
      "Truffle season is here 🍄 Hand-made tagliatelle with fresh black truffle, every evening"
          + " until the end of the month. Book a table on the terrace: trattoria-roma.it/book";

  /** Over 280 as X counts it: the link counts 23, each emoji 2 — more than its plain length. */
  private static final String X_TOO_LONG =
      "Truffle season is here 🍄🍝 Hand-made tagliatelle with fresh black truffle shaved at your"
          + " table, a glass of Montepulciano, and the terrace heaters on: this is how November"
          + " should taste. Every evening until the end of the month, from 19:00, while the"
          + " truffles last. Book a table: https://trattoria-roma.it/book?utm_source=x 🍷🍷";

  private static final String X_SHORT =
      "Truffle season is here 🍄 Fresh black truffle on hand-made tagliatelle, every evening."
          + " Book: https://trattoria-roma.it/book";

  @TempDir Path serverDir;
  @TempDir Path desktopDir;
  @TempDir Path files;

  @Test
  void composePreviewScheduleMoveInTheCalendarAndImportACsvFile() throws Exception {
    try (RunningServer server = RunningServer.startWithDemoAgency(serverDir);
        DesktopWindow app =
            DesktopWindow.open(
                desktopDir, server.url(), RunningServer.DEMO_EMAIL, RunningServer.DEMO_PASSWORD)) {
      ServerApi oracle = new ServerApi(server.url());
      oracle.signIn(RunningServer.DEMO_EMAIL, RunningServer.DEMO_PASSWORD);
      int demoPosts = oracle.posts().size();
      app.await(
          "the workspace, synced",
          () -> app.has("#listTitle") && app.text("#syncStatus").equals("Synced"));
      app.pickBrand("#brandSelector", BRAND);
      app.await("the brand's posts", () -> app.text("#listTitle").equals(BRAND));

      // 1. Compose for Instagram, X and LinkedIn, with a picture dropped from the file manager.
      for (Network network : Network.values()) {
        boolean wanted = Set.of(Network.INSTAGRAM, Network.X, Network.LINKEDIN).contains(network);
        String box = "#network-" + network.name().toLowerCase(java.util.Locale.ROOT);
        CheckBox check = app.robot.lookup(box).queryAs(CheckBox.class);
        if (app.onFx(check::isSelected) != wanted) {
          app.reveal(box);
        }
        app.await(box + (wanted ? " ticked" : " not ticked"), () -> check.isSelected() == wanted);
      }
      app.reveal("#caption");
      app.robot.write(CAPTION);
      Path photo =
          TestImages.foodPhoto(
              files.resolve("truffle-tagliatelle.jpg"), 1080, 1350, new Color(120, 80, 45));
      app.dropFile(photo, app.robot.lookup("#caption").query());
      app.await(
          "the picture attached", () -> app.robot.lookup(".media-row").queryAll().size() == 1);
      app.screenshot("walkthrough-1-compose");

      // 2. X's own caption, too long as X counts it: the finding says by how much.
      app.reveal("#scope-x");
      app.reveal("#caption").push(KeyCode.CONTROL, KeyCode.A).write(X_TOO_LONG);
      int weighted = XRules.weightedLength(X_TOO_LONG);
      assertThat(weighted).isGreaterThan(280).isNotEqualTo(X_TOO_LONG.length());
      String finding =
          "X allows 280 characters; this caption has %d (%d too many)."
              .formatted(weighted, weighted - 280);
      app.await("the X finding", () -> findingShown(app, finding));
      assertThat(app.onFx(() -> app.robot.lookup("#schedule").query().isDisabled()))
          .as("an error blocks scheduling")
          .isTrue();
      app.screenshot("walkthrough-2-findings");
      app.robot.clickOn("#showPreview");
      for (String network : new String[] {"instagram", "x", "linkedin"}) {
        app.robot.clickOn("#previewTab-" + network);
        app.await(network + "'s card", () -> visible(app, "#preview-" + network));
        if (network.equals("x")) {
          assertThat(app.text("#xCounter")).isEqualTo(weighted + "/280");
        }
        app.screenshot("walkthrough-2-preview-" + network);
      }

      // 3. Fix the X caption, choose a day and time, schedule.
      app.robot.clickOn("#showWrite");
      app.reveal("#scope-x");
      app.reveal("#caption").push(KeyCode.CONTROL, KeyCode.A).write(X_SHORT);
      app.await("no X error", () -> !findingShown(app, "X allows 280"));
      LocalDate due = LocalDate.now(ROME).plusDays(2);
      LocalTime at = LocalTime.of(18, 30);
      DatePicker picker = app.robot.lookup("#dueDate").queryAs(DatePicker.class);
      String typedDate = app.onFx(() -> picker.getConverter().toString(due));
      app.reveal("#dueDate .text-field").push(KeyCode.CONTROL, KeyCode.A).write(typedDate);
      app.robot.push(KeyCode.ENTER);
      app.reveal("#dueTime").push(KeyCode.CONTROL, KeyCode.A).write(at.toString());
      app.robot.clickOn("#schedule");
      app.await("scheduled", () -> app.text("#composeStatus").equals("Scheduled"));
      app.await("synced", () -> app.text("#syncStatus").equals("Synced"));
      Post scheduled = onServer("the post on the server", () -> serverPost(oracle, CAPTION));
      assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
      assertThat(scheduled.networks())
          .containsExactlyInAnyOrder(Network.INSTAGRAM, Network.X, Network.LINKEDIN);
      assertThat(scheduled.media()).hasSize(1);
      assertThat(scheduled.captionFor(Network.X)).isEqualTo(X_SHORT);
      assertThat(scheduled.dueAt()).isEqualTo(ZonedDateTime.of(due, at, ROME).toInstant());
      app.screenshot("walkthrough-3-scheduled");

      // 4. In the month, drag it two days later: same time, no question (it stays ahead).
      app.robot.clickOn("#nav-calendar");
      app.await("the calendar", () -> app.has("#calendarGrid"));
      app.pickBrand("#calendarBrand", BRAND);
      String chip = "chip-" + scheduled.id();
      app.await(
          "the post's chip",
          () -> app.robot.lookup(CalendarKeys.tagged(chip)).tryQuery().isPresent());
      LocalDate target = due.plusDays(2);
      app.robot
          .drag(app.robot.lookup(CalendarKeys.tagged(chip)).<Node>query())
          .dropTo(app.robot.lookup(CalendarKeys.tagged("day-" + target)).<Node>query());
      app.await("moved", () -> app.text("#calendarMessage").startsWith("Moved to"));
      onServer(
          "the move on the server",
          () ->
              serverPost(oracle, CAPTION)
                  .filter(p -> p.dueAt().equals(ZonedDateTime.of(target, at, ROME).toInstant())));
      assertThat(app.fitsWindow()).as("the month fits the window").isTrue();
      app.screenshot("walkthrough-4-calendar");

      // 5. Import the sample CSV, dropped on the import screen: 2 bad rows named, 18 imported.
      app.robot.clickOn("#nav-queue");
      app.await("the queue", () -> app.has("#importCsv"));
      app.robot.clickOn("#importCsv");
      app.await("the import screen", () -> app.has("#backToQueue"));
      Path csv = SampleCsv.writeFor(LocalDate.now(ROME), files);
      app.dropFile(csv, app.robot.lookup(".import-card").query());
      app.await(
          "every row checked",
          () -> visible(app, "#importSummary") && !app.text("#importSummary").isEmpty());
      assertThat(app.text("#importSummary"))
          .isEqualTo("20 rows: 18 ready to import, 2 with errors");
      String errors = app.text("#importErrors");
      assertThat(errors)
          .startsWith("2 rows have errors and will not be imported unless you fix the file:")
          .contains("Line " + SampleCsv.X_TOO_LONG_LINE + ": X allows 280 characters")
          .contains("Line " + SampleCsv.SKIPPED_TIME_LINE + ": ")
          .contains("does not exist in Europe/Rome");
      assertThat(oracle.posts()).as("nothing imported yet").hasSize(demoPosts + 1);
      app.screenshot("walkthrough-5-csv-report");
      app.robot.clickOn("#importButton");
      app.await("the question", () -> app.has("Import the 18 valid rows"));
      app.screenshotDialog("walkthrough-5-csv-confirm");
      app.robot.clickOn("Import the 18 valid rows");
      app.await("imported", () -> app.text("#importDone").startsWith("Imported 18 posts."));
      assertThat(app.shownInFull("#importErrors")).as("both bad lines still readable").isTrue();
      onServer(
          "the 18 posts on the server",
          () -> Optional.of(oracle.posts().size()).filter(n -> n == demoPosts + 1 + 18));
      app.await("synced", () -> app.text("#syncStatus").equals("Synced"));
      app.screenshot("walkthrough-5-csv-imported");
    }
  }

  private static boolean findingShown(DesktopWindow app, String text) {
    return app.robot.lookup(".finding-error").queryAllAs(Labeled.class).stream()
        .anyMatch(l -> l.isVisible() && l.getScene() != null && l.getText().startsWith(text));
  }

  /** True when {@code query} and every node above it are visible: a hidden stage hides it too. */
  private static boolean visible(DesktopWindow app, String query) {
    return app.robot
        .lookup(query)
        .tryQuery()
        .map(DemoWalkthroughIT::shownWithParents)
        .orElse(false);
  }

  private static boolean shownWithParents(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node.getScene() != null;
  }

  /** Waits, on the test thread, until the server's answer is there. */
  private static <T> T onServer(String what, java.util.function.Supplier<Optional<T>> probe) {
    return Await.until(what, DesktopWindow.PATIENCE, probe);
  }

  private static Optional<Post> serverPost(ServerApi oracle, String caption) {
    Map<io.autoposter.model.PostId, Post> posts = oracle.posts();
    return posts.values().stream().filter(p -> p.caption().equals(caption)).findFirst();
  }
}
