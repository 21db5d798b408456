package io.autoposter.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.TextField;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineConflictTest {

  @TempDir Path dir;
  private final FakeServer server = new FakeServer().withBrand(FakeServer.ROMA);
  private final Post post =
      new Post(
          PostId.random(),
          FakeServer.ROMA.id(),
          "Giulia's caption",
          Set.of(Network.SANDBOX),
          null,
          FakeServer.ROMA.zone(),
          PostStatus.DRAFT,
          "");
  private LocalStore store;
  private ServerClient client;
  private SyncEngine engine;

  @BeforeEach
  void open() {
    server.withPost(post);
    store = LocalStore.open(dir.resolve("local"));
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

  @Test
  void theStatusCountsOpenConflicts() throws Exception {
    server.openTextConflict(post.id(), TextField.CAPTION, "Marco's caption");

    engine.syncNow();

    assertThat(engine.status()).isEqualTo(SyncStatus.synced(1));
    assertThat(engine.status().conflicts()).isEqualTo(1);
  }

  @Test
  void aResolutionCountsAtOnceAndReachesTheServer() throws Exception {
    PostConflict conflict =
        server.openTextConflict(post.id(), TextField.CAPTION, "Marco's caption");
    engine.syncNow();

    store.recordResolution(conflict.id(), "Giulia's and Marco's caption", false);
    engine.localChange();
    assertThat(engine.status()).isEqualTo(SyncStatus.pending(1, 0));

    engine.syncNow();

    assertThat(server.conflict(conflict.id()).orElseThrow().isOpen()).isFalse();
    assertThat(server.post(post.id()).orElseThrow().caption())
        .isEqualTo("Giulia's and Marco's caption");
    assertThat(store.post(post.id()).orElseThrow().post())
        .isEqualTo(server.post(post.id()).orElseThrow());
    assertThat(store.openConflicts()).isEmpty();
    assertThat(engine.status()).isEqualTo(SyncStatus.synced());
  }

  @Test
  void aConflictSomeoneElseResolvedDisappears() throws Exception {
    PostConflict conflict =
        server.openTextConflict(post.id(), TextField.CAPTION, "Marco's caption");
    engine.syncNow();

    server.withConflict(FakeServer.resolved(conflict, "Marco's caption"));
    engine.syncNow();

    assertThat(store.openConflicts()).isEmpty();
    assertThat(engine.status().conflicts()).isZero();
  }

  @Test
  void resolvingAConflictSomeoneElseClosedKeepsTheTextAsAnError() throws Exception {
    PostConflict conflict =
        server.openTextConflict(post.id(), TextField.CAPTION, "Marco's caption");
    engine.syncNow();
    store.recordResolution(conflict.id(), "My late merge", false);
    server.withConflict(FakeServer.resolved(conflict, "Their merge"));

    engine.syncNow();

    assertThat(store.openConflicts()).isEmpty();
    assertThat(store.post(post.id()).orElseThrow().syncError())
        .contains("Someone already resolved this conflict.")
        .contains("My late merge");
  }
}
