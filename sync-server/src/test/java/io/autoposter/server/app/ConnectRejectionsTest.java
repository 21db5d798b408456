package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.api.ConnectAccountRequest;
import io.autoposter.model.api.ConnectAccountStart;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a connect flow must fail, each with a small HTML page (400) that says what happened: a
 * reused or expired state or start link, a PKCE mismatch, a wrong redirect, an answer for another
 * network, a denial; and a network without app credentials (409).
 */
class ConnectRejectionsTest {
  @TempDir static Path dataDir;
  static PlatformSimulator sim;
  static MutableClock clock = MutableClock.startingNow();
  static TestServer server;
  static OAuthBrowser browser;
  SessionResponse owner;
  Brand brand;

  @BeforeAll
  static void start() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
    server = TestServer.start(dataDir, OAuthBrowser.settings(sim), clock);
    browser = new OAuthBrowser(server);
  }

  @AfterAll
  static void stop() {
    server.close();
    sim.close();
  }

  @BeforeEach
  void agency() {
    owner = server.register("Rejections");
    brand = server.createBrand(owner.token(), "Trattoria Roma");
  }

  @Test
  void aStateWorksOnce() {
    URI callback = browser.callbackUrl(browser.authorizeUrl(start(Network.X)));
    assertThat(browser.get(callback).status()).isEqualTo(200);
    OAuthBrowser.Hop again = browser.get(callback);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("already used", "Start again from the Autoposter app");
  }

  @Test
  void aStartLinkWorksOnce() {
    ConnectAccountStart start = start(Network.X);
    browser.authorizeUrl(start);
    OAuthBrowser.Hop again = browser.get(start.startUrl());
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("already used or has expired");
  }

  @Test
  void aStateExpiresAfterTenMinutes() {
    URI callback = browser.callbackUrl(browser.authorizeUrl(start(Network.LINKEDIN)));
    clock.advance(Duration.ofMinutes(11));
    OAuthBrowser.Hop late = browser.get(callback);
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.body()).contains("longer than 10 minutes");
  }

  @Test
  void aStartLinkExpiresAfterTenMinutes() {
    ConnectAccountStart start = start(Network.FACEBOOK);
    clock.advance(Duration.ofMinutes(10).plusSeconds(1));
    assertThat(browser.get(start.startUrl()).status()).isEqualTo(400);
  }

  @Test
  void aTamperedCodeChallengeFailsTheCodeExchange() {
    URI authorize = browser.authorizeUrl(start(Network.X));
    URI tampered =
        OAuthBrowser.withParameter(
            authorize, "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    OAuthBrowser.Hop answer = browser.get(browser.callbackUrl(tampered));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("X did not accept the sign-in");
  }

  @Test
  void aCodeIssuedForAnotherRedirectUriIsRefused() {
    URI authorize = browser.authorizeUrl(start(Network.FACEBOOK));
    URI elsewhere =
        OAuthBrowser.withParameter(authorize, "redirect_uri", "http://attacker.example/cb");
    URI stolen = browser.callbackUrl(elsewhere);
    assertThat(stolen.getHost()).isEqualTo("attacker.example");
    // The code and state delivered to our callback: the platform refuses the exact-URI mismatch.
    OAuthBrowser.Hop answer =
        browser.get(browser.uri("/oauth/callback/facebook?" + stolen.getRawQuery()));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("Facebook did not accept the sign-in");
  }

  @Test
  void anAnswerForAnotherNetworkIsRefused() {
    URI callback = browser.callbackUrl(browser.authorizeUrl(start(Network.X)));
    OAuthBrowser.Hop answer =
        browser.get(browser.uri("/oauth/callback/linkedin?" + callback.getRawQuery()));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("another network");
  }

  @Test
  void anUnknownStateAndADenialAreRefused() {
    assertThat(browser.get(browser.uri("/oauth/callback/x?code=abc&state=forged")).body())
        .contains("does not belong to a sign-in we started");
    URI callback = browser.callbackUrl(browser.authorizeUrl(start(Network.X)));
    URI denied = URI.create(callback.toString().replaceFirst("code=[^&]*", "error=access_denied"));
    OAuthBrowser.Hop answer = browser.get(denied);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("did not grant access (access_denied)");
  }

  @Test
  void anAttachTicketWorksOnce() {
    String page = browser.resultPage(owner.token(), brand.id(), Network.X);
    assertThat(browser.attach(page, OAuthBrowser.boxes(page)).status()).isEqualTo(200);
    OAuthBrowser.Hop again = browser.attach(page, OAuthBrowser.boxes(page));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("once, within 10 minutes");
  }

  @Test
  void aNetworkWithoutAppCredentialsIsNotConfigured(@TempDir Path otherDir) {
    try (TestServer bare = TestServer.start(otherDir, Map.of())) {
      SessionResponse someone = bare.register("Bare");
      Brand theirs = bare.createBrand(someone.token(), "Brand");
      Reply reply =
          bare.post(
              "/api/v1/accounts/connect",
              someone.token(),
              new ConnectAccountRequest(theirs.id(), Network.LINKEDIN));
      assertThat(reply.status()).isEqualTo(409);
      assertThat(reply.problem().code()).isEqualTo("NETWORK_NOT_CONFIGURED");
      assertThat(reply.problem().detail()).contains("autoposter.platforms.linkedin.client-id");
    }
  }

  @Test
  void onlyOwnersAndAdminsConnect() {
    SessionResponse editor =
        server.member(owner.token(), io.autoposter.model.Role.EDITOR, true, java.util.Set.of());
    Reply reply =
        server.post(
            "/api/v1/accounts/connect",
            editor.token(),
            new ConnectAccountRequest(brand.id(), Network.X));
    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void anAdminDemotedBetweenConsentAndAttachAttachesNothing() {
    SessionResponse admin =
        server.member(owner.token(), io.autoposter.model.Role.ADMIN, true, java.util.Set.of());
    String page = browser.resultPage(admin.token(), brand.id(), Network.X);
    Reply demoted =
        server.patch(
            "/api/v1/users/" + admin.userId().value(),
            owner.token(),
            new io.autoposter.model.api.UpdateMemberRequest(
                io.autoposter.model.Role.EDITOR, true, java.util.Set.of()));
    assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);

    OAuthBrowser.Hop attach = browser.attach(page, OAuthBrowser.boxes(page));
    assertThat(attach.status()).isEqualTo(400);
    assertThat(attach.body()).contains("no longer allows connecting accounts");
    assertThat(server.get("/api/v1/accounts/connected", owner.token()).body()).isEqualTo("[]");
  }

  private ConnectAccountStart start(Network network) {
    return browser.connect(owner.token(), brand.id(), network);
  }
}
