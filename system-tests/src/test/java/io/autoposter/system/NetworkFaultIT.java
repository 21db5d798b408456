package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.MediaInfo;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.PostChanged;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loopback proxy cuts connections in the middle of a push, a pull and a media upload; after
 * reconnecting everything completes, once.
 */
class NetworkFaultIT {
  private static final ObjectMapper JSON = Json.tolerant();
  private static Path serverDir;
  private static RunningServer server;

  @TempDir Path laptops;
  private ServerApi api;
  private SessionResponse owner;
  private BrandId brand;

  @BeforeAll
  static void startServer() throws IOException {
    serverDir = Files.createTempDirectory("autoposter-faults");
    server = RunningServer.startWithDemoAgency(serverDir);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void newAgency() {
    api = new ServerApi(server.url());
    owner = api.registerAgency("Faulty Network Agency");
    brand = api.createBrand("Trattoria Roma").id();
  }

  private Replica laptop(String name) {
    return new Replica(name, laptops.resolve(name), owner.agencyId(), owner.token(), server.url());
  }

  private Post draft(String caption) {
    return new Post(
        PostId.random(),
        brand,
        caption,
        Set.of(Network.SANDBOX),
        null,
        ZoneId.of("Europe/Rome"),
        PostStatus.DRAFT,
        "");
  }

  @Test
  void pushCutMidRequestCompletesAfterReconnectingWithEveryPostOnce() {
    try (Replica laptop = laptop("laptop")) {
      for (int i = 0; i < 40; i++) {
        laptop.store().recordEdit(draft("Post number " + i + " — written offline"));
      }
      laptop.network.cutNext("POST /api/v1/sync/push", FaultyProxy.Direction.REQUEST, 2_000);

      assertThat(laptop.sync()).as("the round with the cut push").isFalse();
      assertThat(laptop.network.cutsMade()).isEqualTo(1);
      assertThat(laptop.store().pendingCount()).as("nothing lost locally").isEqualTo(40);

      assertThat(laptop.sync()).isTrue();
      assertThat(laptop.store().pendingCount()).isZero();
      assertThat(captionsOnServer()).hasSize(40).doesNotHaveDuplicates();
    }
  }

  @Test
  void pushWhoseAnswerIsLostIsNotAppliedTwice() {
    try (Replica laptop = laptop("laptop")) {
      for (int i = 0; i < 5; i++) {
        laptop.store().recordEdit(draft("Lost answer " + i));
      }
      laptop.network.cutNext("POST /api/v1/sync/push", FaultyProxy.Direction.RESPONSE, 10);

      assertThat(laptop.sync()).isFalse();
      assertThat(laptop.network.cutsMade()).isEqualTo(1);
      laptop.crashAndRestart();
      assertThat(laptop.store().pendingCount()).as("the outbox survives the crash").isEqualTo(5);

      assertThat(laptop.sync()).isTrue();
      assertThat(laptop.store().pendingCount()).isZero();
      assertThat(api.lastMutationId(laptop.store().clientId())).isEqualTo(5);
      assertThat(captionsOnServer()).hasSize(5).doesNotHaveDuplicates();
      assertThat(laptop.store().allPosts()).hasSize(5).allMatch(p -> p.syncError().isEmpty());
    }
  }

  @Test
  void firstSyncCutMidPullCompletesAfterReconnecting() {
    try (Replica writer = laptop("writer");
        Replica reader = laptop("reader")) {
      for (int i = 0; i < 600; i++) {
        writer.store().recordEdit(draft("Menu of the day number " + i + " 🍝"));
      }
      assertThat(writer.sync()).isTrue();
      reader.network.cutNext("POST /api/v1/sync/pull", FaultyProxy.Direction.RESPONSE, 30_000);

      assertThat(reader.sync()).as("the round with the cut pull").isFalse();
      assertThat(reader.network.cutsMade()).isEqualTo(1);

      assertThat(reader.sync()).isTrue();
      assertThat(postsOf(reader)).isEqualTo(postsOf(writer)).hasSize(600);
    }
  }

  @Test
  void mediaUploadCutMidwayResumesWhereTheServerStands() throws IOException {
    byte[] image = fakePng(3 * 1024 * 1024 + 123);
    Path file = Files.write(laptops.resolve("big-photo.png"), image);
    try (Replica laptop = laptop("laptop")) {
      MediaRef ref = laptop.store().importMedia(file);
      Post post = draft("With a big photo");
      laptop
          .store()
          .recordEdit(
              new Post(
                  post.id(),
                  brand,
                  post.caption(),
                  "",
                  Map.of(),
                  post.networks(),
                  Set.of(),
                  List.of(ref),
                  Set.of(),
                  null,
                  post.zone(),
                  PostStatus.DRAFT,
                  ""));
      // The second 1 MiB chunk is cut half-way and the network stays down: the server keeps the
      // first chunk, and the HTTP client cannot quietly resend the second.
      laptop.network.cutNextThenGoOffline(
          "Upload-Offset: 1048576", FaultyProxy.Direction.REQUEST, 500_000);

      assertThat(laptop.sync()).as("the round with the cut upload").isFalse();
      assertThat(laptop.network.cutsMade()).isEqualTo(1);
      MediaInfo partial = mediaStatus(ref);
      assertThat(partial.complete()).isFalse();
      assertThat(partial.received()).as("the server kept what arrived").isEqualTo(1 << 20);
      assertThat(laptop.store().pendingUploads()).singleElement();

      laptop.network.goOnline();
      assertThat(laptop.sync()).isTrue();
      assertThat(laptop.store().pendingUploads()).isEmpty();
      assertThat(mediaStatus(ref).complete()).isTrue();
      HttpResponse<byte[]> stored = api.getRaw("/api/v1/media/" + ref.sha256());
      assertThat(stored.statusCode()).isEqualTo(200);
      assertThat(stored.body()).isEqualTo(image);
      assertThat(stored.headers().firstValue("Content-Type")).hasValue("image/png");
      assertThat(laptop.store().pendingCount()).isZero();
    }
  }

  private MediaInfo mediaStatus(MediaRef ref) throws IOException {
    HttpResponse<byte[]> response = api.getRaw("/api/v1/media/" + ref.sha256() + "/status");
    assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
    return JSON.readValue(response.body(), MediaInfo.class);
  }

  private List<String> captionsOnServer() {
    return api.fullHistory().stream()
        .filter(PostChanged.class::isInstance)
        .map(c -> ((PostChanged) c).post().caption())
        .toList();
  }

  private static Map<PostId, Post> postsOf(Replica laptop) {
    return laptop.store().allPosts().stream()
        .map(LocalPost::post)
        .collect(Collectors.toMap(Post::id, p -> p));
  }

  /** PNG signature followed by noise: enough for content sniffing, big enough for chunks. */
  private static byte[] fakePng(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    System.arraycopy(signature, 0, bytes, 0, signature.length);
    return bytes;
  }
}
