package io.autoposter.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.SocialAccountId;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.faults.ContainerPlan;
import io.autoposter.simulator.faults.FaultScope;
import io.autoposter.simulator.faults.Trigger;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instagram carousels, Reels and the first comment, read back from the simulator over HTTP. */
class InstagramFlowsTest {
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

  private PublishTarget publish(String text, String firstComment, List<MediaRef> media) {
    PostId post =
        engine.post(
            agency,
            brand,
            text,
            firstComment,
            Map.of(),
            Set.of(Network.INSTAGRAM),
            clock.instant(),
            media);
    engine.planning.plan(post);
    engine.drain(engine.worker("worker"));
    return engine.only(agency, post);
  }

  private List<MediaRef> pictures(int count) {
    List<MediaRef> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(engine.picture(agency, new byte[] {(byte) i, 42}));
    }
    return all;
  }

  private List<PublishedItem> posts() {
    return sim.published().select(i -> i.network() == SimulatedNetwork.INSTAGRAM && !i.isComment());
  }

  private List<PublishedItem> comments() {
    return sim.published().select(i -> i.network() == SimulatedNetwork.INSTAGRAM && i.isComment());
  }

  @Test
  void carouselOfTwo() {
    engine.connectInstagram(agency, brand);
    List<MediaRef> two = pictures(2);

    PublishTarget target = publish("Two plates", "", two);

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(posts()).hasSize(1);
    PublishedItem carousel = posts().getFirst();
    assertThat(carousel.kind()).isEqualTo(PublishedItem.Kind.INSTAGRAM_CAROUSEL);
    assertThat(carousel.text()).isEqualTo("Two plates");
    assertThat(carousel.media())
        .containsExactly(
            "https://autoposter.example/media/public/" + agency + "/" + two.get(0).sha256(),
            "https://autoposter.example/media/public/" + agency + "/" + two.get(1).sha256());
    assertThat(target.platformPostId()).isEqualTo(carousel.id());
    assertThat(target.stepId()).as("the carousel container, kept under the fence").isNotBlank();
  }

  @Test
  void carouselOfTenWithAVideoChild() {
    engine.connectInstagram(agency, brand);
    List<MediaRef> ten = new ArrayList<>(pictures(9));
    ten.add(engine.video(agency, new byte[] {9, 9, 9}));

    PublishTarget target = publish("Ten plates", "", ten);

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(posts()).singleElement().satisfies(p -> assertThat(p.media()).hasSize(10));
  }

  @Test
  void anEleventhItemIsRefusedBeforeSendingAnything() {
    engine.connectInstagram(agency, brand);

    PublishTarget target = publish("Too many", "", pictures(11));

    assertThat(target.state()).isEqualTo(TargetState.FAILED);
    assertThat(target.errorCode()).isEqualTo("MEDIA_REJECTED");
    assertThat(engine.attemptsOf(target.id())).as("nothing was sent").isEmpty();
    assertThat(posts()).isEmpty();
  }

  @Test
  void videoGoesOutAsAReelOnceProcessingFinishes() {
    engine.connectInstagram(agency, brand);
    sim.conditions().containerPlan(null, new ContainerPlan(ContainerPlan.Outcome.FINISHED, 2));

    PublishTarget target =
        publish("Behind the counter", "", List.of(engine.video(agency, new byte[] {3})));

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(posts())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(PublishedItem.Kind.INSTAGRAM_REEL));
  }

  @Test
  void firstCommentIsAddedUnderThePost() {
    engine.connectInstagram(agency, brand, Set.of("instagram_manage_comments"));

    PublishTarget target = publish("Pizza night", "#pizza #roma", pictures(1));

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(comments())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.text()).isEqualTo("#pizza #roma");
              assertThat(c.parentId()).contains(target.platformPostId());
            });
    assertThat(target.errorMessage()).isNull();
  }

  @Test
  void aFailedFirstCommentLeavesThePostPublishedWithAWarning() {
    // Without instagram_manage_comments Graph refuses the comment (code 10).
    engine.connectInstagram(agency, brand);

    PublishTarget target = publish("Pizza night", "#pizza #roma", pictures(1));

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(posts()).hasSize(1);
    assertThat(comments()).isEmpty();
    assertThat(target.errorMessage()).startsWith(InstagramPublisher.FIRST_COMMENT_FAILED);
    assertThat(target.line()).contains("Published to").contains("first comment could not be added");
  }

  @Test
  void aLostPublishAnswerIsReconciledAndTheCommentAddedOnce() {
    engine.connectInstagram(agency, brand, Set.of("instagram_manage_comments"));
    sim.faults().dropAfterCommit(FaultScope.of(SimulatedNetwork.INSTAGRAM), Trigger.next(1));

    PublishTarget target = publish("Carousel lost", "first!", pictures(3));

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(target.attempts()).isEqualTo(1);
    assertThat(posts()).hasSize(1);
    assertThat(target.platformPostId()).isEqualTo(posts().getFirst().id());
    assertThat(comments()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("first!"));
  }

  @Test
  void theLimitInstagramReportsIsKeptForScheduling() {
    SocialAccountId account = engine.connectInstagram(agency, brand);
    sim.conditions().instagramQuota(null, 7);

    assertThat(publish("Counted", "", pictures(1)).state()).isEqualTo(TargetState.PUBLISHED);

    java.util.Optional<String> stored =
        engine.database.inTransaction(
            tx ->
                tx.one(
                    "SELECT quota_limit, quota_window_seconds FROM social_accounts WHERE id = ?",
                    row -> row.getInt(1) + "/" + row.getInt(2),
                    account.value()));
    assertThat(stored).contains("7/86400");
  }

  @Test
  void aUsedUpQuotaMakesNoContainerAndWaits() {
    engine.connectInstagram(agency, brand);
    sim.conditions().instagramQuota(null, 1);
    assertThat(publish("The one of today", "", pictures(1)).state())
        .isEqualTo(TargetState.PUBLISHED);

    PublishTarget second = publish("One more", "", pictures(1));

    assertThat(second.errorCode()).isEqualTo("QUOTA_EXCEEDED");
    assertThat(second.errorMessage()).contains("daily publishing limit");
    assertThat(posts()).hasSize(1);
  }
}
