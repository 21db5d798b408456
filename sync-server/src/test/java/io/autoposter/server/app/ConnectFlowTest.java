package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole connect flow per network against the platform simulator over real HTTP: connect → start
 * (302) → authorize (auto-approve) → callback → result page → attach → accounts listed, tokens in
 * the vault and in no API answer; disconnect revokes at the platform.
 */
class ConnectFlowTest {
  private static final TypeReference<List<SocialAccount>> ACCOUNTS = new TypeReference<>() {};
  private static final TypeReference<List<TokenHealth>> HEALTH = new TypeReference<>() {};

  @TempDir static Path dataDir;
  static PlatformSimulator sim;
  static TestServer server;
  static OAuthBrowser browser;

  @BeforeAll
  static void start() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
    server = TestServer.start(dataDir, OAuthBrowser.settings(sim));
    browser = new OAuthBrowser(server);
  }

  @AfterAll
  static void stop() {
    server.close();
    sim.close();
  }

  @Test
  void facebookConnectsPagesAndTheirInstagramAccount() {
    SessionResponse owner = server.register("Facebook Agency");
    Brand brand = server.createBrand(owner.token(), "Trattoria Roma");

    URI authorize =
        browser.authorizeUrl(browser.connect(owner.token(), brand.id(), Network.FACEBOOK));
    assertThat(authorize.toString())
        .startsWith(sim.baseUri() + "/v21.0/dialog/oauth?")
        .contains("client_id=" + SimulatorSettings.DEMO_FACEBOOK.clientId())
        .contains("code_challenge_method=S256", "instagram_content_publish", "pages_manage_posts")
        .contains(
            "redirect_uri=http%3A%2F%2F127.0.0.1%3A"
                + server.port()
                + "%2Foauth%2Fcallback%2Ffacebook");
    String page = browser.get(browser.callbackUrl(authorize)).body();
    assertThat(page)
        .contains("Trattoria Roma", "Gelateria Sole", "@trattoriaroma", "Attach to Trattoria Roma");
    assertThat(OAuthBrowser.boxes(page))
        .containsExactlyInAnyOrder(
            "FACEBOOK:104000000000001", "FACEBOOK:104000000000002", "INSTAGRAM:17841400000000001");
    OAuthBrowser.Hop done = browser.attach(page, OAuthBrowser.boxes(page));
    assertThat(done.body())
        .contains("Connected — you can close this window and return to Autoposter");

    List<SocialAccount> connected =
        server.get("/api/v1/accounts/connected", owner.token()).as(ACCOUNTS);
    assertThat(connected)
        .extracting(SocialAccount::network)
        .containsExactlyInAnyOrder(Network.FACEBOOK, Network.FACEBOOK, Network.INSTAGRAM);
    assertThat(server.get("/api/v1/accounts", owner.token()).as(ACCOUNTS)).hasSize(3);
    assertThat(server.get("/api/v1/accounts/token-health", owner.token()).as(HEALTH))
        .extracting(TokenHealth::state)
        .containsOnly(TokenHealth.State.HEALTHY);
    // Page token and long-lived user token per account, encrypted.
    assertThat(
            sql()
                .count(
                    "SELECT COUNT(*) FROM social_account_tokens WHERE agency_id = ?",
                    owner.agencyId().value()))
        .isEqualTo(6);
    assertNoTokenIn(owner.token());
  }

  @Test
  void linkedInConnectsTheOrganizationsTheMemberAdministers() {
    SessionResponse owner = server.register("LinkedIn Agency");
    Brand brand = server.createBrand(owner.token(), "Studio Lumen");
    String page = browser.resultPage(owner.token(), brand.id(), Network.LINKEDIN);
    assertThat(page).contains("Trattoria Roma", "Studio Lumen Yoga");
    browser.attach(page, List.of("LINKEDIN:urn:li:organization:90000002"));

    List<SocialAccount> connected =
        server.get("/api/v1/accounts/connected", owner.token()).as(ACCOUNTS);
    assertThat(connected)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.network()).isEqualTo(Network.LINKEDIN);
              assertThat(a.displayName()).isEqualTo("Studio Lumen Yoga");
            });
    assertThat(
            sql()
                .count(
                    "SELECT COUNT(*) FROM social_account_tokens WHERE agency_id = ? AND kind IN ('ACCESS', 'REFRESH')",
                    owner.agencyId().value()))
        .isEqualTo(2);
    assertNoTokenIn(owner.token());
  }

  @Test
  void xConnectsAndReconnectingUpdatesInsteadOfDuplicating() {
    SessionResponse owner = server.register("X Agency");
    Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
    browser.connectAll(owner.token(), brand.id(), Network.X);
    browser.connectAll(owner.token(), brand.id(), Network.X);

    List<SocialAccount> connected =
        server.get("/api/v1/accounts/connected", owner.token()).as(ACCOUNTS);
    assertThat(connected)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.network()).isEqualTo(Network.X);
              assertThat(a.displayName()).isEqualTo("@trattoriaroma");
            });
    assertNoTokenIn(owner.token());
  }

  @Test
  void disconnectRevokesAtThePlatformAndDeletesOurs() {
    SessionResponse owner = server.register("Disconnect Agency");
    Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
    browser.connectAll(owner.token(), brand.id(), Network.X);
    SocialAccount x =
        server.get("/api/v1/accounts/connected", owner.token()).as(ACCOUNTS).getFirst();
    List<String> issued = xTokens(IssuedToken.State.ACTIVE);

    Reply reply = server.delete("/api/v1/accounts/" + x.id(), owner.token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.body()).contains("\"revokedAtPlatform\":true");
    assertThat(server.get("/api/v1/accounts/connected", owner.token()).as(ACCOUNTS)).isEmpty();
    assertThat(
            sql()
                .count(
                    "SELECT COUNT(*) FROM social_account_tokens WHERE account_id = ?",
                    x.id().value()))
        .isZero();
    assertThat(sim.tokens().all())
        .filteredOn(t -> issued.contains(t.value()))
        .extracting(IssuedToken::state)
        .contains(IssuedToken.State.REVOKED);
    assertThat(server.delete("/api/v1/accounts/" + x.id(), owner.token()).status()).isEqualTo(404);
  }

  @Test
  void disconnectKeepsTheGrantWhileAnotherAccountOfTheSignInUsesIt() {
    SessionResponse owner = server.register("Shared Grant Agency");
    Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
    browser.connectAll(owner.token(), brand.id(), Network.FACEBOOK);
    List<SocialAccount> accounts =
        server.get("/api/v1/accounts/connected", owner.token()).as(ACCOUNTS);
    SocialAccount page = named(accounts, "Trattoria Roma");

    Reply first = server.delete("/api/v1/accounts/" + page.id(), owner.token());
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.body())
        .contains("\"revokedAtPlatform\":false")
        .contains("Facebook access stays for", "Gelateria Sole", "@trattoriaroma");
    assertThat(facebookTokens(IssuedToken.State.REVOKED)).isEmpty();
    // The other accounts of the sign-in still work at the platform.
    server.tokenRefresher().checkAll();
    assertThat(server.get("/api/v1/accounts/token-health", owner.token()).as(HEALTH))
        .hasSize(2)
        .extracting(TokenHealth::state)
        .containsOnly(TokenHealth.State.HEALTHY);

    server.delete("/api/v1/accounts/" + named(accounts, "Gelateria Sole").id(), owner.token());
    Reply last =
        server.delete("/api/v1/accounts/" + named(accounts, "@trattoriaroma").id(), owner.token());
    assertThat(last.body()).contains("\"revokedAtPlatform\":true");
    assertThat(facebookTokens(IssuedToken.State.REVOKED)).isNotEmpty();
    assertThat(server.get("/api/v1/audit?size=50", owner.token()).body())
        .contains("ACCOUNT_DISCONNECTED", "Gelateria Sole", "revoked");
  }

  @Test
  void connectingIsRefusedForInstagramAndTheSandbox() {
    SessionResponse owner = server.register("Refusals Agency");
    Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
    Reply instagram =
        server.post(
            "/api/v1/accounts/connect",
            owner.token(),
            new io.autoposter.model.api.ConnectAccountRequest(brand.id(), Network.INSTAGRAM));
    assertThat(instagram.status()).isEqualTo(422);
    assertThat(instagram.problem().detail())
        .contains("connect through their Facebook Page: choose Facebook");
    Reply sandbox =
        server.post(
            "/api/v1/accounts/connect",
            owner.token(),
            new io.autoposter.model.api.ConnectAccountRequest(brand.id(), Network.SANDBOX));
    assertThat(sandbox.status()).isEqualTo(422);
    assertThat(sandbox.problem().code()).isEqualTo("NETWORK_NOT_CONNECTABLE");
  }

  /** No token the simulator issued appears in anything the API answers. */
  private static void assertNoTokenIn(String token) {
    StringBuilder answers = new StringBuilder();
    for (String path :
        List.of(
            "/api/v1/accounts",
            "/api/v1/accounts/connected",
            "/api/v1/accounts/token-health",
            "/api/v1/audit?size=200")) {
      answers.append(server.get(path, token).body());
    }
    answers.append(new SyncClient(server, token).pull(0, 1000));
    for (IssuedToken issued : sim.tokens().all()) {
      assertThat(answers.toString()).doesNotContain(issued.value());
    }
  }

  private static SocialAccount named(List<SocialAccount> accounts, String name) {
    return accounts.stream().filter(a -> a.displayName().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> facebookTokens(IssuedToken.State state) {
    return sim.tokens().all().stream()
        .filter(t -> t.network() == SimulatedNetwork.FACEBOOK && t.state() == state)
        .map(IssuedToken::value)
        .toList();
  }

  private static List<String> xTokens(IssuedToken.State state) {
    return sim.tokens().all().stream()
        .filter(t -> t.network() == SimulatedNetwork.X && t.state() == state)
        .map(IssuedToken::value)
        .toList();
  }

  private static ServerSql sql() {
    return new ServerSql(dataDir);
  }
}
