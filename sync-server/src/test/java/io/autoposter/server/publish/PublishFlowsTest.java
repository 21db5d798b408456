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
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each network receives, read back from the simulator: text, links, pictures, escaping. */
class PublishFlowsTest {
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

  private PublishTarget publish(Network network, String text, List<MediaRef> media) {
    PostId post = engine.post(agency, brand, text, Set.of(network), clock.instant(), media);
    engine.planning.plan(post);
    engine.drain(engine.worker("worker"));
    return engine.only(agency, post);
  }

  private PublishedItem only(SimulatedNetwork network) {
    List<PublishedItem> items =
        sim.published().select(i -> i.network() == network && !i.isComment());
    assertThat(items).hasSize(1);
    return items.getFirst();
  }

  @Test
  void xTextWithFourPictures() {
    engine.connectX(agency, brand);
    List<MediaRef> pictures =
        List.of(
            engine.picture(agency, new byte[] {1}),
            engine.picture(agency, new byte[] {2}),
            engine.picture(agency, new byte[] {3}),
            engine.picture(agency, new byte[] {4}));

    PublishTarget target = publish(Network.X, "Four plates of pasta", pictures);

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    PublishedItem tweet = only(SimulatedNetwork.X);
    assertThat(tweet.text()).isEqualTo("Four plates of pasta");
    assertThat(tweet.media()).hasSize(4);
    assertThat(target.platformPostId()).isEqualTo(tweet.id());
    assertThat(engine.stored(target.post()).status()).isEqualTo(PostStatus.PUBLISHED);
    assertThat(engine.stored(target.post()).outcome())
        .isEqualTo("Published to X (@trattoriaroma): " + target.permalink());
  }

  @Test
  void xRefusesAFifthPictureBeforeSendingAnything() {
    engine.connectX(agency, brand);
    List<MediaRef> pictures =
        List.of(1, 2, 3, 4, 5).stream()
            .map(i -> engine.picture(agency, new byte[] {i.byteValue()}))
            .toList();

    PublishTarget target = publish(Network.X, "Too many plates", pictures);

    assertThat(target.errorCode()).isEqualTo("MEDIA_REJECTED");
    assertThat(sim.published().count(SimulatedNetwork.X)).isZero();
  }

  @Test
  void facebookTextTakesItsFirstLinkAsThePreview() {
    engine.connectFacebookPage(agency, brand);

    PublishTarget target =
        publish(Network.FACEBOOK, "Menu is up: https://trattoria.example/menu see you", List.of());

    PublishedItem post = only(SimulatedNetwork.FACEBOOK);
    assertThat(post.text()).isEqualTo("Menu is up: https://trattoria.example/menu see you");
    assertThat(post.link()).contains("https://trattoria.example/menu");
    assertThat(target.platformPostId()).isEqualTo(post.id());
    assertThat(target.permalink()).isEqualTo(post.permalink());
  }

  @Test
  void facebookPhotoWithCaption() {
    engine.connectFacebookPage(agency, brand);

    PublishTarget target =
        publish(Network.FACEBOOK, "Our terrace", List.of(engine.picture(agency, new byte[] {9})));

    PublishedItem photo = only(SimulatedNetwork.FACEBOOK);
    assertThat(photo.kind()).isEqualTo(PublishedItem.Kind.FACEBOOK_PHOTO);
    assertThat(photo.text()).isEqualTo("Our terrace");
    assertThat(target.platformPostId()).isEqualTo(photo.id());
  }

  @Test
  void linkedInTextIsEscapedSoItShowsWhole() {
    engine.connectLinkedIn(agency, brand);
    String text = "Pasta (fresh) & wine #dinner @ 8 — 50% off_today [only] <3 *yum* ~ {ok} | \\o/";

    PublishTarget target = publish(Network.LINKEDIN, text, List.of());

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    PublishedItem post = only(SimulatedNetwork.LINKEDIN);
    assertThat(post.text()).as("sent escaped").isNotEqualTo(text);
    assertThat(post.id()).isEqualTo(target.platformPostId());
    assertThat(target.permalink())
        .isEqualTo("https://www.linkedin.com/feed/update/" + target.platformPostId());
    // Read back as LinkedIn shows it: the whole text, escapes resolved.
    assertThat(
            new LinkedInPublisher(
                    new PublishHttp(
                        java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(5)),
                    sim.baseUri().toString())
                .reconcile(callFor(target, text)))
        .isEqualTo(new ReconcileOutcome.Found(target.platformPostId(), target.permalink()));
  }

  @Test
  void linkedInPicture() {
    engine.connectLinkedIn(agency, brand);

    publish(Network.LINKEDIN, "Our terrace", List.of(engine.picture(agency, new byte[] {7})));

    PublishedItem post = only(SimulatedNetwork.LINKEDIN);
    assertThat(post.media()).hasSize(1);
    assertThat(post.media().getFirst()).startsWith("urn:li:image:");
  }

