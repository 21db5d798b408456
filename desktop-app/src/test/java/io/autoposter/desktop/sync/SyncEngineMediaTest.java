package io.autoposter.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.testing.FakeMedia;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.testing.TestImages;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineMediaTest {

  private static final int MIB = 1 << 20;

  @TempDir Path dir;
  private final FakeServer server = new FakeServer().withBrand(FakeServer.ROMA);
  private LocalStore store;
  private ServerClient client;
  private SyncEngine engine;

  @BeforeEach
  void open() {
    store = LocalStore.open(dir.resolve("db").resolve("local"));
    client = ServerClient.create(server.url());
    client.useToken(FakeServer.TOKEN);
    engine = new SyncEngine(store, client);
  }

  @AfterEach
  void close() {
    engine.close();
    store.close();
    client.close();
    server.close();
  }

  /** A PNG signature followed by noise: enough for sniffing, big enough for several chunks. */
  private static byte[] bigPng(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    System.arraycopy(TestImages.PNG, 0, bytes, 0, 16);
    return bytes;
  }

  private MediaRef importBytes(byte[] content) throws Exception {
    return store.importMedia(Files.write(dir.resolve("photo.png"), content));
  }

  @Test
  void anImportedPictureIsUploadedInChunksBeforeThePush() throws Exception {
    byte[] content = bigPng(2 * MIB + 123);
    MediaRef ref = importBytes(content);
    List<SyncProgress> seen = new CopyOnWriteArrayList<>();
    engine.addProgressListener(seen::add);

    engine.syncNow();

    assertThat(server.media().bytes(ref.sha256())).hasValue(content);
    assertThat(server.media().chunks())
        .extracting(FakeMedia.Chunk::offset)
        .containsExactly(0L, (long) MIB, 2L * MIB);
    assertThat(store.pendingUploads()).isEmpty();
    List<String> order = server.calls().stream().map(FakeServer.RecordedCall::path).toList();
    assertThat(order.getFirst()).isEqualTo("GET /api/v1/media/" + ref.sha256() + "/status");
    assertThat(seen.stream().filter(p -> p.phase() == SyncProgress.Phase.UPLOAD))
        .allSatisfy(p -> assertThat(p.total()).isEqualTo(content.length))
        .extracting(SyncProgress::done)
        .isSorted()
        .contains(0L, (long) MIB, 2L * MIB, (long) content.length);
    assertThat(seen.getLast()).isEqualTo(SyncProgress.idle());
  }

  @Test
  void anInterruptedUploadResumesWhereTheServerStands() throws Exception {
    byte[] content = bigPng(2 * MIB + 123);
    MediaRef ref = importBytes(content);
    server.media().cutNextChunkAfter(300_000);

    for (int round = 0; round < 3 && !store.pendingUploads().isEmpty(); round++) {
      try {
        engine.syncNow();
      } catch (SyncException cut) {
        assertThat(cut.status().kind()).isEqualTo(SyncStatus.Kind.OFFLINE);
      }
    }

    assertThat(store.pendingUploads()).isEmpty();
    assertThat(server.media().bytes(ref.sha256())).hasValue(content);
    List<Long> offsets = server.media().chunks().stream().map(FakeMedia.Chunk::offset).toList();
    // OkHttp may resend the cut chunk itself (the server answers 409 with its offset) or the next
    // round asks for the status: either way the upload goes on from what arrived.
    assertThat(offsets).contains(300_000L);
    assertThat(offsets.subList(offsets.indexOf(300_000L), offsets.size()))
        .containsExactly(300_000L, 300_000L + MIB);
  }

  @Test
  void anUploadGoesOnFromTheServersOffsetAfterAMismatch() throws Exception {
    byte[] content = bigPng(2 * MIB + 123);
    MediaRef ref = importBytes(content);
    // Another device sends the first part of the same picture just before our first chunk.
    server.media().beforeNextChunk(() -> server.media().receiveElsewhere(content, MIB + 5));

    engine.syncNow();

    assertThat(server.media().bytes(ref.sha256())).hasValue(content);
    assertThat(server.media().chunks())
        .extracting(FakeMedia.Chunk::offset)
        .containsExactly(0L, MIB + 5L, 2L * MIB + 5);
    assertThat(store.pendingUploads()).isEmpty();
  }

  @Test
  void aRefusedUploadIsMarkedFailedAndDoesNotHoldUpThePush() throws Exception {
    MediaRef ref = importBytes(bigPng(5_000));
    server.media().maxBytes(1_000);
    Post post =
        new Post(
            PostId.random(),
            FakeServer.ROMA.id(),
            "with a picture too large",
            "",
            Map.of(),
            Set.of(Network.SANDBOX),
            Set.of(),
            List.of(ref),
            Set.of(),
            null,
            FakeServer.ROMA.zone(),
            PostStatus.DRAFT,
            "");
    engine.syncNow();
    store.recordEdit(post);

    engine.syncNow();

    assertThat(store.pendingUploads()).isEmpty();
    assertThat(store.failedUploads())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.media()).isEqualTo(ref);
              assertThat(f.message()).startsWith("This picture or video is too large");
            });
    assertThat(store.pendingCount()).isZero();
    assertThat(server.post(post.id())).isPresent();
  }
}
