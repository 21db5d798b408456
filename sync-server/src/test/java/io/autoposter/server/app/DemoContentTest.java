package io.autoposter.server.app;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.rules.PostRules;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostRemoved;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user finds in the demo agency: one seeded server, read by the owner through the same
 * APIs a desktop uses (brands, accounts, sync pull, media).
 */
class DemoContentTest {
  static final Map<String, String> DEMO =
      Map.of(
          "autoposter.demo.seed", "true",
          "autoposter.demo.email", "demo@autoposter.test",
          "autoposter.demo.password", "demo password 2026");

  @TempDir static Path dataDir;

  private static TestServer server;
  private static String token;
  private static Instant started;
  private static List<Post> posts;

  @BeforeAll
  static void seed() {
    started = Instant.now();
    server = TestServer.start(dataDir, DEMO);
    token = token(server);
    posts = latestPosts(new SyncClient(server, token));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void threeBrandsInTheirOwnZonesAndColours() {
    {
      Brand[] brands = server.get("/api/v1/clients", token).as(Brand[].class);

      assertThat(brands)
          .extracting(Brand::name, brand -> brand.zone().getId())
          .containsExactlyInAnyOrder(
              tuple("Trattoria Roma", "Europe/Rome"),
              tuple("Gelateria Sole", "America/New_York"),
              tuple("Studio Lumen Yoga", "Europe/Berlin"));
      assertThat(Arrays.stream(brands).map(Brand::color).distinct()).hasSize(3);
      SocialAccount[] accounts = server.get("/api/v1/accounts", token).as(SocialAccount[].class);
      assertThat(accounts)
          .allMatch(account -> account.network() == Network.SANDBOX)
          .extracting(SocialAccount::brandId)
          .containsExactlyInAnyOrderElementsOf(Arrays.stream(brands).map(Brand::id).toList());
    }
  }

  @Test
  void theOwnerPullsAMonthOfPostsInEveryStatus() {
    {
      assertThat(posts).hasSizeBetween(55, 65);
      assertThat(posts.stream().map(Post::brandId).distinct()).hasSize(3);
      assertThat(posts.stream().map(Post::brandId).collect(groupingBy(b -> b, counting())))
          .allSatisfy((brand, count) -> assertThat(count).isGreaterThanOrEqualTo(15L));
      assertThat(posts.stream().flatMap(post -> post.networks().stream()).distinct())
          .containsExactlyInAnyOrder(Network.values());

      List<Post> published = withStatus(posts, PostStatus.PUBLISHED);
      assertThat(published).hasSizeGreaterThanOrEqualTo(10);
      assertThat(published)
          .allSatisfy(
              post -> {
                assertThat(post.dueAt()).isBefore(started);
                assertThat(post.outcome()).startsWith("Published to ");
              });

      assertThat(withStatus(posts, PostStatus.FAILED))
          .singleElement()
          .satisfies(
              post -> {
                assertThat(post.dueAt()).isBefore(started);
                assertThat(post.outcome()).contains("is not connected for this brand");
              });

      List<Post> drafts = withStatus(posts, PostStatus.DRAFT);
      assertThat(drafts).hasSizeGreaterThanOrEqualTo(3);
      assertThat(drafts).anyMatch(post -> post.dueAt() == null);
      assertThat(drafts).allMatch(post -> post.outcome().isEmpty());

      List<Post> scheduled = withStatus(posts, PostStatus.SCHEDULED);
      assertThat(scheduled).hasSizeGreaterThanOrEqualTo(30);
      assertThat(scheduled)
          .allSatisfy(
              post -> {
                assertThat(post.dueAt()).isAfter(started);
                assertThat(PostRules.check(post)).noneMatch(Finding::blocksScheduling);
              });
      assertThat(scheduled)
          .filteredOn(post -> post.networks().contains(Network.INSTAGRAM))
          .isNotEmpty()
          .allMatch(post -> !post.media().isEmpty());
      // Plausible local times: scheduled posts go out in each brand's daytime.
      assertThat(scheduled)
          .filteredOn(post -> !post.networks().equals(Set.of(Network.SANDBOX)))
          .allSatisfy(
              post ->
                  assertThat(post.dueInBrandZone().toLocalTime())
                      .isBetween(LocalTime.of(7, 0), LocalTime.of(21, 0)));
    }
  }

  @Test
  void captionsAreRealistic() {
    {
      assertThat(posts).anyMatch(post -> ARABIC.matcher(post.caption()).find());
      assertThat(posts.stream().filter(post -> hasEmoji(post.caption())).count())
          .isGreaterThanOrEqualTo(30);
      assertThat(posts).anyMatch(post -> post.caption().contains("#"));
      assertThat(posts)
          .filteredOn(post -> post.networks().contains(Network.LINKEDIN))
          .anyMatch(post -> post.caption().split("\n\n").length >= 3);
      assertThat(posts)
          .filteredOn(post -> post.networks().contains(Network.INSTAGRAM))
          .filteredOn(post -> !post.firstComment().isBlank())
          .hasSizeGreaterThanOrEqualTo(5);
      assertThat(posts.stream().filter(post -> !post.variants().isEmpty()).count())
          .isGreaterThanOrEqualTo(2);
      assertThat(posts).allMatch(post -> !post.tags().isEmpty());
      assertThat(posts)
          .anyMatch(post -> post.media().size() > 1)
          .anyMatch(post -> post.media().stream().anyMatch(m -> m.height() > m.width()));
    }
  }

  @Test
  void everyPictureIsUploadedCompletely() {
    {
      List<MediaRef> media =
          posts.stream().flatMap(post -> post.media().stream()).distinct().toList();
      MediaClient client = new MediaClient(server, token);

      assertThat(media).hasSizeGreaterThanOrEqualTo(20);
      assertThat(media)
          .allSatisfy(
              ref -> {
                MediaClient.Answer answer = client.get(ref.sha256());
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.contentType()).isEqualTo("image/jpeg");
                assertThat((long) answer.body().length).isEqualTo(ref.size());
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.body()));
                assertThat(image.getWidth()).isEqualTo(ref.width());
                assertThat(image.getHeight()).isEqualTo(ref.height());
                assertThat(client.status(ref.sha256()).info().complete()).isTrue();
              });
    }
  }

  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}{3,}");

  private static boolean hasEmoji(String text) {
    return text.codePoints().anyMatch(c -> c >= 0x1F300 || (c >= 0x2600 && c <= 0x27BF));
  }

  private static List<Post> withStatus(List<Post> posts, PostStatus status) {
    return posts.stream().filter(post -> post.status() == status).toList();
  }

  /** Every post as a desktop replaying the whole change log ends up with it. */
  static List<Post> latestPosts(SyncClient desk) {
    Map<PostId, Post> latest = new LinkedHashMap<>();
    for (Change change : desk.pullAll()) {
      if (change instanceof PostChanged changed) {
        latest.put(changed.post().id(), changed.post());
      } else if (change instanceof PostRemoved removed) {
        latest.remove(removed.postId());
      }
    }
    return List.copyOf(latest.values());
  }

  static String token(TestServer server) {
    return server
        .post(
            "/api/v1/auth/sign-in",
            null,
            new SignInRequest("demo@autoposter.test", "demo password 2026", "test"))
        .as(SessionResponse.class)
        .token();
  }
}
