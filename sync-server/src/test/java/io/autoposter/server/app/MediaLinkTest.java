package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instagram through the whole server: the picture uploaded by a desktop is handed to Instagram as a
 * signed, expiring link to {@code /media/public/…}; the link serves exactly that picture, and
 * neither a tampered nor an expired link serves anything.
 */
class MediaLinkTest {
  @TempDir Path dataDir;

  @Test
  void instagramGetsASignedLinkThatServesThePictureUntilItExpires() throws Exception {
    MutableClock clock = MutableClock.startingNow();
    try (PlatformSimulator sim =
            PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
        TestServer server = TestServer.start(dataDir, OAuthBrowser.settings(sim), clock)) {
      SessionResponse owner = server.register("Instagram Agency");
      Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
      new OAuthBrowser(server).connectAll(owner.token(), brand.id(), Network.FACEBOOK);
      byte[] png = TestImages.png(1080, 1080, 7);
      String sha = TestImages.sha256(png);
      assertThat(new MediaClient(server, owner.token()).putAll(sha, png).status()).isIn(200, 201);
      SyncClient desktop = new SyncClient(server, owner.token());
      Post post =
          new Post(
              PostId.random(),
              brand.id(),
              "Fresh from the oven",
              "",
              Map.of(),
              Set.of(Network.INSTAGRAM),
              Set.of(),
              List.of(new MediaRef(sha, "image/png", png.length, 1080, 1080)),
              Map.of(),
              Set.of(),
              clock.instant(),
              ZoneId.of("Europe/Rome"),
              PostStatus.SCHEDULED,
              "");

      desktop.push(desktop.create(post));
      Post finished =
          Eventually.await(
              "the Instagram post to be published",
              Duration.ofSeconds(20),
              () -> {
                Post last = desktop.history(post.id()).getLast();
                return last.status() == PostStatus.SCHEDULED
                        || last.status() == PostStatus.PUBLISHING
                    ? Optional.empty()
                    : Optional.of(last);
              });

      assertThat(finished.status()).as(finished.outcome()).isEqualTo(PostStatus.PUBLISHED);
      assertThat(finished.outcome()).startsWith("Published to Instagram (@trattoriaroma): ");
      List<PublishedItem> media =
          sim.published().select(i -> i.network() == SimulatedNetwork.INSTAGRAM);
      assertThat(media).hasSize(1);
      String link = media.getFirst().media().getFirst();
      assertThat(link)
          .startsWith("http://127.0.0.1:" + server.port() + "/media/public/")
          .contains(sha)
          .contains("signature=");

      HttpResponse<byte[]> fetched = fetch(link);
      assertThat(fetched.statusCode()).isEqualTo(200);
      assertThat(fetched.body()).isEqualTo(png);
      assertThat(fetched.headers().firstValue("Content-Type")).contains("image/png");
      assertThat(fetch(tampered(link)).statusCode()).isEqualTo(404);
      assertThat(fetch(link.replaceAll("expires=(\\d+)", "expires=9$1")).statusCode())
          .as("a later expiry breaks the signature")
          .isEqualTo(404);
      clock.advance(Duration.ofHours(2));
      assertThat(fetch(link).statusCode()).as("expired").isEqualTo(404);
    }
  }

  /** The link with the signature's first digit changed (to another digit, always). */
  private static String tampered(String link) {
    int at = link.indexOf("signature=") + "signature=".length();
    char first = link.charAt(at);
    return link.substring(0, at) + (first == '0' ? '1' : '0') + link.substring(at + 1);
  }

  private static HttpResponse<byte[]> fetch(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
