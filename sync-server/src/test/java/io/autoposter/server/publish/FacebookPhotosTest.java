package io.autoposter.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.faults.FaultScope;
import io.autoposter.simulator.faults.Trigger;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Facebook Page post of several photos: each uploaded unpublished, then attached to one feed
 * post, read back from the simulator over HTTP.
 */
class FacebookPhotosTest {
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
    engine.connectFacebookPage(agency, brand);
  }

  @AfterEach
  void close() {
    engine.close();
    sim.reset();
  }

  private PublishTarget publish(String text, List<MediaRef> media) {
    PostId post =
        engine.post(agency, brand, text, Set.of(Network.FACEBOOK), clock.instant(), media);
    engine.planning.plan(post);
    engine.drain(engine.worker("worker"));
    return engine.only(agency, post);
  }

  private List<MediaRef> pictures(int count) {
    List<MediaRef> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(engine.picture(agency, new byte[] {(byte) i, 7}));
    }
    return all;
  }

  private List<PublishedItem> pagePosts() {
    return sim.published().select(i -> i.network() == SimulatedNetwork.FACEBOOK);
  }

  @Test
  void threePhotosGoOutAsOnePostWithTheCaption() {
    PublishTarget target = publish("Three courses tonight", pictures(3));

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(pagePosts())
        .as("one post, no loose photos on the page")
        .singleElement()
        .satisfies(
            post -> {
              assertThat(post.kind()).isEqualTo(PublishedItem.Kind.FACEBOOK_POST);
              assertThat(post.text()).isEqualTo("Three courses tonight");
              assertThat(post.media()).hasSize(3).doesNotHaveDuplicates();
              assertThat(post.link()).isEmpty();
              assertThat(target.platformPostId()).isEqualTo(post.id());
              assertThat(target.permalink()).isEqualTo(post.permalink());
            });
  }

  @Test
  void tenPhotosAreTheMost() {
    assertThat(publish("Ten", pictures(10)).state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(pagePosts()).singleElement().satisfies(p -> assertThat(p.media()).hasSize(10));
  }

  @Test
  void anEleventhPhotoIsRefusedBeforeSendingAnything() {
    PublishTarget target = publish("Eleven", pictures(11));

    assertThat(target.state()).isEqualTo(TargetState.FAILED);
    assertThat(target.errorCode()).isEqualTo("MEDIA_REJECTED");
    assertThat(engine.attemptsOf(target.id())).as("nothing was sent").isEmpty();
    assertThat(pagePosts()).isEmpty();
  }

  @Test
  void aLostAnswerToThePostIsReconciledAndNotSentTwice() {
    sim.faults().dropAfterCommit(FaultScope.of(SimulatedNetwork.FACEBOOK), Trigger.next(1));

    PublishTarget target = publish("Answer lost", pictures(2));

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(target.attempts()).isEqualTo(1);
    assertThat(pagePosts()).singleElement().satisfies(p -> assertThat(p.media()).hasSize(2));
    assertThat(target.platformPostId()).isEqualTo(pagePosts().getFirst().id());
  }

  @Test
  void aLostAnswerOnABusyPageIsFoundPagesBackAndNotSentTwice() {
    PostId post =
        engine.post(
            agency,
            brand,
            "Lost in the crowd",
            Set.of(Network.FACEBOOK),
            clock.instant(),
            List.of());
    engine.planning.plan(post);
    sim.faults().dropAfterCommit(FaultScope.of(SimulatedNetwork.FACEBOOK), Trigger.next(1));
    Claim claim = engine.claims.claimDue("worker", 10).getFirst();
    assertThat(engine.worker("worker").run(claim)).isEqualTo(TargetState.UNKNOWN);
    // 250 newer posts on the page before anyone looks: ours is on the third page of the feed.
    for (int i = 0; i < 250; i++) {
      sim.published()
          .add(
              SimulatedNetwork.FACEBOOK,
              PAGE,
              PAGE + "_busy" + i,
              PublishedItem.Kind.FACEBOOK_POST,
              "Another post " + i,
              java.util.Optional.empty(),
              List.of(),
              java.util.Optional.empty(),
              sim.published().now(),
              "https://www.facebook.com/" + PAGE + "/posts/busy" + i);
    }

    engine.drain(engine.worker("worker"));

    PublishTarget target = engine.only(agency, post);
    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(target.attempts()).isEqualTo(1);
    assertThat(sim.published().countWithText("Lost in the crowd")).isEqualTo(1);
  }

  @Test
  void aWorkerPausedPastItsLeaseSendsNothingMoreWhenItWakes() throws Exception {
    PostId post =
        engine.post(
            agency,
            brand,
            "Paused mid-way",
            Set.of(Network.FACEBOOK),
            clock.instant(),
            pictures(2));
    engine.planning.plan(post);
    // The first photo's upload hangs; meanwhile the worker's lease runs out (the process was
    // stopped). The second upload and the feed post must not leave.
    sim.faults()
        .hold(FaultScope.of(SimulatedNetwork.FACEBOOK), Duration.ofMillis(800), Trigger.next(1));
    Claim claim = engine.claims.claimDue("paused", 10).getFirst();
    var paused = java.util.concurrent.Executors.newSingleThreadExecutor();
    var run = paused.submit(() -> engine.worker("paused").run(claim));
    Thread.sleep(300);
    clock.advance(engine.settings.callLease());

    assertThat(run.get(10, java.util.concurrent.TimeUnit.SECONDS))
        .as("the feed post was never sent: unknown, for whoever holds the target now")
        .isEqualTo(TargetState.UNKNOWN);
    paused.shutdown();
    assertThat(pagePosts()).as("nothing on the page").isEmpty();

    engine.drain(engine.worker("other")); // read-back: absent → scheduled again
    clock.advance(Duration.ofMinutes(1));
    engine.drain(engine.worker("other"));
    assertThat(engine.only(agency, post).state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(pagePosts())
        .singleElement()
        .satisfies(p -> assertThat(p.text()).isEqualTo("Paused mid-way"));
  }

  @Test
  void aRefusedUploadPublishesNothingAndSaysWhy() {
    sim.tokens().dropScope(SimulatedNetwork.FACEBOOK, PAGE, "pages_manage_posts");

    PublishTarget target = publish("No permission", pictures(2));

    assertThat(target.errorCode()).isEqualTo("PERMISSION_MISSING");
    assertThat(target.errorMessage()).contains("permission");
    assertThat(pagePosts()).isEmpty();
  }
}
