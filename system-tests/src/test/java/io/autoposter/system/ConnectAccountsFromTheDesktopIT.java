package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.accounts.AccountsViewModel;
import io.autoposter.desktop.accounts.BrandAccounts;
import io.autoposter.desktop.app.DesktopContext;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's "Done when", as a new user of the demo does it, with the real desktop code, the real
 * server and the platform simulator over HTTP: on the Accounts screen connect a Facebook Page with
 * its Instagram account, a LinkedIn page and an X account to a brand (each through the browser and
 * the server's result page), see them all healthy, watch LinkedIn turn "expiring" when the
 * simulator shortens its lifetime and "Check now" is pressed, reconnect it and see it healthy.
 */
class ConnectAccountsFromTheDesktopIT {
  private static final String PAGE = "FACEBOOK:104000000000001";
  private static final String INSTAGRAM = "INSTAGRAM:17841400000000001";
  private static final String LINKEDIN_PAGE = "LINKEDIN:urn:li:organization:90000001";

  @TempDir Path serverDir;
  @TempDir Path desktopDir;

  @Test
  void connectSeeHealthyWatchExpiringReconnect() throws Exception {
    try (PlatformSimulator sim =
            PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
        RunningServer server =
            RunningServer.startWithDemoAgency(serverDir, sim.autoposterServerSettings());
        DesktopContext desktop = DesktopContext.open(desktopDir, server.url())) {
      desktop.signIn(RunningServer.DEMO_EMAIL, RunningServer.DEMO_PASSWORD);
      desktop.syncEngine().syncNow();
      Brand roma =
          desktop.brands().stream()
              .filter(b -> b.name().equals("Trattoria Roma"))
              .findFirst()
              .orElseThrow();
      ConsentBrowser browser = new ConsentBrowser();
      AccountsViewModel accounts =
          new AccountsViewModel(
              desktop::brands,
              desktop.accountsServer(),
              browser,
              true,
              TaskExecutor.sameThread(),
              () -> {},
              desktop.accountHealth());
      accounts.load();

      // 1. Connect: Facebook Page with its Instagram account, one LinkedIn page, the X account.
      browser.ticking(box -> box.equals(PAGE) || box.equals(INSTAGRAM));
      accounts.connect(roma, Network.FACEBOOK);
      assertThat(browser.lastPage()).contains("Connected");
      accounts.returnedToApp();
      assertThat(notice(accounts)).isEqualTo("Connected 2 accounts to Trattoria Roma.");

      browser.ticking(LINKEDIN_PAGE::equals);
      accounts.connect(roma, Network.LINKEDIN);
      accounts.returnedToApp();
      assertThat(notice(accounts)).isEqualTo("Connected 1 account to Trattoria Roma.");

      browser.ticking(box -> true);
      accounts.connect(roma, Network.X);
      accounts.returnedToApp();
      assertThat(notice(accounts)).isEqualTo("Connected 1 account to Trattoria Roma.");

      // 2. All of them healthy.
      BrandAccounts connected = of(accounts, roma);
      assertThat(oauthAccounts(connected))
          .extracting(SocialAccount::network, SocialAccount::displayName)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(Network.FACEBOOK, "Trattoria Roma"),
              org.assertj.core.groups.Tuple.tuple(Network.INSTAGRAM, "@trattoriaroma"),
              org.assertj.core.groups.Tuple.tuple(Network.LINKEDIN, "Trattoria Roma"),
              org.assertj.core.groups.Tuple.tuple(Network.X, "@trattoriaroma"));
      assertThat(oauthAccounts(connected))
          .allSatisfy(
              a ->
                  assertThat(connected.healthOf(a))
                      .map(TokenHealth::state)
                      .hasValue(TokenHealth.State.HEALTHY));

      // 3. The simulator shortens LinkedIn's sign-in to 10 days; "Check now" shows it expiring.
      sim.tokens()
          .shorten(SimulatedNetwork.LINKEDIN, null, IssuedToken.Kind.REFRESH, Duration.ofDays(10));
      accounts.checkNow();
      assertThat(notice(accounts))
          .isEqualTo("Checked with the platforms: 1 account needs attention.");
      TokenHealth linkedIn = health(of(accounts, roma), Network.LINKEDIN);
      assertThat(linkedIn.state()).isEqualTo(TokenHealth.State.EXPIRING);
      assertThat(linkedIn.reconnectBy())
          .isBetween(
              Instant.now().plus(Duration.ofDays(9)), Instant.now().plus(Duration.ofDays(11)));
      assertThat(linkedIn.fix()).isEqualTo("Reconnect the LinkedIn page");
      assertThat(health(of(accounts, roma), Network.X).state())
          .isEqualTo(TokenHealth.State.HEALTHY);

      // 4. Reconnect it: a new consent, the same account, healthy again.
      browser.ticking(LINKEDIN_PAGE::equals);
      accounts.connect(roma, Network.LINKEDIN);
      accounts.returnedToApp();
      assertThat(notice(accounts))
          .isEqualTo("Reconnected: 1 account of Trattoria Roma works again.");
      BrandAccounts after = of(accounts, roma);
      assertThat(oauthAccounts(after)).hasSize(4);
      assertThat(health(after, Network.LINKEDIN).state()).isEqualTo(TokenHealth.State.HEALTHY);

      // No platform token reached the desktop's database.
      assertNoTokenIn(desktopDir, sim);
    }
  }

  private static String notice(AccountsViewModel accounts) {
    assertThat(accounts.remote().errorProperty().get()).as("error shown").isNullOrEmpty();
    return accounts.remote().noticeProperty().get();
  }

  private static BrandAccounts of(AccountsViewModel accounts, Brand brand) {
    return accounts.brands().stream()
        .filter(b -> b.brand().id().equals(brand.id()))
        .findFirst()
        .orElseThrow();
  }

  private static List<SocialAccount> oauthAccounts(BrandAccounts brand) {
    return brand.accounts().stream().filter(a -> a.network() != Network.SANDBOX).toList();
  }

  private static TokenHealth health(BrandAccounts brand, Network network) {
    SocialAccount account =
        brand.accounts().stream().filter(a -> a.network() == network).findFirst().orElseThrow();
    return brand.healthOf(account).orElseThrow();
  }

  /**
   * Every file the desktop wrote (H2 database, session) is free of every token the platforms
   * issued.
   */
  private static void assertNoTokenIn(Path desktopDir, PlatformSimulator sim) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(desktopDir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    List<String> tokens = sim.tokens().all().stream().map(IssuedToken::value).toList();
    assertThat(tokens).isNotEmpty();
    for (Path file : files) {
      String content =
          new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
      for (String token : tokens) {
        assertThat(content).as(file + " holds a platform token").doesNotContain(token);
      }
    }
  }
}
