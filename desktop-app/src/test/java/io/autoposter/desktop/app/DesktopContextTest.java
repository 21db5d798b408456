package io.autoposter.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.sync.SignInException;
import io.autoposter.desktop.sync.SyncResult;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.PostStatus;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless public API the system tests use, against the HTTP stand-in. */
class DesktopContextTest {

  @TempDir Path dataDir;
  private final FakeServer server = new FakeServer().withBrand(FakeServer.ROMA);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void signInSyncScheduleOfflineThenPush() throws Exception {
    try (DesktopContext desktop = DesktopContext.open(dataDir, server.url())) {
      desktop.signIn("ana@agency.test", FakeServer.PASSWORD);
      desktop.syncEngine().syncNow();
      Brand brand = desktop.brands().getFirst();

      LocalPost post =
          desktop
              .posts()
              .schedule(
                  brand.id(),
                  "Pizza night!",
                  Set.of(Network.SANDBOX),
                  Instant.parse("2030-01-01T10:00:00Z"));
      assertThat(desktop.localPosts(brand.id()))
          .extracting(LocalPost::pendingSync)
          .containsExactly(true);
      SyncResult result = desktop.syncEngine().syncNow();

      assertThat(result.pushed()).isEqualTo(1);
      assertThat(desktop.posts().find(post.post().id()).orElseThrow().post().status())
          .isEqualTo(PostStatus.SCHEDULED);
      assertThat(desktop.session().agencyName()).isEqualTo("Bellavista Marketing");
      assertThat(Files.exists(dataDir.resolve("agencies").resolve(FakeServer.AGENCY.toString())))
          .isTrue();
    }
  }

  @Test
  void savedSessionIsReusedWithoutTheNetwork() throws Exception {
    try (DesktopContext desktop = DesktopContext.open(dataDir, server.url())) {
      desktop.signIn("ana@agency.test", FakeServer.PASSWORD);
    }
    int callsBefore = server.calls().size();
    try (DesktopContext again = DesktopContext.open(dataDir, server.url())) {
      assertThat(again.resume("ANA@agency.test")).isTrue();
      assertThat(again.session().agencyName()).isEqualTo("Bellavista Marketing");
      assertThat(again.resume("someone-else@agency.test")).isFalse();
    }
    assertThat(server.calls()).hasSize(callsBefore);
  }

  @Test
  void wrongPasswordIsInvalidCredentials() {
    try (DesktopContext desktop = DesktopContext.open(dataDir, server.url())) {
      assertThatThrownBy(() -> desktop.signIn("ana@agency.test", "nope"))
          .isInstanceOfSatisfying(
              SignInException.class,
              e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.INVALID_CREDENTIALS));
      assertThat(desktop.isSignedIn()).isFalse();
    }
  }

  @Test
  void unreachableServerAndBadUrlHaveTheirOwnReasons() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    try (DesktopContext desktop = DesktopContext.open(dataDir, "http://127.0.0.1:" + deadPort)) {
      assertThatThrownBy(() -> desktop.signIn("a@b.c", "pw"))
          .isInstanceOfSatisfying(
              SignInException.class,
              e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.UNREACHABLE));
      assertThatThrownBy(() -> desktop.signIn("ftp:/nowhere", "a@b.c", "pw", null))
          .isInstanceOfSatisfying(
              SignInException.class,
              e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.INVALID_URL));
    }
  }
}
