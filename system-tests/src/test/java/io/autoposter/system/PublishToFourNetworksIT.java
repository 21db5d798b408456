package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.accounts.AccountsViewModel;
import io.autoposter.desktop.app.DesktopContext;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.sync.SyncException;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.outcome.FixAction;
import io.autoposter.model.outcome.OutcomeLine;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's "Done when", with the real desktop code, the real server and the platform simulator
 * over HTTP: schedule a post with a picture to Facebook, Instagram, LinkedIn and X, close the app,
 * see it published on time, reopen the app and read each network's status and permalink; then a
 * broken X token fails the next post with "Reconnect", and the reconnect sends it again.
 */
class PublishToFourNetworksIT {
  private static final String PAGE = "FACEBOOK:104000000000001";
  private static final String INSTAGRAM = "INSTAGRAM:17841400000000001";
  private static final String LINKEDIN_PAGE = "LINKEDIN:urn:li:organization:90000001";
  private static final Set<Network> FOUR =
      Set.of(Network.FACEBOOK, Network.INSTAGRAM, Network.LINKEDIN, Network.X);
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir Path serverDir;
  @TempDir Path desktopDir;

  @Test
  void scheduledToFourNetworksPublishedWhileClosedThenReconnectFixesABrokenToken()
      throws Exception {
    try (PlatformSimulator sim =
            PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
        RunningServer server =
            RunningServer.startWithDemoAgency(serverDir, sim.autoposterServerSettings())) {
      Brand roma;
      PostId postId;
      Instant due;
      // 1. Connect the four networks and schedule a post with a picture to all of them.
      try (DesktopContext desktop = DesktopContext.open(desktopDir, server.url())) {
        desktop.signIn(RunningServer.DEMO_EMAIL, RunningServer.DEMO_PASSWORD);
        desktop.syncEngine().syncNow();
        roma = roma(desktop);
        ConsentBrowser browser = new ConsentBrowser();
        AccountsViewModel accounts = accounts(desktop, browser);
        accounts.load();
        browser.ticking(box -> box.equals(PAGE) || box.equals(INSTAGRAM));
        accounts.connect(roma, Network.FACEBOOK);
        accounts.returnedToApp();
        browser.ticking(LINKEDIN_PAGE::equals);
        accounts.connect(roma, Network.LINKEDIN);
        accounts.returnedToApp();
        browser.ticking(box -> true);
        accounts.connect(roma, Network.X);
        accounts.returnedToApp();
        desktop.syncEngine().syncNow();

        MediaRef picture = desktop.store().importMedia(picture(desktopDir.resolve("risotto.jpg")));
        due = Instant.now().plusSeconds(6);
        Post post =
            new Post(
                PostId.random(),
                roma.id(),
                "Truffle risotto is back tonight 🍄 Book your table (2 seats left at 20:00).",
                "",
                Map.of(),
                FOUR,
                Set.of(),
                List.of(picture),
                Map.of(picture.sha256(), "A plate of truffle risotto on a rustic wooden table"),
                Set.of(),
                due,
                roma.zone(),
                PostStatus.SCHEDULED,
                "");
        postId = desktop.store().recordEdit(post).post().id();
        desktop.syncEngine().syncNow();
      }

      // 2–3. The app is closed; the server publishes at the due time, once on each network.
      List<PublishedItem> items =
          Await.until(
              "the post on all four networks",
              DEADLINE,
              () -> {
                List<PublishedItem> posts =
                    sim.published().select(i -> !i.isComment() && i.text().contains("Truffle"));
                return posts.size() >= 4 ? Optional.of(posts) : Optional.empty();
              });
      assertThat(items)
          .extracting(PublishedItem::network)
          .containsExactlyInAnyOrder(
              SimulatedNetwork.FACEBOOK,
              SimulatedNetwork.INSTAGRAM,
              SimulatedNetwork.LINKEDIN,
              SimulatedNetwork.X);
      for (PublishedItem item : items) {
        assertThat(item.createdAt())
            .as("%s published on time", item.network())
            .isBetween(due.minusSeconds(1), due.plusSeconds(30));
      }

      // 4. Reopen the app: status and a permalink for each network.
      try (DesktopContext desktop = DesktopContext.open(desktopDir, server.url())) {
        assertThat(desktop.resumeLast()).isTrue();
        LocalPost published = awaitStatus(desktop, postId, PostStatus.PUBLISHED);
        List<OutcomeLine> lines = OutcomeLine.parse(published.post().outcome());
        assertThat(lines).hasSize(4).allMatch(OutcomeLine::published);
        assertThat(lines.stream().map(l -> l.network().orElseThrow()).toList())
            .containsExactlyInAnyOrderElementsOf(FOUR);
        assertThat(lines).allSatisfy(l -> assertThat(l.permalink()).isPresent());
        PublishedItem tweet =
            items.stream().filter(i -> i.network() == SimulatedNetwork.X).findFirst().orElseThrow();
        assertThat(lines)
            .filteredOn(l -> l.network().orElseThrow() == Network.X)
            .singleElement()
            .satisfies(l -> assertThat(l.permalink().orElseThrow()).endsWith("/" + tweet.id()));

        // 5. X's token breaks; the next post fails with a clear "reconnect" message.
        sim.tokens().revoke(SimulatedNetwork.X, sim.seed().xUser().id());
        PostId next =
            desktop
                .posts()
                .schedule(
                    roma.id(),
                    "Live jazz on Friday from nine 🎷",
                    Set.of(Network.X),
                    Instant.now().plusSeconds(2))
                .post()
                .id();
        LocalPost failed = awaitStatus(desktop, next, PostStatus.FAILED);
        OutcomeLine problem = OutcomeLine.parse(failed.post().outcome()).getFirst();
        assertThat(problem.text())
            .isEqualTo(
                "X says Autoposter's access to @trattoriaroma has expired or was revoked."
                    + " Reconnect the account in Accounts.");
        assertThat(problem.fix()).isEqualTo(FixAction.RECONNECT_ACCOUNT);
        assertThat(problem.network()).contains(Network.X);

        // The one-click fix: "Reconnect X" from the post's results, consent, back in the app.
        ConsentBrowser browser = new ConsentBrowser();
        browser.ticking(box -> true);
        AccountsViewModel accounts = accounts(desktop, browser);
        accounts.load();
        accounts.reconnect(roma.id(), Network.X);
        accounts.returnedToApp();
        assertThat(accounts.remote().errorProperty().get()).isNullOrEmpty();
        assertThat(accounts.remote().noticeProperty().get())
            .isEqualTo(
                "Reconnected: 1 account of Trattoria Roma works again. 1 post it stopped is"
                    + " publishing again.");
        LocalPost fixed = awaitStatus(desktop, next, PostStatus.PUBLISHED);
        assertThat(OutcomeLine.parse(fixed.post().outcome()).getFirst().permalink()).isPresent();
        assertThat(sim.published().countWithText("Live jazz on Friday from nine 🎷")).isEqualTo(1);
      }
      assertThat(sim.published().select(i -> !i.isComment() && i.text().contains("Truffle")))
          .as("each network once")
          .hasSize(4);
    }
  }

