package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.desktop.app.DesktopContext;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.sync.SyncException;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.SandboxPost;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of the product in one test: a post composed on a laptop while the server is down is
 * kept locally, survives an app restart, syncs when the server is back, is published by the server
 * at its due time exactly once, and shows as published on the laptop after the next pull.
 */
class OfflinePostIsPublishedIT {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @TempDir Path serverDir;
  @TempDir Path desktopDir;

  @Test
  void postComposedWhileServerIsDownIsPublishedAfterReconnect() throws Exception {
    try (RunningServer server = RunningServer.startWithDemoAgency(serverDir)) {
      Brand brand;
      String token;
      try (DesktopContext desktop = DesktopContext.open(desktopDir, server.url())) {
        token = desktop.signIn(RunningServer.DEMO_EMAIL, RunningServer.DEMO_PASSWORD).token();
        desktop.syncEngine().syncNow();
        // The demo agency has three brands; the configured one is Trattoria Roma.
        brand =
            desktop.brands().stream()
                .filter(b -> b.name().equals("Trattoria Roma"))
                .findFirst()
                .orElseThrow();
      }
      assertThat(brand.zone()).hasToString("Europe/Rome");

      server.stop();
      PostId postId;
      try (DesktopContext desktop = DesktopContext.open(desktopDir, server.url())) {
        assertThat(desktop.resumeLast()).as("signed in again without the network").isTrue();
        LocalPost composed =
            desktop
                .posts()
                .schedule(
                    brand.id(),
                    "Tonight only: truffle risotto 🍄 — book a table!",
                    Set.of(Network.SANDBOX),
                    Instant.now().plusSeconds(3));
        postId = composed.post().id();
        assertThatThrownBy(() -> desktop.syncEngine().syncNow()).isInstanceOf(SyncException.class);
        assertThat(desktop.posts().find(postId))
            .get()
            .satisfies(
                local -> {
                  assertThat(local.pendingSync()).isTrue();
                  assertThat(local.post().status()).isEqualTo(PostStatus.SCHEDULED);
                });
      }

      server.start();
      try (DesktopContext desktop = DesktopContext.open(desktopDir, server.url())) {
        assertThat(desktop.resumeLast()).isTrue();
        assertThat(desktop.posts().find(postId)).as("kept across the restart").isPresent();

        LocalPost published =
            Await.until(
                "the post to show as published on the desktop",
                DEADLINE,
                () -> {
                  try {
                    desktop.syncEngine().syncNow();
                  } catch (SyncException e) {
                    throw new AssertionError("sync failed with the server up", e);
                  }
                  return desktop
                      .posts()
                      .find(postId)
                      .filter(local -> local.post().status() == PostStatus.PUBLISHED);
                });

        assertThat(published.pendingSync()).isFalse();
        assertThat(published.post().outcome()).startsWith("Published to sandbox as sbx-");
      }
      assertThat(server.sandboxPosts(token))
          .filteredOn(received -> received.postId().equals(postId))
          .singleElement()
          .extracting(SandboxPost::caption)
          .isEqualTo("Tonight only: truffle risotto 🍄 — book a table!");
    }
  }

  @Test
  void secondDesktopSeesThePublishedPostOfTheFirst() throws Exception {
    Path otherLaptop = desktopDir.resolve("second-laptop");
    try (RunningServer server = RunningServer.startWithDemoAgency(serverDir);
        DesktopContext first = DesktopContext.open(desktopDir, server.url());
        DesktopContext second = DesktopContext.open(otherLaptop, server.url())) {
      first.signIn(RunningServer.DEMO_EMAIL, RunningServer.DEMO_PASSWORD);
      second.signIn(RunningServer.DEMO_EMAIL, RunningServer.DEMO_PASSWORD);
      first.syncEngine().syncNow();
      Brand brand = first.brands().getFirst();
      PostId postId =
          first
              .posts()
              .schedule(
                  brand.id(),
                  "Aperitivo hour starts at six.",
                  Set.of(Network.SANDBOX),
                  Instant.now().plusSeconds(1))
              .post()
              .id();
      first.syncEngine().syncNow();

      LocalPost seen =
          Await.until(
              "the second laptop to see the post published",
              DEADLINE,
              () -> {
                try {
                  second.syncEngine().syncNow();
                } catch (SyncException e) {
                  throw new AssertionError(e);
                }
                return second
                    .posts()
                    .find(postId)
                    .filter(local -> local.post().status() == PostStatus.PUBLISHED);
              });

      assertThat(seen.post().caption()).isEqualTo("Aperitivo hour starts at six.");
      assertThat(seen.post().brandId()).isEqualTo(brand.id());
    }
  }
}
