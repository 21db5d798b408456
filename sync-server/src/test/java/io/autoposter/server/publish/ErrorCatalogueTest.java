package io.autoposter.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.faults.FaultScope;
import io.autoposter.simulator.faults.Trigger;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each simulator fault ends in its curated message (the words people read, with the fix) and the
 * state the catalogue promises: permanent errors FAILED, throttling retried by itself, unknown
 * outcomes reconciled.
 */
class ErrorCatalogueTest {
  private static final String PAGE = "104000000000001";
  static PlatformSimulator sim;

  @TempDir Path dir;
  TestClock clock;
  EngineFixture engine;
  AgencyId agency;
  BrandId brand;

  @BeforeAll
  static void startSimulator() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0));
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
  }

  @BeforeEach
  void open() {
    clock = new TestClock();
    engine = EngineFixture.h2(dir, sim, clock, EngineFixture.quick());
    agency = engine.agency();
    brand = engine.brand(agency);
  }

  @AfterEach
  void close() {
    engine.close();
    sim.reset();
  }

  private PublishTarget publish(Network network, String text) {
    PostId post = engine.post(agency, brand, text, Set.of(network), clock.instant(), List.of());
    engine.planning.plan(post);
    engine.drain(engine.worker("worker"));
    return engine.only(agency, post);
  }

  @Test
  void expiredTokenAsksToReconnect() {
    engine.connectX(agency, brand);
    sim.tokens().expire(SimulatedNetwork.X, sim.seed().xUser().id());

    PublishTarget target = publish(Network.X, "Expired");

    assertThat(target.state()).isEqualTo(TargetState.FAILED);
    assertThat(target.errorCode()).isEqualTo("TOKEN_EXPIRED");
    assertThat(target.errorMessage())
        .isEqualTo(
            "X says Autoposter's access to @trattoriaroma has expired or was revoked. Reconnect"
                + " the account in Accounts.");
    assertThat(engine.stored(target.post()).status()).isEqualTo(PostStatus.FAILED);
    assertThat(engine.stored(target.post()).outcome()).isEqualTo(target.errorMessage());
    assertThat(brokenReason(target))
        .as("the account's health says reconnect")
        .isEqualTo(target.errorMessage());

    sim.reset(); // even with a working platform, the broken account is not called
    PublishTarget next = publish(Network.X, "After expiry");
    assertThat(next.errorCode()).isEqualTo("ACCOUNT_BROKEN");
    assertThat(next.errorMessage())
        .isEqualTo(
            "X needs reconnecting for @trattoriaroma before Autoposter can publish. Reconnect the"
                + " account in Accounts.");
    assertThat(engine.attemptsOf(next.id())).isEmpty();
  }

  private String brokenReason(PublishTarget target) {
    return engine
        .database
        .inTransaction(
            tx ->
                tx.one(
                    "SELECT broken_reason FROM social_accounts WHERE id = ?",
                    row -> row.getString(1),
                    target.account().value()))
        .orElseThrow();
  }

  @Test
  void revokedFacebookTokenAsksToReconnect() {
    engine.connectFacebookPage(agency, brand);
    sim.tokens().revoke(SimulatedNetwork.FACEBOOK, PAGE);

    PublishTarget target = publish(Network.FACEBOOK, "Revoked");

    assertThat(target.errorCode()).isEqualTo("TOKEN_EXPIRED");
    assertThat(target.errorMessage())
        .isEqualTo(
            "Facebook says Autoposter's access to Trattoria Roma has expired or was revoked."
                + " Reconnect the account in Accounts.");
  }

  @Test
  void missingPermissionAsksToReconnectAndGrantIt() {
    engine.connectFacebookPage(agency, brand);
    sim.tokens().dropScope(SimulatedNetwork.FACEBOOK, PAGE, "pages_manage_posts");

    PublishTarget target = publish(Network.FACEBOOK, "No permission");

    assertThat(target.state()).isEqualTo(TargetState.FAILED);
    assertThat(target.errorCode()).isEqualTo("PERMISSION_MISSING");
    assertThat(target.errorMessage())
        .isEqualTo(
            "Facebook did not give Autoposter permission to publish to Trattoria Roma. Reconnect"
                + " the account in Accounts.");
  }

  @Test
  void rateLimitIsRetriedByItselfAndSaysSo() {
    engine.connectFacebookPage(agency, brand);
    sim.faults().rateLimit(FaultScope.of(SimulatedNetwork.FACEBOOK), 613, Trigger.next(1));

    PublishTarget target = publish(Network.FACEBOOK, "Slow down");

    assertThat(target.state()).isEqualTo(TargetState.SCHEDULED);
    assertThat(target.errorCode()).isEqualTo("RATE_LIMITED");
    assertThat(target.errorMessage())
        .isEqualTo(
            "Facebook asked Autoposter to slow down for Trattoria Roma; it tries again by itself.");
    assertThat(target.nextAttemptAt()).isAfter(clock.instant());
    assertThat(engine.stored(target.post()).status()).isEqualTo(PostStatus.PUBLISHING);

    clock.advance(Duration.ofMinutes(1));
    engine.drain(engine.worker("worker"));
    assertThat(engine.only(agency, target.post()).state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(sim.published().count(SimulatedNetwork.FACEBOOK)).isEqualTo(1);
  }

  @Test
  void xRateLimitWaitsForTheWindowToOpen() {
    engine.connectX(agency, brand);
    sim.faults().rateLimit(FaultScope.of(SimulatedNetwork.X), 88, Trigger.next(1));

    PublishTarget target = publish(Network.X, "Too many");

    assertThat(target.state()).isEqualTo(TargetState.SCHEDULED);
    assertThat(target.errorMessage())
        .isEqualTo("X asked Autoposter to slow down for @trattoriaroma; it tries again by itself.");
    assertThat(sim.published().count(SimulatedNetwork.X)).isZero();
  }

  @Test
  void duplicateTextOnXIsRefusedWithTheFix() {
    engine.connectX(agency, brand);
    sim.faults().duplicate(FaultScope.of(SimulatedNetwork.X), Trigger.next(1));

    PublishTarget target = publish(Network.X, "Same again");

    assertThat(target.state()).isEqualTo(TargetState.FAILED);
    assertThat(target.errorCode()).isEqualTo("DUPLICATE");
    assertThat(target.errorMessage())
        .isEqualTo(
            "X refused the post for @trattoriaroma because the same text was published there"
                + " already. Edit the post, then retry.");
  }

  @Test
  void duplicateTextOnLinkedInIsRefusedWithTheFix() {
    engine.connectLinkedIn(agency, brand);
    sim.faults().duplicate(FaultScope.of(SimulatedNetwork.LINKEDIN), Trigger.next(1));

    PublishTarget target = publish(Network.LINKEDIN, "Same again");

    assertThat(target.errorCode()).isEqualTo("DUPLICATE");
    assertThat(target.errorMessage())
        .isEqualTo(
            "LinkedIn refused the post for Trattoria Roma because the same text was published"
                + " there already. Edit the post, then retry.");
  }

  @Test
  void platformOutageIsReconciledThenRetriedOnce() {
    engine.connectX(agency, brand);
    sim.faults().serverErrors(FaultScope.of(SimulatedNetwork.X), 503, Trigger.next(2));
    PostId post =
        engine.post(agency, brand, "Outage", Set.of(Network.X), clock.instant(), List.of());
    engine.planning.plan(post);
    Claim claim = engine.claims.claimDue("worker", 1).getFirst();

    assertThat(engine.worker("worker").run(claim)).isEqualTo(TargetState.UNKNOWN);
    PublishTarget unknown = engine.only(agency, post);
    assertThat(unknown.errorCode()).isEqualTo("PLATFORM_OUTAGE");
    assertThat(unknown.errorMessage())
        .isEqualTo(
            "X is not answering properly for @trattoriaroma right now; it tries again by itself.");
    assertThat(engine.stored(post).outcome())
        .isEqualTo("X (@trattoriaroma): " + unknown.errorMessage());

    // The read-back gets the second 503 (undetermined), then a clean read: not there → retry.
    for (int round = 0;
        round < 6 && engine.only(agency, post).state() != TargetState.PUBLISHED;
        round++) {
      engine.drain(engine.worker("worker"));
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(engine.only(agency, post).state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(sim.published().count(SimulatedNetwork.X)).isEqualTo(1);
  }

  @Test
  void mediaThatIsNotOnTheServerIsNotFetchable() throws Exception {
    engine.connectX(agency, brand);
    var picture = engine.picture(agency, new byte[] {1, 2, 3, 4});
    Files.delete(engine.mediaRoot.resolve(agency.toString()).resolve(picture.sha256()));
    PostId post =
        engine.post(agency, brand, "Photo", Set.of(Network.X), clock.instant(), List.of(picture));
    engine.planning.plan(post);
    engine.drain(engine.worker("worker"));

    PublishTarget target = engine.only(agency, post);
    assertThat(target.errorCode()).isEqualTo("MEDIA_NOT_FETCHABLE");
    assertThat(target.errorMessage())
        .isEqualTo(
            "X could not fetch the picture or video for @trattoriaroma. Replace the picture or"
                + " video, then retry.");
    assertThat(sim.published().count(SimulatedNetwork.X)).isZero();
  }

  @Test
  void anInstagramContainerThatCannotFetchThePictureSaysReplaceIt() {
    engine.connectInstagram(agency, brand);
    sim.conditions()
        .containerPlan(
            null,
            new io.autoposter.simulator.faults.ContainerPlan(
                io.autoposter.simulator.faults.ContainerPlan.Outcome.ERROR, 0));
    PostId post =
        engine.post(
            agency,
            brand,
            "Blurry",
            Set.of(Network.INSTAGRAM),
            clock.instant(),
            List.of(engine.picture(agency, new byte[] {8})));
    engine.planning.plan(post);
    engine.drain(engine.worker("worker"));

    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.FAILED);
    assertThat(target.errorMessage())
        .isEqualTo(
            "Instagram could not fetch the picture or video for @trattoriaroma. Replace the"
                + " picture or video, then retry.");
  }

  @Test
  void instagramQuotaUsedUpIsRetriedByItself() {
    engine.connectInstagram(agency, brand);
    sim.conditions().instagramQuota(null, 0);
    PostId post =
        engine.post(
            agency,
            brand,
            "One too many",
            Set.of(Network.INSTAGRAM),
            clock.instant(),
            List.of(engine.picture(agency, new byte[] {9})));
    engine.planning.plan(post);
    engine.drain(engine.worker("worker"));

    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.SCHEDULED);
    assertThat(target.errorMessage())
        .isEqualTo(
            "Instagram's daily publishing limit for @trattoriaroma is used up; it tries again by"
                + " itself.");
  }

  @Test
  void aNetworkWithoutAccountSaysConnectIt() {
    PublishTarget target = publish(Network.LINKEDIN, "Nobody home");

    assertThat(target.state()).isEqualTo(TargetState.FAILED);
    assertThat(target.errorMessage())
        .isEqualTo("LinkedIn is not connected for this brand — connect it in Accounts.");
  }

  @Test
  void graphCodesMapToTheCatalogue() {
    assertThat(GraphAnswers.map(190, 463, "")).isEqualTo(PlatformError.TOKEN_EXPIRED);
    assertThat(GraphAnswers.map(10, 0, "")).isEqualTo(PlatformError.PERMISSION_MISSING);
    assertThat(GraphAnswers.map(200, 0, "")).isEqualTo(PlatformError.PERMISSION_MISSING);
    assertThat(GraphAnswers.map(613, 0, "")).isEqualTo(PlatformError.RATE_LIMITED);
    assertThat(GraphAnswers.map(9, 2207042, "")).isEqualTo(PlatformError.QUOTA_EXCEEDED);
    assertThat(GraphAnswers.map(9004, 2207052, "")).isEqualTo(PlatformError.MEDIA_NOT_FETCHABLE);
    assertThat(GraphAnswers.map(36003, 2207009, "")).isEqualTo(PlatformError.MEDIA_WRONG_RATIO);
    assertThat(GraphAnswers.map(506, 0, "")).isEqualTo(PlatformError.DUPLICATE);
    assertThat(PlatformError.MEDIA_WRONG_RATIO.message(Network.INSTAGRAM, "@trattoriaroma"))
        .isEqualTo(
            "Instagram refused the shape of the picture for @trattoriaroma (its width-to-height"
                + " ratio). Crop the picture to a shape the network accepts, then retry.");
  }

  @Test
  void everyErrorHasAMessageAndOnlyThrottlingRetriesByItself() {
    for (PlatformError error : PlatformError.values()) {
      assertThat(error.message(Network.X, "@shop")).isNotBlank().doesNotContain("%s");
    }
    assertThat(
            java.util.Arrays.stream(PlatformError.values()).filter(PlatformError::retriesByItself))
        .containsExactlyInAnyOrder(
            PlatformError.RATE_LIMITED,
            PlatformError.QUOTA_EXCEEDED,
            PlatformError.PLATFORM_OUTAGE);
  }
}
