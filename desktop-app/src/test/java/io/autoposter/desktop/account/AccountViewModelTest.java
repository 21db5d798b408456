package io.autoposter.desktop.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.testing.TestClients;
import io.autoposter.desktop.ui.ServerErrors;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Role;
import io.autoposter.model.api.DeviceSession;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountViewModelTest {

  private final FakeServer server = new FakeServer();
  private final ServerClient client = TestClients.signedIn(server);
  private final AtomicInteger signOuts = new AtomicInteger();

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  private AccountViewModel model(ServerClient c, Role role) {
    return new AccountViewModel(
        c.account(FakeServer.AGENCY),
        "ana@bellavista.agency",
        role,
        TaskExecutor.sameThread(),
        () -> {},
        signOuts::incrementAndGet);
  }

  private void otherDevice() {
    server
        .admin()
        .sessions
        .add(
            new DeviceSession(
                "s-phone",
                "Chrome on Android",
                "10.0.0.7",
                "Chrome",
                Instant.EPOCH,
                Instant.parse("2026-11-19T18:00:00Z"),
                false));
  }

  @Test
  void loadShowsThisDeviceFirstAndTheTwoFactorStatus() {
    otherDevice();
    server.admin().twoFactorEnabled = true;
    AccountViewModel model = model(client, Role.OWNER);
    model.load();

    assertThat(model.sessions()).extracting(DeviceSession::id).containsExactly("s-this", "s-phone");
    assertThat(model.twoFactorEnabledProperty().get()).isTrue();
    assertThat(model.remote().offlineProperty().get()).isFalse();
  }

  @Test
  void revokingAnotherDeviceRemovesIt() {
    otherDevice();
    AccountViewModel model = model(client, Role.EDITOR);
    model.load();
    model.revoke(model.sessions().get(1));

    assertThat(model.sessions()).extracting(DeviceSession::id).containsExactly("s-this");
    assertThat(server.admin().sessions).hasSize(1);
  }

  @Test
  void revokingThisDeviceSignsOut() {
    AccountViewModel model = model(client, Role.EDITOR);
    model.load();
    model.revoke(model.sessions().getFirst());
    assertThat(signOuts).hasValue(1);
  }

  @Test
  void signOutAllOtherDevicesKeepsThisOne() {
    otherDevice();
    AccountViewModel model = model(client, Role.EDITOR);
    model.load();
    model.signOutOtherDevices();

    assertThat(model.sessions()).extracting(DeviceSession::current).containsExactly(true);
    assertThat(model.remote().noticeProperty().get()).contains("other device");
  }

  @Test
  void turningTwoFactorOffNeedsAValidCode() {
    server.admin().twoFactorEnabled = true;
    AccountViewModel model = model(client, Role.EDITOR);
    model.load();
    model.disableCodeProperty().set("999999");
    model.disableTwoFactor();
    assertThat(model.remote().errorProperty().get()).startsWith("That code didn't work");
    assertThat(model.twoFactorEnabledProperty().get()).isTrue();

    model.disableCodeProperty().set("123456");
    model.disableTwoFactor();
    assertThat(model.twoFactorEnabledProperty().get()).isFalse();
  }

  @Test
  void ownersChangeTheAgencyTwoFactorRequirement() {
    AccountViewModel model = model(client, Role.OWNER);
    model.load();
    model.setRequireTwoFactor(true);

    assertThat(server.admin().requireTwoFactor).isTrue();
    assertThat(model.requireTwoFactorProperty().get()).isTrue();
  }

  @Test
  void unreachableServerShowsTheCalmOfflineState() {
    try (ServerClient dead = TestClients.unreachable()) {
      AccountViewModel model = model(dead, Role.OWNER);
      model.load();
      assertThat(model.remote().offlineProperty().get()).isTrue();
      assertThat(model.remote().errorProperty().get()).isEmpty();
      assertThat(ServerErrors.NEEDS_CONNECTION)
          .isEqualTo(
              "These settings need a connection to the server. Your posts keep working offline.");
    }
  }
}
