package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.TokenHealth;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way: accounts connected by OAuth, a post pushed by a desktop, the server's timer
 * publishing it to the simulated platforms at its time, and the result (status, permalinks, the
 * curated error) pulled back through sync.
 */
class PublishingToPlatformsTest {
  private static final Duration DEADLINE = Duration.ofSeconds(20);

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

  @AfterEach
  void forgetPlatformState() {
    sim.reset();
  }

  @Test
  void aPostGoesOutOnceToEveryConnectedAccountAndTheResultSyncsBack() {
    SessionResponse owner = server.register("Publishing to platforms");
    Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
    browser.connectAll(owner.token(), brand.id(), Network.X);
    browser.connectAll(owner.token(), brand.id(), Network.LINKEDIN);
    SyncClient desktop = new SyncClient(server, owner.token());
    Post post =
        SyncClient.post(
            brand.id(),
            PostStatus.SCHEDULED,
            Instant.now().plusSeconds(1),
            Set.of(Network.X, Network.LINKEDIN));

    desktop.push(desktop.create(post));
    Post finished = awaitFinished(desktop, post);

    assertThat(finished.status()).isEqualTo(PostStatus.PUBLISHED);
    assertThat(finished.outcome())
        .contains("Published to X (@trattoriaroma): ")
        .contains("/i/web/status/")
        .contains("Published to LinkedIn (Trattoria Roma): https://www.linkedin.com/feed/update/");
    assertThat(sim.published().count(SimulatedNetwork.X)).isEqualTo(1);
    // Both organizations of the member were attached; the post chose none, so it goes to both.
    assertThat(sim.published().count(SimulatedNetwork.LINKEDIN)).isEqualTo(2);
    assertThat(desktop.history(post.id()))
        .extracting(Post::status)
        .startsWith(PostStatus.SCHEDULED, PostStatus.PUBLISHING)
        .endsWith(PostStatus.PUBLISHED);
  }

  @Test
  void aBrokenTokenEndsInAReconnectMessage() {
    SessionResponse owner = server.register("Broken token");
    Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
    browser.connectAll(owner.token(), brand.id(), Network.X);
    sim.tokens().revoke(SimulatedNetwork.X, sim.seed().xUser().id());
    SyncClient desktop = new SyncClient(server, owner.token());
    Post post = SyncClient.post(brand.id(), PostStatus.SCHEDULED, Instant.now(), Set.of(Network.X));

    desktop.push(desktop.create(post));
    Post finished = awaitFinished(desktop, post);

    assertThat(finished.status()).isEqualTo(PostStatus.FAILED);
    assertThat(finished.outcome())
        .isEqualTo(
            "X says Autoposter's access to @trattoriaroma has expired or was revoked. Reconnect"
                + " the account in Accounts.");
    assertThat(sim.published().count(SimulatedNetwork.X)).isZero();
    // The account's health offers the one-click fix.
    Reply reply = server.get("/api/v1/accounts/token-health", owner.token());
    List<TokenHealth> health = reply.as(new TypeReference<List<TokenHealth>>() {});
    assertThat(health)
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.state()).isEqualTo(TokenHealth.State.BROKEN);
              assertThat(h.fix()).isEqualTo("Reconnect the X account");
            });
  }

  @Test
  void afterAReconnectOneCallRetriesEveryPostTheBrokenTokenStopped() {
    SessionResponse owner = server.register("Reconnect and retry");
    Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
    browser.connectAll(owner.token(), brand.id(), Network.X);
    sim.tokens().revoke(SimulatedNetwork.X, sim.seed().xUser().id());
    SyncClient desktop = new SyncClient(server, owner.token());
    List<Post> posts =
        List.of("Truffle risotto is back", "Live jazz on Friday").stream()
            .map(
                caption ->
                    new Post(
                        io.autoposter.model.PostId.random(),
                        brand.id(),
                        caption,
                        Set.of(Network.X),
                        Instant.now(),
                        brand.zone(),
                        PostStatus.SCHEDULED,
                        ""))
            .toList();
    for (Post post : posts) {
      desktop.push(desktop.create(post));
      assertThat(awaitFinished(desktop, post).status()).isEqualTo(PostStatus.FAILED);
    }
    String account =
        server
            .get("/api/v1/accounts", owner.token())
            .as(new TypeReference<List<io.autoposter.model.api.SocialAccount>>() {})
            .stream()
            .filter(a -> a.network() == Network.X)
            .findFirst()
            .orElseThrow()
            .id()
            .toString();

    browser.connectAll(owner.token(), brand.id(), Network.X); // the one-click reconnect
    Reply reply =
        server.post("/api/v1/posts/accounts/" + account + "/retry-failed", owner.token(), null);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    io.autoposter.model.api.RetryReport report =
        reply.as(io.autoposter.model.api.RetryReport.class);
    assertThat(report.retried())
        .containsExactlyInAnyOrderElementsOf(posts.stream().map(Post::id).toList());
    assertThat(report.skipped()).isEmpty();
    for (Post post : posts) {
      Post done = awaitFinished(desktop, post);
      assertThat(done.status()).as(done.outcome()).isEqualTo(PostStatus.PUBLISHED);
    }
    assertThat(sim.published().count(SimulatedNetwork.X)).isEqualTo(2);
    Reply again =
        server.post("/api/v1/posts/accounts/" + account + "/retry-failed", owner.token(), null);
    assertThat(again.as(io.autoposter.model.api.RetryReport.class).retried())
        .as("nothing left to retry")
        .isEmpty();
  }

  private static Post awaitFinished(SyncClient client, Post post) {
    return Eventually.await(
        "post " + post.id() + " to finish publishing",
        DEADLINE,
        () -> {
          List<Post> history = client.history(post.id());
          Post last = history.getLast();
          return last.status() == PostStatus.PUBLISHED
                  || last.status() == PostStatus.FAILED
                  || last.status() == PostStatus.NEEDS_ATTENTION
              ? Optional.of(last)
              : Optional.empty();
        });
  }
}