  private static Brand roma(DesktopContext desktop) {
    return desktop.brands().stream()
        .filter(b -> b.name().equals("Trattoria Roma"))
        .findFirst()
        .orElseThrow();
  }

  private static AccountsViewModel accounts(DesktopContext desktop, ConsentBrowser browser) {
    return new AccountsViewModel(
        desktop::brands,
        desktop.accountsServer(),
        browser,
        true,
        TaskExecutor.sameThread(),
        () -> {},
        desktop.accountHealth());
  }

  private static LocalPost awaitStatus(DesktopContext desktop, PostId id, PostStatus status) {
    return Await.until(
        "the post " + status + " on the desktop",
        DEADLINE,
        () -> {
          try {
            desktop.syncEngine().syncNow();
          } catch (SyncException e) {
            throw new AssertionError("sync failed with the server up", e);
          }
          return desktop.posts().find(id).filter(local -> local.post().status() == status);
        });
  }

  /** A 1080 × 1080 JPEG: Instagram's square. */
  private static Path picture(Path file) throws Exception {
    BufferedImage image = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0x7C2D12), 1080, 1080, new Color(0xFBBF24)));
    g.fillRect(0, 0, 1080, 1080);
    g.dispose();
    ImageIO.write(image, "jpg", file.toFile());
    return file;
  }
}
