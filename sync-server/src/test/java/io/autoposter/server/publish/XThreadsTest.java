package io.autoposter.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.faults.FaultScope;
import io.autoposter.simulator.faults.Trigger;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * X threads (ADR 0018) on the simulator over HTTP: each tweet a reply to the one before, and a
 * thread cut short goes on from its last tweet out, never sending one twice.
 */
class XThreadsTest {
  private static final String THREAD =
      "1/ Our autumn menu is here 🍂\n---\n2/ Pumpkin ravioli, sage butter\n---\n3/ Book: roma.example";

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

  @Test
  void aThreadGoesOutAsRepliesWithThePictureOnTheFirstTweet() {
    MediaRef picture = engine.picture(agency, new byte[] {7});
    PostId post =
        engine.post(agency, brand, THREAD, Set.of(Network.X), clock.instant(), List.of(picture));
    engine.planning.plan(post);

    engine.drain(engine.worker("worker"));

    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    List<PublishedItem> tweets = tweets();
    assertThat(tweets)
        .extracting(PublishedItem::text)
        .containsExactly(
            "1/ Our autumn menu is here 🍂",
            "2/ Pumpkin ravioli, sage butter",
            "3/ Book: roma.example");
    assertThat(tweets.get(0).parentId()).isEmpty();
    assertThat(tweets.get(1).parentId()).contains(tweets.get(0).id());
    assertThat(tweets.get(2).parentId()).contains(tweets.get(1).id());
    assertThat(tweets.get(0).media()).hasSize(1);
    assertThat(tweets.get(1).media()).isEmpty();
    assertThat(target.platformPostId())
        .as("the thread is its first tweet")
        .isEqualTo(tweets.get(0).id());
    assertThat(target.permalink()).endsWith("/i/web/status/" + tweets.get(0).id());
    assertThat(engine.stored(post).status()).isEqualTo(PostStatus.PUBLISHED);
  }

  @Test
  void aThreadWhoseAnswerWasLostIsFoundAndGoesOnFromItsLastTweetOut() {
    PostId post = engine.post(agency, brand, THREAD, Set.of(Network.X), clock.instant(), List.of());
    engine.planning.plan(post);
    // The first tweet is made, its answer lost: the call's outcome is unknown.
    sim.faults().dropAfterCommit(FaultScope.of(SimulatedNetwork.X), Trigger.next(1));
    Claim claim = engine.claims.claimDue("worker", 10).getFirst();
    assertThat(engine.worker("worker").run(claim)).isEqualTo(TargetState.UNKNOWN);
    assertThat(tweets()).hasSize(1);

    // The read-back finds tweet 1, keeps it with the target and proves the rest absent; the retry
    // replies to it with tweets 2 and 3.
    for (int round = 0;
        round < 6 && engine.only(agency, post).state() != TargetState.PUBLISHED;
        round++) {
      clock.advance(Duration.ofMinutes(5));
      engine.drain(engine.worker("worker"));
    }

    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    List<PublishedItem> tweets = tweets();
    assertThat(tweets).as("each tweet once").hasSize(3);
    assertThat(tweets.get(1).parentId()).contains(tweets.get(0).id());
    assertThat(tweets.get(2).parentId()).contains(tweets.get(1).id());
    assertThat(target.platformPostId()).isEqualTo(tweets.get(0).id());
    assertThat(target.attempts()).isEqualTo(2);
  }

  @Test
  void aThreadAllOutBeforeAnyTweetWasKeptIsFoundWholeOnTheTimeline() {
    PostId post = engine.post(agency, brand, THREAD, Set.of(Network.X), clock.instant(), List.of());
    engine.planning.plan(post);
    engine.drain(engine.worker("worker"));
    List<String> out = tweets().stream().map(PublishedItem::id).toList();
    // As if the process died after the last tweet, before it kept any of them.
    engine.database.inTransaction(
        tx ->
            tx.update(
                "UPDATE publish_targets SET platform_step_id = NULL WHERE post_id = ?",
                post.value()));
    PublishTarget target = engine.only(agency, post);
    List<String> kept = new java.util.ArrayList<>();
    XPublisher x =
        new XPublisher(
            new PublishHttp(Duration.ofSeconds(5), Duration.ofSeconds(5)),
            sim.baseUri().toString(),
            sim.baseUri().toString());
    var token =
        engine
            .database
            .inTransaction(
                tx ->
                    engine.vault.read(
                        tx,
                        agency,
                        target.account(),
                        Network.X,
                        io.autoposter.server.vault.TokenKind.ACCESS))
            .orElseThrow();
    PublishCall call =
        new PublishCall(
            target,
            engine.stored(post),
            sim.seed().xUser().id(),
            token,
            THREAD,
            List.of(),
            1,
            clock.instant().minusSeconds(60),
            step -> kept.add(step),
            PublishCall.QuotaLog.IGNORED);

    ReconcileOutcome outcome = x.reconcile(call);

    assertThat(outcome).isInstanceOf(ReconcileOutcome.Found.class);
    assertThat(((ReconcileOutcome.Found) outcome).platformPostId()).isEqualTo(out.getFirst());
    assertThat(kept).containsExactly(new ThreadProgress(out).stepId());
    assertThat(tweets()).as("nothing sent by the read").hasSize(3);
  }

  private List<PublishedItem> tweets() {
    return sim.published().select(i -> i.network() == SimulatedNetwork.X).stream()
        .sorted(Comparator.comparingLong(PublishedItem::sequence))
        .toList();
  }
}
