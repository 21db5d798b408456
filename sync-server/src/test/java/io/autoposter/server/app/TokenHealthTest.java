package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.TokenHealth;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Token health and the refresher against the simulator: HEALTHY → EXPIRING when the platform
 * shortens a lifetime → BROKEN after expiry or revocation; curated permission problems; X refresh
 * rotation (the old refresh token is spent at X afterwards), also fired by the refresher's timer.
 */
class TokenHealthTest {
  private static final TypeReference<List<TokenHealth>> HEALTH = new TypeReference<>() {};
  private static final String PAGE = "104000000000001";

  @TempDir static Path dataDir;
  static PlatformSimulator sim;
  static TestServer server;
  static OAuthBrowser browser;
  SessionResponse owner;
  Brand brand;

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

  @BeforeEach
  void agency() {
    owner = server.register("Health");
    brand = server.createBrand(owner.token(), "Trattoria Roma");
  }

  @AfterEach
  void forgetPlatformState() {
    // Accounts connected by earlier tests are broken now (their tokens are gone): that is fine.
    sim.reset();
  }

  @Test
  void facebookTurnsExpiringWhenTheLifetimeShrinksThenBrokenWhenRevoked() {
    browser.connectAll(owner.token(), brand.id(), Network.FACEBOOK);
    assertThat(health()).extracting(TokenHealth::state).containsOnly(TokenHealth.State.HEALTHY);

    // The page's token and its manager's user token now end in 5 days.
    sim.tokens()
        .shorten(SimulatedNetwork.FACEBOOK, PAGE, IssuedToken.Kind.ACCESS, Duration.ofDays(5));
    long userTokensBefore = facebookUserTokens();
    server.tokenRefresher().checkAll();
    TokenHealth page = of("Trattoria Roma", Network.FACEBOOK);
    assertThat(page.state()).isEqualTo(TokenHealth.State.EXPIRING);
    assertThat(page.reconnectBy())
        .isBetween(Instant.now().plus(Duration.ofDays(4)), Instant.now().plus(Duration.ofDays(6)));
    assertThat(page.fix()).isEqualTo("Reconnect the Facebook Page");
    assertThat(of("@trattoriaroma", Network.INSTAGRAM).state())
        .isEqualTo(TokenHealth.State.EXPIRING);
    // The user token was renewed by a long-lived exchange, once for the whole sign-in: the other
    // page, whose own token was not shortened, is healthy again for about 60 days.
    assertThat(facebookUserTokens()).isEqualTo(userTokensBefore + 1);
    TokenHealth other = of("Gelateria Sole", Network.FACEBOOK);
    assertThat(other.state()).isEqualTo(TokenHealth.State.HEALTHY);
    assertThat(other.reconnectBy()).isAfter(Instant.now().plus(Duration.ofDays(50)));

    sim.tokens().revoke(SimulatedNetwork.FACEBOOK, PAGE);
    server.tokenRefresher().checkAll();
    TokenHealth broken = of("Trattoria Roma", Network.FACEBOOK);
    assertThat(broken.state()).isEqualTo(TokenHealth.State.BROKEN);
    assertThat(broken.reason()).contains("190");
  }

  @Test
  void anExpiredFacebookTokenIsBroken() {
    browser.connectAll(owner.token(), brand.id(), Network.FACEBOOK);
    sim.tokens().expire(SimulatedNetwork.FACEBOOK, PAGE);
    server.tokenRefresher().checkAll();
    assertThat(of("Trattoria Roma", Network.FACEBOOK).state()).isEqualTo(TokenHealth.State.BROKEN);
  }

