package io.autoposter.desktop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.sync.ApiException;
import io.autoposter.desktop.sync.ServerUnreachableException;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.AccountDisconnected;
import io.autoposter.model.api.ConnectAccountStart;
import io.autoposter.model.api.RetryReport;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
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

  private final List<TokenHealth> health = new ArrayList<>();
  private final List<URI> opened = new ArrayList<>();
  private final List<SocialAccountId> disconnected = new ArrayList<>();
  private boolean healthMissing;
  private final AccountHealthBook book = AccountHealthBook.inMemory();
  private boolean noBrowser;
  private boolean oldServer;
  private int checks;
  private String disconnectMessage = "Disconnected.";
  private final List<SocialAccountId> retriedAccounts = new ArrayList<>();
  private RetryReport retryReport = new RetryReport(List.of(), List.of());
  private boolean retryDown;

  /** The server's side as the desktop sees it: an in-memory agency's accounts. */
  private final AccountsServer fakeServer =
      new AccountsServer() {
        @Override
        public List<SocialAccount> connected() throws Exception {
          if (offline) {
            throw new ServerUnreachableException("http://127.0.0.1:9/", new IOException("down"));
          }
          return List.copyOf(server);
        }

        @Override
        public List<TokenHealth> health() throws Exception {
          if (healthMissing) {
            throw new IOException("404 Not Found");
          }
          return List.copyOf(health);
        }

        @Override
        public SocialAccount connectSandbox(BrandId brand, String name) {
          SocialAccount account =
              new SocialAccount(SocialAccountId.random(), brand, Network.SANDBOX, name);
          server.add(account);
          return account;
        }

        @Override
        public ConnectAccountStart startConnect(BrandId brand, Network network)
            throws ApiException {
          if (oldServer) {
            throw ApiException.of(404, "NOT_FOUND", "Not Found");
          }
          return new ConnectAccountStart(
              URI.create("http://127.0.0.1:8080/oauth/start/" + network + "-" + brand),
              Instant.parse("2026-12-03T12:10:00Z"));
        }

        @Override
        public List<TokenHealth> checkHealth() {
          checks++;
          return List.copyOf(health);
        }

        @Override
        public RetryReport retryFailed(SocialAccountId account) throws Exception {
          if (retryDown) {
            throw new ServerUnreachableException("http://127.0.0.1:9/", new IOException("down"));
          }
          retriedAccounts.add(account);
          return retryReport;
        }

        @Override
        public AccountDisconnected disconnect(SocialAccountId account) {
          disconnected.add(account);
          server.removeIf(a -> a.id().equals(account));
          return new AccountDisconnected(account, false, 2, disconnectMessage);
        }
      };

  private AccountsViewModel model(boolean canConnect) {
    return new AccountsViewModel(
        () -> List.of(ROMA, SOLE),
        fakeServer,
        uri -> {
          if (noBrowser) {
            throw new IllegalStateException("no browser");
          }
          opened.add(uri);
        },
        canConnect,
        TaskExecutor.sameThread(),
        syncs::incrementAndGet,
        book);
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

  @Test
  void connectingOpensTheServersStartAddressInTheBrowserAndSaysWhatToDoThere() {
    AccountsViewModel model = model(true);
    model.load();

    model.connect(ROMA, Network.FACEBOOK);

    assertThat(opened)
        .containsExactly(URI.create("http://127.0.0.1:8080/oauth/start/FACEBOOK-" + ROMA.id()));
    assertThat(model.remote().noticeProperty().get())
        .startsWith("Finish in your browser: sign in to Facebook and choose what Trattoria Roma");
  }

  @Test
  void comingBackFromTheBrowserShowsTheAccountsTheConnectionAdded() {
    AccountsViewModel model = model(true);
    model.load();
    model.connect(ROMA, Network.FACEBOOK);
    model.returnedToApp();
    assertThat(syncs).hasValue(0); // nothing attached yet: keep waiting

    server.add(account(ROMA, Network.FACEBOOK, "Trattoria Roma"));
    server.add(account(ROMA, Network.INSTAGRAM, "@trattoriaroma"));
    model.returnedToApp();

    assertThat(model.remote().noticeProperty().get())
        .isEqualTo("Connected 2 accounts to Trattoria Roma.");
    assertThat(model.brands().get(1).accounts()).hasSize(2);
    assertThat(syncs).hasValue(1);
  }

  @Test
  void withoutABrowserTheAddressIsShownToOpenByHand() {
    noBrowser = true;
    AccountsViewModel model = model(true);
    model.load();

    model.connect(ROMA, Network.X);

    assertThat(model.remote().errorProperty().get())
        .startsWith("Could not open your browser.")
        .contains("http://127.0.0.1:8080/oauth/start/X-" + ROMA.id());
  }

  @Test
  void eachAccountCarriesItsHealthAndAnOlderServerWithoutHealthStillListsThem() {
    SocialAccount x = account(ROMA, Network.X, "@TrattoriaRoma");
    server.add(x);
    health.add(
        new TokenHealth(
            x.id(),
            ROMA.id(),
            Network.X,
            x.displayName(),
            TokenHealth.State.EXPIRING,
            Instant.parse("2027-01-14T10:00:00Z"),
            "X no longer renews this sign-in by itself.",
            "Reconnect the X account"));
    AccountsViewModel model = model(true);

    model.load();
    BrandAccounts roma = model.brands().get(1);
    assertThat(roma.healthOf(x)).map(TokenHealth::state).hasValue(TokenHealth.State.EXPIRING);
    assertThat(roma.needingAttention()).isEqualTo(1);
    assertThat(HealthLine.of(roma.healthOf(x).orElseThrow(), ZoneId.of("Europe/Rome")).text())
        .isEqualTo("Reconnect by 14 Jan 2027");

    healthMissing = true;
    model.load();
    assertThat(model.brands().get(1).accounts()).containsExactly(x);
    assertThat(model.brands().get(1).health()).isEmpty();
  }

  @Test
  void loadingKeepsTheHealthForTheComposerAndAFailedAnswerForgetsNothing() {
    SocialAccount x = account(ROMA, Network.X, "@TrattoriaRoma");
    server.add(x);
    health.add(
        new TokenHealth(
            x.id(),
            ROMA.id(),
            Network.X,
            x.displayName(),
            TokenHealth.State.BROKEN,
            null,
            "X refused the sign-in.",
            "Reconnect the X account"));
    AccountsViewModel model = model(true);

    model.load();
    assertThat(book.of(ROMA.id())).extracting(TokenHealth::accountId).containsExactly(x.id());
    assertThat(book.of(SOLE.id())).isEmpty();

    healthMissing = true;
    model.load();
    assertThat(book.of(ROMA.id())).extracting(TokenHealth::accountId).containsExactly(x.id());
  }

  @Test
  void disconnectingRemovesTheAccountAndRequestsASync() {
    SocialAccount x = account(ROMA, Network.X, "@TrattoriaRoma");
    server.add(x);
    AccountsViewModel model = model(true);
    model.load();

    model.disconnect(x);

    assertThat(disconnected).containsExactly(x.id());
    assertThat(model.brands().get(1).isEmpty()).isTrue();
    assertThat(model.remote().noticeProperty().get()).isEqualTo("Disconnected @TrattoriaRoma.");
    assertThat(syncs).hasValue(1);
  }

  @Test
  void disconnectSaysWhatTheServerSaidWhenTheGrantStays() {
    SocialAccount page = account(ROMA, Network.FACEBOOK, "Trattoria Roma");
    server.add(page);
    disconnectMessage =
        "Disconnected. Facebook access stays for @trattoriaroma, which use the same sign-in;"
            + " disconnect those too to end it at the platform.";
    AccountsViewModel model = model(true);
    model.load();

    model.disconnect(page);

    assertThat(model.remote().noticeProperty().get())
        .isEqualTo("Trattoria Roma: " + disconnectMessage);
  }

  @Test
  void reconnectingAnExpiringAccountSaysItWorksAgain() {
    SocialAccount x = account(ROMA, Network.X, "@TrattoriaRoma");
    server.add(x);
    health.add(
        new TokenHealth(
            x.id(),
            ROMA.id(),
            Network.X,
            x.displayName(),
            TokenHealth.State.BROKEN,
            null,
            "X refused to refresh the token",
            "Reconnect the X account"));
    AccountsViewModel model = model(true);
    model.load();

    model.connect(ROMA, Network.X);
    health.clear(); // the person signed in again: the server has fresh tokens
    health.add(
        new TokenHealth(
            x.id(),
            ROMA.id(),
            Network.X,
            x.displayName(),
            TokenHealth.State.HEALTHY,
            null,
            "",
            ""));
    model.returnedToApp();

    assertThat(model.remote().noticeProperty().get())
        .isEqualTo("Reconnected: 1 account of Trattoria Roma works again.");
    assertThat(syncs).hasValue(1);
    assertThat(retriedAccounts).as("what it stopped is sent again").containsExactly(x.id());
  }

  private SocialAccount brokenX() {
    SocialAccount x = account(ROMA, Network.X, "@TrattoriaRoma");
    server.add(x);
    health.add(
        new TokenHealth(
            x.id(),
            ROMA.id(),
            Network.X,
            x.displayName(),
            TokenHealth.State.BROKEN,
            null,
            "X says Autoposter's access to @TrattoriaRoma has expired or was revoked.",
            "Reconnect the X account"));
    return x;
  }

  private void signedInAgain(SocialAccount x) {
    health.clear();
    health.add(
        new TokenHealth(
            x.id(),
            ROMA.id(),
            Network.X,
            x.displayName(),
            TokenHealth.State.HEALTHY,
            null,
            "",
            ""));
  }

  @Test
  void reconnectingFromAPostsResultsRetriesWhatTheBrokenSignInStopped() {
    SocialAccount x = brokenX();
    retryReport =
        new RetryReport(
            List.of(PostId.random(), PostId.random()),
            List.of(
                new RetryReport.Skipped(
                    PostId.random(),
                    "POST_RULES",
                    "X allows 280 characters; this caption has 301.")));
    AccountsViewModel model = model(true);
    model.load();

    model.reconnect(ROMA.id(), Network.X);
    assertThat(opened).singleElement().asString().contains("X-" + ROMA.id());
    signedInAgain(x);
    model.returnedToApp();

    assertThat(retriedAccounts).containsExactly(x.id());
    assertThat(model.remote().noticeProperty().get())
        .isEqualTo(
            "Reconnected: 1 account of Trattoria Roma works again. 2 posts it stopped are"
                + " publishing again. 1 post needs a change first: X allows 280 characters; this"
                + " caption has 301.");
    assertThat(syncs).hasValue(1);
  }

  @Test
  void aRetryThatCannotReachTheServerStillSaysTheReconnectWorked() {
    SocialAccount x = brokenX();
    retryDown = true;
    AccountsViewModel model = model(true);
    model.load();
    model.reconnect(ROMA.id(), Network.X);
    signedInAgain(x);

    model.returnedToApp();

    assertThat(model.remote().noticeProperty().get())
        .startsWith(
            "Reconnected: 1 account of Trattoria Roma works again. The posts it stopped were not sent again (")
        .endsWith("): open each in History and publish it now.");
  }

  @Test
  void reconnectingABrandNotOnThisComputerSaysToSyncFirst() {
    AccountsViewModel model = model(true);
    model.reconnect(BrandId.random(), Network.X);
    assertThat(model.remote().errorProperty().get()).contains("sync, then try again");
    assertThat(opened).isEmpty();
  }

  @Test
  void checkNowAsksTheServerAndSaysHowManyAccountsNeedAttention() {
    SocialAccount x = account(ROMA, Network.X, "@TrattoriaRoma");
    SocialAccount linkedIn = account(SOLE, Network.LINKEDIN, "Gelateria Sole");
    server.add(x);
    server.add(linkedIn);
    AccountsViewModel model = model(true);
    model.load();

    model.checkNow();
    assertThat(checks).isEqualTo(1);
    assertThat(model.remote().noticeProperty().get())
        .isEqualTo("Checked with the platforms: every account works.");

    health.add(
        new TokenHealth(
            linkedIn.id(),
            SOLE.id(),
            Network.LINKEDIN,
            linkedIn.displayName(),
            TokenHealth.State.EXPIRING,
            Instant.parse("2026-12-13T10:00:00Z"),
            "LinkedIn access ends on 13 Dec 2026 and LinkedIn does not renew it by itself.",
            "Reconnect the LinkedIn page"));
    model.checkNow();
    assertThat(checks).isEqualTo(2);
    assertThat(model.brands().get(0).needingAttention()).isEqualTo(1);
    assertThat(model.remote().noticeProperty().get())
        .isEqualTo("Checked with the platforms: 1 account needs attention.");
  }

  @Test
  void membersMayNotConnectOrDisconnect() {
    SocialAccount x = account(ROMA, Network.X, "@TrattoriaRoma");
    server.add(x);
    AccountsViewModel model = model(false);
    model.load();

    model.connect(ROMA, Network.X);
    model.disconnect(x);

    assertThat(opened).isEmpty();
    assertThat(disconnected).isEmpty();
  }

  @Test
  void aServerWithoutOAuthConnectSaysSoInWords() {
    oldServer = true;
    AccountsViewModel model = model(true);
    model.load();

    model.connect(ROMA, Network.LINKEDIN);

    assertThat(opened).isEmpty();
    assertThat(model.remote().errorProperty().get())
        .isEqualTo(
            "This server cannot connect LinkedIn accounts yet: update the Autoposter server, or"
                + " connect the sandbox to try publishing.");
  }
}
