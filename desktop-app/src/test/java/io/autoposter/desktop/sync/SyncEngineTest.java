package io.autoposter.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.desktop.posts.PostService;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.testing.Await;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.SyncProtocol;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {

  private static final Instant DUE = Instant.parse("2030-04-14T07:00:00Z");

  @TempDir Path dir;
  private final FakeServer server = new FakeServer().withBrand(FakeServer.ROMA);
  private LocalStore store;
  private ServerClient client;
  private SyncEngine engine;

  private void open(String url) {
    store = LocalStore.open(dir.resolve("local"));
    client = ServerClient.create(url);
    client.useToken(FakeServer.TOKEN);
    engine = new SyncEngine(store, client);
  }

  /** The app dies and starts again: only the H2 file survives. */
  private void restart() {
    engine.close();
    client.close();
    store.close();
    open(server.url());
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
      store.close();
      client.close();
    }
    server.close();
  }

  private PostService posts() {
    return new PostService(store, engine::localChange);
  }

  private LocalPost draft(String caption) {
    return posts().saveDraft(FakeServer.ROMA.id(), caption, Set.of(Network.SANDBOX), null);
  }

  @Test
  void pushesTheOutboxInOrderThenPullsEveryPage() throws Exception {
    open(server.url());
    server.pageSize(1);
    engine.syncNow(); // first sync: brings the brand
    PostService posts = posts();
    posts.schedule(FakeServer.ROMA.id(), "one", Set.of(Network.SANDBOX), DUE);
    posts.schedule(FakeServer.ROMA.id(), "two", Set.of(Network.X), DUE);
    posts.schedule(FakeServer.ROMA.id(), "three", Set.of(Network.LINKEDIN), DUE);
    assertThat(engine.status()).isEqualTo(SyncStatus.pending(3));

    SyncResult result = engine.syncNow();

    assertThat(result.pushed()).isEqualTo(3);
    List<PushRequest> pushes = server.pushes();
    assertThat(pushes).hasSize(1);
    assertThat(pushes.getFirst().schemaVersion()).isEqualTo(SyncProtocol.SCHEMA_VERSION);
    assertThat(pushes.getFirst().clientId()).isEqualTo(store.clientId());
    assertThat(pushes.getFirst().mutations())
        .extracting(Mutation::mutationId)
        .containsExactly(1L, 2L, 3L);
    List<String> order = server.calls().stream().map(FakeServer.RecordedCall::path).toList();
    assertThat(order.subList(order.size() - 4, order.size()))
        .containsExactly(
            "/api/v1/sync/push", "/api/v1/sync/pull", "/api/v1/sync/pull", "/api/v1/sync/pull");
    assertThat(server.calls())
        .allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer " + FakeServer.TOKEN));
    assertThat(store.pendingCount()).isZero();
    assertThat(store.syncState().cursor()).isEqualTo(4);
    assertThat(engine.status()).isEqualTo(SyncStatus.synced());
    assertThat(posts.posts(FakeServer.ROMA.id()))
        .hasSize(3)
        .allSatisfy(p -> assertThat(p.pendingSync()).isFalse())
        .allSatisfy(p -> assertThat(p.serverVersion()).isPositive());
  }

  @Test
  void firstSyncPullsFromCursorZero() throws Exception {
    open(server.url());
    engine.syncNow();
    assertThat(server.calls().getFirst().body())
        .isInstanceOfSatisfying(PullRequest.class, p -> assertThat(p.cursor()).isZero());
    assertThat(store.brands()).containsExactly(FakeServer.ROMA);
  }

  @Test
  void firstSyncReportsHowFarItIsThenIdle() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.withPost(
          new Post(
              PostId.random(),
              FakeServer.ROMA.id(),
              "from the server " + i,
              Set.of(Network.SANDBOX),
              null,
              FakeServer.ROMA.zone(),
              PostStatus.DRAFT,
              ""));
    }
    server.pageSize(2);
    open(server.url());
    List<SyncProgress> seen = new CopyOnWriteArrayList<>();
    engine.addProgressListener(seen::add);

    engine.syncNow();

    assertThat(seen)
        .containsExactly(
            new SyncProgress(SyncProgress.Phase.FIRST_SYNC, 0, 0),
            new SyncProgress(SyncProgress.Phase.FIRST_SYNC, 2, 5),
            new SyncProgress(SyncProgress.Phase.FIRST_SYNC, 4, 5),
            new SyncProgress(SyncProgress.Phase.FIRST_SYNC, 5, 5),
            SyncProgress.idle());
    assertThat(store.allPosts()).hasSize(4);

    seen.clear();
    engine.syncNow();
    assertThat(seen).as("later rounds are no first sync").isEmpty();
  }

  @Test
  void unreachableServerMeansOfflineAndKeepsEveryEdit() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    open("http://127.0.0.1:" + deadPort);
    store.applyPage(
        new PullResponse(List.of(new BrandChanged(1, FakeServer.ROMA)), 1, false, 0, 1));
    List<SyncStatus> seen = new CopyOnWriteArrayList<>();
    engine.addStatusListener(seen::add);
    LocalPost saved =
        posts().schedule(FakeServer.ROMA.id(), "offline edit", Set.of(Network.SANDBOX), DUE);

    assertThatThrownBy(engine::syncNow)
        .isInstanceOfSatisfying(
            SyncException.class,
            e -> assertThat(e.status().kind()).isEqualTo(SyncStatus.Kind.OFFLINE));

    assertThat(engine.status().kind()).isEqualTo(SyncStatus.Kind.OFFLINE);
    assertThat(engine.status().pending()).isEqualTo(1);
    assertThat(seen).extracting(SyncStatus::kind).contains(SyncStatus.Kind.OFFLINE);
    assertThat(store.pendingCount()).isEqualTo(1);
    assertThat(store.post(saved.post().id())).map(LocalPost::pendingSync).contains(true);
  }

  @Test
  void backgroundLoopRetriesAnUnreachableServerWithBackoff() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    open("http://127.0.0.1:" + deadPort);
    engine.start();
    Await.until(
        "offline status",
        Duration.ofSeconds(10),
        () -> engine.status().kind() == SyncStatus.Kind.OFFLINE);
    assertThat(SyncEngine.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(SyncEngine.backoff(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(SyncEngine.backoff(20)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void syncNowDuringARunningRoundRunsAnotherRoundRightAfterIt() throws Exception {
    open(server.url());
    CountDownLatch requested = new CountDownLatch(1);
    AtomicInteger rounds = new AtomicInteger();
    engine.addRoundListener(
        result -> {
          if (rounds.incrementAndGet() == 1) {
            try {
              requested.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
    engine.start();
    Await.until("the first round running", Duration.ofSeconds(10), () -> rounds.get() == 1);

    engine.requestSync(); // the user clicks "Sync now" while the first round still runs
    requested.countDown();

    Await.until("a second round", Duration.ofSeconds(10), () -> rounds.get() >= 2);
    assertThat(rounds.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void pulledPublishedPostUpdatesLocalStatusAndOutcome() throws Exception {
    open(server.url());
    engine.syncNow();
    LocalPost saved =
        posts().schedule(FakeServer.ROMA.id(), "to be published", Set.of(Network.SANDBOX), DUE);
    engine.syncNow();
    server.withPost(saved.post().withStatus(PostStatus.PUBLISHED, "sandbox-post-42"));
    List<Boolean> dataChanged = new CopyOnWriteArrayList<>();
    engine.addDataListener(() -> dataChanged.add(true));

    engine.syncNow();

    Post local = store.post(saved.post().id()).orElseThrow().post();
    assertThat(local.status()).isEqualTo(PostStatus.PUBLISHED);
    assertThat(local.outcome()).isEqualTo("sandbox-post-42");
    assertThat(dataChanged).isNotEmpty();
  }

  @Test
  void rejectedEditCountsAsProcessedAndIsShownOnThePost() throws Exception {
    open(server.url());
    engine.syncNow();
    server.rejectMutation(1, "This brand has no Sandbox account connected.");
    LocalPost saved =
        posts().schedule(FakeServer.ROMA.id(), "rejected", Set.of(Network.SANDBOX), DUE);

    SyncResult result = engine.syncNow();

    assertThat(result.rejected()).isEqualTo(1);
    assertThat(store.pendingCount()).isZero();
    assertThat(store.post(saved.post().id()).orElseThrow().syncError())
        .isEqualTo(
            "The server refused this new post: This brand has no Sandbox account connected."
                + " Your text: rejected");
  }

  @Test
  void editsDeletesAndConcurrentChangesEndEqualToTheServer() throws Exception {
    open(server.url());
    engine.syncNow();
    LocalPost kept = draft("kept");
    LocalPost gone = draft("gone");
    engine.syncNow();
    store.recordEdit(PostPatch.EMPTY.withFirstComment("my comment").applyTo(kept.post()));
    store.recordDelete(gone.post().id());
    // Meanwhile another device changed the caption of the kept post.
    server.withPost(PostPatch.EMPTY.withCaption("their caption").applyTo(kept.post()));

    engine.syncNow();

    assertThat(store.pendingCount()).isZero();
    assertThat(store.allPosts())
        .extracting(LocalPost::post)
        .containsExactly(server.post(kept.post().id()).orElseThrow());
    assertThat(store.post(kept.post().id()).orElseThrow().post().caption())
        .isEqualTo("their caption");
    assertThat(store.post(kept.post().id()).orElseThrow().post().firstComment())
        .isEqualTo("my comment");
  }

  @Test
  void expiredTokenMeansSignedOutAndKeepsTheOutbox() throws Exception {
    open(server.url());
    engine.syncNow();
    posts().schedule(FakeServer.ROMA.id(), "kept", Set.of(Network.SANDBOX), DUE);
    client.useToken("expired");

    assertThatThrownBy(engine::syncNow)
        .isInstanceOfSatisfying(
            SyncException.class,
            e -> assertThat(e.status().kind()).isEqualTo(SyncStatus.Kind.SIGNED_OUT));
    assertThat(store.pendingCount()).isEqualTo(1);
  }

  @Test
  void duplicateResultsAreTreatedAsProcessed() throws Exception {
    open(server.url());
    engine.syncNow();
    posts().schedule(FakeServer.ROMA.id(), "a", Set.of(Network.SANDBOX), DUE);
    engine.syncNow();
    assertThat(store.post(PostId.random())).isEmpty();
    assertThat(store.pendingCount()).isZero();
    assertThat(server.pushes()).hasSize(1);
  }

  @Test
  void aCrashBeforeTheAnswerArrivedPushesAgainWithoutApplyingAnythingTwice() throws Exception {
    open(server.url());
    engine.syncNow();
    draft("one");
    draft("two");
    server.loseNextPushAnswer();
    try {
      engine.syncNow();
    } catch (SyncException lost) {
      // the answer was lost; what matters is what happens after the restart
    }

    restart();
    engine.syncNow();

    assertThat(store.pendingCount()).isZero();
    assertThat(store.allPosts())
        .extracting(p -> p.post().caption())
        .containsExactlyInAnyOrder("one", "two");
    assertThat(server.log().stream().filter(PostChanged.class::isInstance)).hasSize(2);
    assertThat(store.allPosts()).allSatisfy(p -> assertThat(p.syncError()).isEmpty());
  }

  @Test
  void aGapBehindWhatTheServerProcessedSettlesThoseEntriesAndPushesTheRest() throws Exception {
    open(server.url());
    engine.syncNow();
    draft("one");
    draft("two");
    draft("three");
    server.answerGapOnce(2);

    engine.syncNow();

    assertThat(server.pushes())
        .extracting(p -> p.mutations().stream().map(Mutation::mutationId).toList())
        .containsExactly(List.of(1L, 2L, 3L), List.of(3L));
    assertThat(store.pendingCount()).isZero();
    assertThat(engine.status()).isEqualTo(SyncStatus.synced());
  }

  @Test
  void aGapTheDeviceCannotCloseIsShownAndKeepsTheEdits() throws Exception {
    open(server.url());
    engine.syncNow();
    draft("one");
    engine.syncNow();
    server.lastMutationId(0);
    draft("two");

    assertThatThrownBy(engine::syncNow)
        .isInstanceOfSatisfying(
            SyncException.class,
            e -> {
              assertThat(e.status().kind()).isEqualTo(SyncStatus.Kind.ERROR);
              assertThat(e.status().message()).contains("MUTATION_GAP");
            });
    assertThat(store.pendingCount()).isEqualTo(1);
  }

  @Test
  void anOutdatedAppIsAskedToUpdateAndKeepsItsEdits() throws Exception {
    open(server.url());
    engine.syncNow();
    draft("kept");
    server.clientOutdated(true);

    assertThatThrownBy(engine::syncNow)
        .isInstanceOfSatisfying(
            SyncException.class,
            e -> {
              assertThat(e.status().kind()).isEqualTo(SyncStatus.Kind.ERROR);
              assertThat(e.status().message()).contains("please update the app");
              assertThat(e.status().pending()).isEqualTo(1);
            });
    assertThat(engine.status().message()).contains("please update the app");
    assertThat(store.pendingCount()).isEqualTo(1);
  }

  @Test
  void laterLocalEditsOrderAfterThePulledStamps() throws Exception {
    open(server.url());
    engine.syncNow();
    LocalPost mine = draft("mine");
    engine.syncNow();
    server.withPost(PostPatch.EMPTY.withCaption("theirs").applyTo(mine.post()));
    engine.syncNow();
    PostChanged pulled = (PostChanged) server.log().getLast();

    store.recordEdit(PostPatch.EMPTY.withCaption("mine again").applyTo(pulled.post()));

    assertThat(store.outbox(1).getFirst().hlc().isAfter(pulled.hlc())).isTrue();
  }
}
