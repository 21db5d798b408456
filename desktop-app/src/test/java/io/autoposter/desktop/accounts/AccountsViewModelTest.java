package io.autoposter.desktop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.sync.ServerUnreachableException;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.SocialAccount;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccountsViewModelTest {

  private static final Brand ROMA =
      new Brand(BrandId.random(), "Trattoria Roma", ZoneId.of("Europe/Rome"), "#B91C1C");
  private static final Brand SOLE =
      new Brand(BrandId.random(), "gelateria Sole", ZoneId.of("America/New_York"), "#F59E0B");

  private final List<SocialAccount> server = new ArrayList<>();
  private final AtomicInteger syncs = new AtomicInteger();
  private boolean offline;

  private AccountsViewModel model(boolean canConnect) {
    return new AccountsViewModel(
        () -> List.of(ROMA, SOLE),
        () -> {
          if (offline) {
            throw new ServerUnreachableException("http://127.0.0.1:9/", new IOException("down"));
          }
          return List.copyOf(server);
        },
        (brand, name) -> {
          SocialAccount account =
              new SocialAccount(SocialAccountId.random(), brand, Network.SANDBOX, name);
          server.add(account);
          return account;
        },
        canConnect,
        TaskExecutor.sameThread(),
        syncs::incrementAndGet);
  }

  private static SocialAccount account(Brand brand, Network network, String name) {
    return new SocialAccount(SocialAccountId.random(), brand.id(), network, name);
  }

  @Test
  void everyBrandIsListedByNameWithItsAccountsByNetwork() {
    server.add(account(ROMA, Network.X, "@TrattoriaRoma"));
    server.add(account(ROMA, Network.INSTAGRAM, "@trattoriaroma"));
    server.add(account(ROMA, Network.FACEBOOK, "Trattoria Roma"));
    AccountsViewModel model = model(true);

    model.load();

    assertThat(model.brands())
        .extracting(b -> b.brand().name())
        .containsExactly("gelateria Sole", "Trattoria Roma");
    assertThat(model.brands().get(0).isEmpty()).isTrue();
    assertThat(model.brands().get(1).accounts())
        .extracting(SocialAccount::network)
        .containsExactly(Network.FACEBOOK, Network.INSTAGRAM, Network.X);
  }

  @Test
  void accountsOfBrandsNotYetSyncedAreLeftOut() {
    server.add(
        new SocialAccount(SocialAccountId.random(), BrandId.random(), Network.X, "@unknown"));
    AccountsViewModel model = model(true);

    model.load();

    assertThat(model.brands()).allMatch(BrandAccounts::isEmpty);
  }

  @Test
  void connectingTheSandboxListsItAndRequestsASync() {
    AccountsViewModel model = model(true);
    model.load();

    model.connectSandbox(SOLE);

    assertThat(model.brands().get(0).accounts())
        .extracting(SocialAccount::displayName)
        .containsExactly("gelateria Sole (sandbox)");
    assertThat(model.remote().noticeProperty().get())
        .isEqualTo("Connected gelateria Sole (sandbox) to gelateria Sole.");
    assertThat(syncs).hasValue(1);
  }

  @Test
  void membersWhoMayNotConnectAreToldWhoCan() {
    AccountsViewModel model = model(false);
    model.load();

    model.connectSandbox(ROMA);

    assertThat(server).isEmpty();
    assertThat(model.remote().errorProperty().get())
        .isEqualTo("Only owners and admins can connect accounts.");
  }

  @Test
  void offlineShowsTheConnectionNoticeAndRetryLoads() {
    offline = true;
    AccountsViewModel model = model(true);

    model.load();
    assertThat(model.remote().offlineProperty().get()).isTrue();

    offline = false;
    model.load();
    assertThat(model.remote().offlineProperty().get()).isFalse();
    assertThat(model.brands()).hasSize(2);
  }
}
