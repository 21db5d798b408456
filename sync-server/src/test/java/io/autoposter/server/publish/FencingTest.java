package io.autoposter.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.state.SimulatedNetwork;
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
 * Claims, leases and fences against X on the simulator: a worker whose claim went stale never
 * reaches the platform, and a call whose worker vanished is reconciled, never sent again blindly.
 * The clock is moved by hand; a "paused" worker is one the test stops between its claim and its
 * run.
 */
class FencingTest {
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
    engine.connectX(agency, brand);
  }

  @AfterEach
  void close() {
    engine.close();
    sim.reset();
  }

  private PostId duePost(String text) {
    PostId post = engine.post(agency, brand, text, Set.of(Network.X), clock.instant(), List.of());
    assertThat(engine.planning.plan(post)).isTrue();
    return post;
  }

  /** What a worker leaves behind when it dies right after committing its attempt. */
  private void startCallAndDie(Claim claim) {
    engine.database.inTransaction(
        tx -> {
          assertThat(
                  engine.targets.startCall(
                      tx,
                      claim.target(),
                      claim.fence(),
                      clock.instant().plus(engine.settings.callLease()),
                      clock.instant()))
              .isTrue();
          engine.attempts.insert(tx, claim.target(), claim.fence(), "worker-a", clock.instant());
          return null;
        });
  }

  private long tweets() {
    return sim.published().count(SimulatedNetwork.X);
  }

  @Test
  void aWorkerWhoseClaimWasTakenOverNeverCallsThePlatform() {
    PostId post = duePost("Pasta night at 8");
    Claim paused = engine.claims.claimDue("worker-a", 10).getFirst();

    clock.advance(engine.settings.claimLease().plusSeconds(1)); // worker A sleeps past its lease
    Claim taken = engine.claims.claimDue("worker-b", 10).getFirst();
    assertThat(taken.fence()).isGreaterThan(paused.fence());
    assertThat(engine.worker("worker-b").run(taken)).isEqualTo(TargetState.PUBLISHED);
    TargetState resumed = engine.worker("worker-a").run(paused);

    assertThat(resumed).as("the stale worker stops before calling").isEqualTo(TargetState.CLAIMED);
    assertThat(tweets()).isEqualTo(1);
    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(engine.attemptsOf(target.id()))
        .extracting(AttemptRepository.Attempt::fence, AttemptRepository.Attempt::worker)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(taken.fence(), "worker-b"));
    assertThat(engine.stored(post).status()).isEqualTo(PostStatus.PUBLISHED);
    assertThat(engine.claims.nextTakeable()).as("nothing left to wake up for").isEmpty();
  }

  @Test
  void aWorkerWhoseLeaseRanOutDoesNotCallEvenWhenNobodyTookOver() {
    PostId post = duePost("Risotto Tuesday");
    Claim paused = engine.claims.claimDue("worker-a", 10).getFirst();
    clock.advance(engine.settings.claimLease().plusMillis(1));

    assertThat(engine.worker("worker-a").run(paused)).isEqualTo(TargetState.CLAIMED);
    assertThat(tweets()).isZero();
    assertThat(engine.attemptsOf(engine.only(agency, post).id())).isEmpty();

    // The target is claimable again and goes out once.
    assertThat(engine.drain(engine.worker("worker-b"))).isEqualTo(1);
    assertThat(engine.only(agency, post).state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(tweets()).isEqualTo(1);
  }

  @Test
  void twoWorkersClaimingTogetherGetEachTargetOnce() {
    for (int i = 0; i < 6; i++) {
      duePost("Special number " + i);
    }
    List<Claim> a = engine.claims.claimDue("worker-a", 3);
    List<Claim> b = engine.claims.claimDue("worker-b", 10);

    assertThat(a).hasSize(3);
    assertThat(b).hasSize(3);
    assertThat(a)
        .extracting(Claim::target)
        .doesNotContainAnyElementsOf(b.stream().map(Claim::target).toList());
  }

  @Test
  void aCallWhoseWorkerDiedIsReconciledAndFoundNotSentAgain() {
    PostId post = duePost("Tiramisu for everyone");
    Claim claim = engine.claims.claimDue("worker-a", 10).getFirst();
    // Worker A committed its attempt, sent the tweet, and died before recording the answer.
    startCallAndDie(claim);
    sim.published()
        .add(
            SimulatedNetwork.X,
            sim.seed().xUser().id(),
            "1900000000000000001",
            io.autoposter.simulator.state.PublishedItem.Kind.TWEET,
            "Tiramisu for everyone",
            java.util.Optional.empty(),
            List.of(),
            java.util.Optional.empty(),
            java.time.Instant.now(),
            sim.baseUri() + "/_sim/posts/1900000000000000001");

    assertThat(engine.claims.claimDue("worker-b", 10)).as("its lease has not run out").isEmpty();
    clock.advance(engine.settings.callLease().plusSeconds(1));
    assertThat(engine.claims.claimDue("worker-b", 10))
        .as("moved to UNKNOWN, not claimed")
        .isEmpty();
    assertThat(engine.only(agency, post).state()).isEqualTo(TargetState.UNKNOWN);
    engine.drain(engine.worker("worker-b"));

    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(target.platformPostId()).isEqualTo("1900000000000000001");
    assertThat(tweets()).isEqualTo(1);
  }

  @Test
  void aCallWhoseWorkerDiedBeforeSendingIsSentOnceAfterReconciliation() {
    PostId post = duePost("Gnocchi are back");
    Claim claim = engine.claims.claimDue("worker-a", 10).getFirst();
    startCallAndDie(claim);
    clock.advance(engine.settings.callLease().plusSeconds(1));
    engine.claims.claimDue("worker-b", 10); // CALLING past its lease → UNKNOWN

    engine.drain(engine.worker("worker-b")); // read-back: not there → SCHEDULED with backoff
    assertThat(engine.only(agency, post).state()).isEqualTo(TargetState.SCHEDULED);
    assertThat(tweets()).isZero();
    clock.advance(Duration.ofMinutes(1));
    engine.drain(engine.worker("worker-b"));

    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(target.attempts()).isEqualTo(2);
    assertThat(tweets()).isEqualTo(1);
  }

  @Test
  void aDroppedAnswerIsReconciledInsteadOfResent() {
    PostId post = duePost("Dropped but delivered");
    sim.faults()
        .dropAfterCommit(
            io.autoposter.simulator.faults.FaultScope.of(SimulatedNetwork.X),
            io.autoposter.simulator.faults.Trigger.next(1));

    engine.drain(engine.worker("worker-a"));

    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(target.attempts()).isEqualTo(1);
    assertThat(target.permalink()).contains("/i/web/status/" + target.platformPostId());
    assertThat(tweets()).isEqualTo(1);
  }

  @Test
  void aPersonsRetryOfAnOutcomeNobodyLearnedAsksThePlatformFirst() {
    PostId post = duePost("Delivered, but nobody heard");
    sim.faults()
        .dropAfterCommit(
            io.autoposter.simulator.faults.FaultScope.of(SimulatedNetwork.X),
            io.autoposter.simulator.faults.Trigger.next(1));
    Claim claim = engine.claims.claimDue("worker-a", 10).getFirst();
    assertThat(engine.worker("worker-a").run(claim)).isEqualTo(TargetState.UNKNOWN); // answer lost
    String down =
        sim.faults()
            .serverErrors(
                io.autoposter.simulator.faults.FaultScope.of(SimulatedNetwork.X),
                503,
                io.autoposter.simulator.faults.Trigger.always());
    for (int round = 0; round < 12; round++) { // every read-back fails until the engine gives up
      clock.advance(Duration.ofMinutes(5));
      engine.drain(engine.worker("worker-a"));
    }
    PublishTarget stuck = engine.only(agency, post);
    assertThat(stuck.state()).isEqualTo(TargetState.NEEDS_ATTENTION);
    assertThat(stuck.errorCode()).isEqualTo(PlatformError.OUTCOME_UNKNOWN.name());
    assertThat(tweets()).isEqualTo(1);

    // X answers again; a person presses "publish now" (the post due again, planned again).
    sim.faults().remove(down);
    engine.database.inTransaction(
        tx -> {
          var stored = engine.posts.find(tx, post).orElseThrow();
          engine.posts.update(
              tx,
              stored.post().withStatus(PostStatus.SCHEDULED, "").withDueAt(clock.instant()),
              stored.version() + 1,
              new io.autoposter.model.sync.HybridTimestamp(clock.millis(), 9, "person"),
              stored.merge(),
              clock.instant());
          return null;
        });
    assertThat(engine.planning.plan(post)).isTrue();
    assertThat(engine.only(agency, post).state())
        .as("asked before anything is sent")
        .isEqualTo(TargetState.UNKNOWN);
    engine.drain(engine.worker("worker-b"));

    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(tweets()).as("found on the timeline, not sent twice").isEqualTo(1);
    assertThat(engine.stored(post).status()).isEqualTo(PostStatus.PUBLISHED);
  }

  @Test
  void aPostFoundBeyondItsGraceWindowIsHeld() {
    PostId post =
        engine.post(
            agency, brand, "Yesterday's lunch", Set.of(Network.X), clock.instant(), List.of());
    clock.advance(Duration.ofMinutes(16));
    engine.planning.plan(post);

    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.HELD_LATE);
    assertThat(engine.stored(post).status()).isEqualTo(PostStatus.NEEDS_ATTENTION);
    assertThat(engine.stored(post).outcome())
        .isEqualTo(
            "X: the post for @trattoriaroma is held because Autoposter found it after its grace"
                + " window. Publish now or reschedule.");
    assertThat(engine.drain(engine.worker("worker-a"))).isZero();
    assertThat(tweets()).isZero();
  }

  @Test
  void aPostWithinItsGraceWindowStillGoesOut() {
    PostId post =
        engine.post(agency, brand, "A little late", Set.of(Network.X), clock.instant(), List.of());
    clock.advance(Duration.ofMinutes(14));
    engine.planning.plan(post);
    engine.drain(engine.worker("worker-a"));

    assertThat(engine.only(agency, post).state()).isEqualTo(TargetState.PUBLISHED);
  }
}