  @Test
  void instagramWithoutContentPublishGetsTheCuratedMessage() {
    sim.conditions().withhold(SimulatedNetwork.FACEBOOK, "instagram_content_publish");
    String page = browser.resultPage(owner.token(), brand.id(), Network.FACEBOOK);
    assertThat(page).contains("grant &#39;instagram_content_publish&#39; when reconnecting");
    browser.attach(page, OAuthBrowser.boxes(page));
    TokenHealth instagram = of("@trattoriaroma", Network.INSTAGRAM);
    assertThat(instagram.state()).isEqualTo(TokenHealth.State.BROKEN);
    assertThat(instagram.reason())
        .isEqualTo(
            "Autoposter may not publish to this Instagram account: grant"
                + " 'instagram_content_publish' when reconnecting");
    assertThat(instagram.fix()).isEqualTo("Reconnect the Facebook Page");
    assertThat(of("Trattoria Roma", Network.FACEBOOK).state()).isEqualTo(TokenHealth.State.HEALTHY);
  }

  @Test
  void linkedInTurnsExpiringAsTheRefreshTokenNearsItsEnd() {
    browser.connectAll(owner.token(), brand.id(), Network.LINKEDIN);
    assertThat(health()).extracting(TokenHealth::state).containsOnly(TokenHealth.State.HEALTHY);
    sim.tokens()
        .shorten(SimulatedNetwork.LINKEDIN, null, IssuedToken.Kind.REFRESH, Duration.ofDays(10));
    server.tokenRefresher().checkAll();
    assertThat(health()).extracting(TokenHealth::state).containsOnly(TokenHealth.State.EXPIRING);
    assertThat(health().getFirst().reason()).contains("does not renew it by itself");

    sim.tokens().revoke(SimulatedNetwork.LINKEDIN, null);
    server.tokenRefresher().checkAll();
    assertThat(health()).extracting(TokenHealth::state).containsOnly(TokenHealth.State.BROKEN);
  }

  @Test
  void checkNowAsksThePlatformsAtOnceButNotTwiceWithinHalfAMinute() {
    browser.connectAll(owner.token(), brand.id(), Network.LINKEDIN);
    sim.tokens()
        .shorten(SimulatedNetwork.LINKEDIN, null, IssuedToken.Kind.REFRESH, Duration.ofDays(3));
    assertThat(health()).extracting(TokenHealth::state).containsOnly(TokenHealth.State.HEALTHY);

    Reply checked = server.post("/api/v1/accounts/token-health/check", owner.token(), "");
    assertThat(checked.status()).as(checked.body()).isEqualTo(200);
    assertThat(checked.as(HEALTH))
        .extracting(TokenHealth::state)
        .containsOnly(TokenHealth.State.EXPIRING);

    sim.tokens().revoke(SimulatedNetwork.LINKEDIN, null);
    Reply again = server.post("/api/v1/accounts/token-health/check", owner.token(), "");
    assertThat(again.as(HEALTH))
        .as("a second check within 30 s does not ask LinkedIn")
        .extracting(TokenHealth::state)
        .containsOnly(TokenHealth.State.EXPIRING);
  }

  @Test
  void xRefreshRotatesAndTheOldRefreshTokenIsSpent() throws Exception {
    browser.connectAll(owner.token(), brand.id(), Network.X);
    String first = activeXRefreshToken();

    server.tokenRefresher().checkAll();
    String second = activeXRefreshToken();
    assertThat(second).isNotEqualTo(first);
    assertThat(xTokenState(first)).isEqualTo(IssuedToken.State.ROTATED);
    assertThat(refreshAtX(first)).isEqualTo(400);

    // The new refresh token was stored: the next refresh spends it.
    server.tokenRefresher().checkAll();
    assertThat(xTokenState(second)).isEqualTo(IssuedToken.State.ROTATED);
    assertThat(health()).extracting(TokenHealth::state).containsOnly(TokenHealth.State.HEALTHY);
  }