  @Test
  void linkedInThreePicturesGoOutAsOneMultiImagePost() {
    engine.connectLinkedIn(agency, brand);
    List<MediaRef> pictures =
        List.of(1, 2, 3).stream()
            .map(i -> engine.picture(agency, new byte[] {i.byteValue(), 3}))
            .toList();

    PublishTarget target = publish(Network.LINKEDIN, "Three rooms, one view", pictures);

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    PublishedItem post = only(SimulatedNetwork.LINKEDIN);
    assertThat(post.media())
        .hasSize(3)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("urn:li:image:"));
    assertThat(target.platformPostId()).isEqualTo(post.id());
  }

  @Test
  void linkedInTakesTwentyPicturesInOnePost() {
    engine.connectLinkedIn(agency, brand);
    List<MediaRef> pictures = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      pictures.add(engine.picture(agency, new byte[] {(byte) i, 20}));
    }

    PublishTarget target = publish(Network.LINKEDIN, "Every room", pictures);

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(only(SimulatedNetwork.LINKEDIN).media()).hasSize(20);
  }

  @Test
  void instagramPictureGoesThroughAContainerFetchedFromASignedLink() {
    engine.connectInstagram(agency, brand);
    MediaRef picture = engine.picture(agency, new byte[] {5, 5});

    PublishTarget target = publish(Network.INSTAGRAM, "Fresh from the oven", List.of(picture));

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    PublishedItem media = only(SimulatedNetwork.INSTAGRAM);
    assertThat(media.kind()).isEqualTo(PublishedItem.Kind.INSTAGRAM_IMAGE);
    assertThat(media.text()).isEqualTo("Fresh from the oven");
    assertThat(media.media())
        .containsExactly(
            "https://autoposter.example/media/public/" + agency + "/" + picture.sha256());
    assertThat(target.platformPostId()).isEqualTo(media.id());
    assertThat(target.stepId()).as("the container, kept for reconciliation").isNotBlank();
    assertThat(target.permalink()).isEqualTo(media.permalink());
  }

  @Test
  void instagramAnswerLostAfterPublishingIsFoundThroughTheContainer() {
    engine.connectInstagram(agency, brand);
    sim.faults()
        .dropAfterCommit(
            io.autoposter.simulator.faults.FaultScope.of(SimulatedNetwork.INSTAGRAM),
            io.autoposter.simulator.faults.Trigger.next(1));

    PublishTarget target =
        publish(
            Network.INSTAGRAM, "Lost and found", List.of(engine.picture(agency, new byte[] {6})));

    assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(target.attempts()).isEqualTo(1);
    assertThat(target.platformPostId()).isEqualTo(only(SimulatedNetwork.INSTAGRAM).id());
  }

  @Test
  void instagramWithoutAPictureIsRefusedBeforeCalling() {
    engine.connectInstagram(agency, brand);

    PublishTarget target = publish(Network.INSTAGRAM, "Words only", List.of());

    assertThat(target.errorCode()).isEqualTo("MEDIA_REJECTED");
    assertThat(sim.published().count(SimulatedNetwork.INSTAGRAM)).isZero();
  }

  private PublishCall callFor(PublishTarget target, String text) {
    var token =
        engine
            .database
            .inTransaction(
                tx ->
                    engine.vault.read(
                        tx,
                        agency,
                        target.account(),
                        Network.LINKEDIN,
                        io.autoposter.server.vault.TokenKind.ACCESS))
            .orElseThrow();
    return new PublishCall(
        target,
        engine.stored(target.post()),
        sim.seed().organizations().getFirst().urn(),
        token,
        text,
        List.of(),
        1,
        clock.instant().minusSeconds(60),
        step -> true,
        PublishCall.QuotaLog.IGNORED);
  }

  @Test
  void thePostsOutcomeHasOneLinePerAccountWithItsPermalink() {
    engine.connectX(agency, brand);
    engine.connectFacebookPage(agency, brand);
    PostId post =
        engine.post(
            agency,
            brand,
            "Two networks, two links",
            Set.of(Network.X, Network.FACEBOOK),
            clock.instant(),
            List.of());
    engine.planning.plan(post);
    engine.drain(engine.worker("worker"));

    List<io.autoposter.model.outcome.OutcomeLine> lines =
        io.autoposter.model.outcome.OutcomeLine.parse(engine.stored(post).outcome());
    assertThat(lines).hasSize(2).allMatch(io.autoposter.model.outcome.OutcomeLine::published);
    assertThat(lines.stream().map(l -> l.permalink().orElseThrow()).toList())
        .containsExactlyInAnyOrderElementsOf(
            engine.targetsOf(agency, post).stream().map(PublishTarget::permalink).toList());
    assertThat(lines.stream().map(l -> l.network().orElseThrow()).toList())
        .containsExactlyInAnyOrder(Network.X, Network.FACEBOOK);
  }
}
