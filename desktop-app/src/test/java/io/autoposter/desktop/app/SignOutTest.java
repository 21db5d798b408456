package io.autoposter.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.testing.InMemoryKeychain;
import io.autoposter.model.Role;
import io.autoposter.model.api.CreateInvitationRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-out and the admin API of {@link DesktopContext}, as the system tests drive it. */
class SignOutTest {

  @TempDir Path dataDir;
  private final FakeServer server = new FakeServer().withBrand(FakeServer.ROMA);
  private final InMemoryKeychain keychain = new InMemoryKeychain();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void signOutEndsTheServerSessionAndRemovesTheSecret() throws Exception {
    try (DesktopContext desktop =
        DesktopContext.open(dataDir, server.url(), Optional.of(keychain))) {
      desktop.signIn("ana@agency.test", FakeServer.PASSWORD);
      desktop.syncEngine().syncNow();
      assertThat(keychain.entries).hasSize(1);
      assertThat(Files.readString(desktop.sessionStore().file())).doesNotContain(FakeServer.TOKEN);

      assertThat(desktop.signOut()).isTrue();

      assertThat(server.calls().getLast().path()).isEqualTo("POST /api/v1/auth/sign-out");
      assertThat(keychain.entries).isEmpty();
      assertThat(desktop.sessionStore().file()).doesNotExist();
      assertThat(desktop.isSignedIn()).isFalse();
      assertThat(dataDir.resolve("agencies").resolve(FakeServer.AGENCY.toString())).exists();
    }
  }

  @Test
  void signOutOfflineStillRemovesTheSecret() throws Exception {
    try (DesktopContext desktop = DesktopContext.open(dataDir, server.url(), Optional.empty())) {
      desktop.signIn("ana@agency.test", FakeServer.PASSWORD);
      assertThat(Files.readString(desktop.sessionStore().file())).contains(FakeServer.TOKEN);
      server.close();

      assertThat(desktop.signOut()).isFalse();

      assertThat(desktop.sessionStore().file()).doesNotExist();
      assertThat(desktop.savedSession()).isEmpty();
    }
  }

  @Test
  void signInWithTheSecondFactorAndUseTheAdminApi() throws Exception {
    server.requireTwoFactor("654321").role(Role.ADMIN);
    try (DesktopContext desktop = DesktopContext.open(dataDir, server.url(), Optional.empty())) {
      var session = desktop.signIn("ana@agency.test", FakeServer.PASSWORD, "654321");
      assertThat(session.role()).isEqualTo(Role.ADMIN);

      desktop
          .team()
          .invite(new CreateInvitationRequest("lea@agency.test", Role.EDITOR, true, Set.of()));
      assertThat(desktop.team().invitations()).hasSize(1);
      assertThat(desktop.account().sessions()).hasSize(1);
      assertThat(desktop.account().me().email()).isEqualTo("ana@bellavista.agency");
    }
  }

  @Test
  void theSessionRemembersRoleAndEnrolmentAcrossRestarts() throws Exception {
    server.role(Role.OWNER).enrollmentRequired(true);
    try (DesktopContext desktop = DesktopContext.open(dataDir, server.url(), Optional.empty())) {
      desktop.signIn("ana@agency.test", FakeServer.PASSWORD);
    }
    try (DesktopContext again = DesktopContext.open(dataDir, server.url(), Optional.empty())) {
      assertThat(again.resumeLast()).isTrue();
      assertThat(again.session().role()).isEqualTo(Role.OWNER);
      assertThat(again.session().twoFactorEnrollmentRequired()).isTrue();
      again.updateSession(Role.OWNER, false);
    }
    try (DesktopContext third = DesktopContext.open(dataDir, server.url(), Optional.empty())) {
      assertThat(third.resumeLast()).isTrue();
      assertThat(third.session().twoFactorEnrollmentRequired()).isFalse();
    }
  }
}