  /**
   * The crash between receiving a new token and storing it (docs/oauth-connect.md): the refresh
   * transactions roll back after the platforms answered. X had already spent the old refresh token,
   * so the X sign-in is lost and the account turns BROKEN at the next check; LinkedIn does not
   * rotate, so its next refresh simply works.
   */
  @Test
  void aCrashBeforeTheNewTokensAreStoredLosesTheXSignInButNotLinkedIns() {
    browser.connectAll(owner.token(), brand.id(), Network.X);
    browser.connectAll(owner.token(), brand.id(), Network.LINKEDIN);
    String spent = activeXRefreshToken();
    ServerSql sql = new ServerSql(dataDir);
    // Every token write now fails, as if the process died before the commit.
    sql.update(
        "ALTER TABLE social_account_tokens ADD CONSTRAINT crash_before_commit CHECK (updated_at <"
            + " TIMESTAMP WITH TIME ZONE '2001-01-01 00:00:00+00') NOCHECK");
    try {
      server.tokenRefresher().checkAll();
    } finally {
      sql.update("ALTER TABLE social_account_tokens DROP CONSTRAINT crash_before_commit");
    }
    assertThat(xTokenState(spent))
        .as("X spent the refresh token we still hold")
        .isEqualTo(IssuedToken.State.ROTATED);

    server.tokenRefresher().checkAll();
    TokenHealth x =
        health().stream().filter(h -> h.network() == Network.X).findFirst().orElseThrow();
    assertThat(x.state()).isEqualTo(TokenHealth.State.BROKEN);
    assertThat(x.reason()).contains("X refused to refresh the token");
    assertThat(health())
        .filteredOn(h -> h.network() == Network.LINKEDIN)
        .isNotEmpty()
        .extracting(TokenHealth::state)
        .containsOnly(TokenHealth.State.HEALTHY);
  }

  @Test
  void theTimerRefreshesXWhenItsCheckFallsDue() {
    browser.connectAll(owner.token(), brand.id(), Network.X);
    String first = activeXRefreshToken();
    new ServerSql(dataDir)
        .update(
            "UPDATE social_accounts SET next_check_at = ? WHERE agency_id = ? AND network = 'X'",
            Instant.now().plusSeconds(1).atOffset(java.time.ZoneOffset.UTC),
            owner.agencyId().value());
    // Connecting anything re-arms the timer for the earliest check.
    browser.connectAll(owner.token(), brand.id(), Network.LINKEDIN);
    Eventually.await(
        "X refreshed by the timer",
        Duration.ofSeconds(20),
        () ->
            xTokenState(first) == IssuedToken.State.ROTATED ? Optional.of(true) : Optional.empty());
  }

  @Test
  void aRevokedXTokenIsBroken() {
    browser.connectAll(owner.token(), brand.id(), Network.X);
    sim.tokens().revoke(SimulatedNetwork.X, null);
    server.tokenRefresher().checkAll();
    TokenHealth x = health().getFirst();
    assertThat(x.state()).isEqualTo(TokenHealth.State.BROKEN);
    assertThat(x.reason()).contains("X refused to refresh the token");
    assertThat(x.fix()).isEqualTo("Reconnect the X account");
  }

  private List<TokenHealth> health() {
    Reply reply = server.get("/api/v1/accounts/token-health", owner.token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.as(HEALTH);
  }

  private TokenHealth of(String name, Network network) {
    return health().stream()
        .filter(h -> h.displayName().equals(name) && h.network() == network)
        .findFirst()
        .orElseThrow();
  }

  private static long facebookUserTokens() {
    return sim.tokens().all().stream()
        .filter(t -> t.network() == SimulatedNetwork.FACEBOOK && t.account().isEmpty())
        .filter(t -> t.kind() == IssuedToken.Kind.ACCESS)
        .count();
  }

  private static String activeXRefreshToken() {
    return sim.tokens().all().stream()
        .filter(t -> t.network() == SimulatedNetwork.X)
        .filter(t -> t.kind() == IssuedToken.Kind.REFRESH && t.state() == IssuedToken.State.ACTIVE)
        .map(IssuedToken::value)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static IssuedToken.State xTokenState(String value) {
    return sim.tokens().find(value).orElseThrow().state();
  }

  private static int refreshAtX(String refreshToken) throws Exception {
    String basic =
        SimulatorSettings.DEMO_X.clientId() + ":" + SimulatorSettings.DEMO_X.clientSecret();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sim.baseUri() + "/2/oauth2/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=refresh_token&refresh_token=" + refreshToken))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
