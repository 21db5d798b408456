package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.api.NewPost;
import io.autoposter.model.json.Json;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.state.PublishedItem;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances on one PostgreSQL (issue 7): a picture uploaded to one server is published by
 * another after the first went down, through the media folder they share. Needs PostgreSQL, like
 * the crash harness.
 */
class MediaAcrossInstancesIT {
  @TempDir Path dir;

  @Test
  void aPictureUploadedToOneInstanceIsPublishedByAnother() throws Exception {
    PublishingCluster.Postgres pg = PublishingCluster.postgres("MediaAcrossInstancesIT");
    try (PlatformSimulator sim =
        PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true))) {
      List<PublishingProcess> servers =
          PublishingCluster.servers(
              dir, PublishingCluster.settings(sim, pg), "server-upload", "server-publish");
      PublishingProcess upload = servers.get(0);
      PublishingProcess publish = servers.get(1);
      try {
        upload.start();
        ServerApi api = new ServerApi(upload.url());
        String token = api.registerAgency("Shared Media Agency").token();
        Brand brand = api.createBrand("Trattoria Roma");
        int pages = PublishingCluster.connectFacebookPages(api, brand);

        MediaRef picture = uploadImage(upload.url(), token, jpeg());
        String caption = "Fresh focaccia out of the oven, from any server " + Instant.now();
        var scheduled =
            api.postRaw(
                "/api/v1/posts/schedule",
                new NewPost(
                    brand.id(),
                    caption,
                    "",
                    Map.of(),
                    Set.of(Network.FACEBOOK),
                    Set.of(),
                    List.of(picture.sha256()),
                    Map.of(picture.sha256(), "Focaccia with rosemary on a baking tray"),
                    Set.of(),
                    Instant.now().plusSeconds(6)));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        upload.close(); // the instance that holds the upload is gone before the post is due

        publish.start();
        List<PublishedItem> photos;
        try {
          photos =
              Await.until(
                  "the photo post on every page, from the other instance",
                  Duration.ofSeconds(60),
                  () -> {
                    List<PublishedItem> found =
                        sim.published()
                            .select(
                                p ->
                                    p.kind() == PublishedItem.Kind.FACEBOOK_PHOTO
                                        && p.text().equals(caption));
                    return found.size() >= pages ? Optional.of(found) : Optional.empty();
                  });
        } catch (AssertionError e) {
          throw new AssertionError(
              e.getMessage()
                  + ": "
                  + PublishingCluster.targetStates(pg)
                  + PublishingCluster.describeUnsettled(pg)
                  + " pages: "
                  + pages
                  + " on the pages: "
                  + sim.published().select(p -> p.text().equals(caption)),
              e);
        }
        assertThat(photos).as("one photo on each page").hasSize(pages);
        assertThat(photos.stream().map(PublishedItem::account).distinct()).hasSize(pages);
        assertThat(PublishingCluster.targets(pg))
            .allSatisfy(t -> assertThat(t.state()).as(t.errorMessage()).isEqualTo("PUBLISHED"));
      } finally {
        servers.forEach(PublishingProcess::close);
      }
    } finally {
      pg.empty();
    }
  }

  private static MediaRef uploadImage(String base, String token, byte[] jpeg) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/posts/upload-image"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "image/jpeg")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return Json.tolerant().readValue(answer.body(), MediaRef.class);
  }

  private static byte[] jpeg() throws Exception {
    BufferedImage image = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0xC2410C));
    g.fillRect(0, 0, 1080, 1080);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
