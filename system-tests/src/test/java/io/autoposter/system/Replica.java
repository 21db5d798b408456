package io.autoposter.system;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.sync.SyncEngine;
import io.autoposter.desktop.sync.SyncException;
import io.autoposter.model.AgencyId;
import java.nio.file.Path;

/**
 * One laptop: the real desktop store (its own H2 file) and sync engine, talking to the server
 * through its own {@link FaultyProxy} so the test can take it offline or cut its connections.
 */
final class Replica implements AutoCloseable {
  final String name;
  final FaultyProxy network;
  private final Path dataDir;
  private final AgencyId agency;
  private final String token;
  private LocalStore store;
  private ServerClient client;
  private SyncEngine engine;
  private String lastFailure = "";

  Replica(String name, Path dataDir, AgencyId agency, String token, String serverUrl) {
    this.name = name;
    this.dataDir = dataDir;
    this.agency = agency;
    this.token = token;
    this.network = FaultyProxy.inFrontOf(serverUrl);
    open();
  }

  private void open() {
    store = LocalStore.openForAgency(dataDir, agency);
    client = ServerClient.create(network.url());
    client.useToken(token);
    engine = new SyncEngine(store, client);
  }

  LocalStore store() {
    return store;
  }

  /** One sync round; false when it stopped early (offline, a cut connection …). */
  boolean sync() {
    try {
      engine.syncNow();
      return true;
    } catch (SyncException e) {
      lastFailure = e.status() + (e.getCause() == null ? "" : " caused by " + e.getCause());
      return false;
    }
  }

  /** Why the last failed round stopped, for assertion messages. */
  String lastFailure() {
    return lastFailure;
  }

  /**
   * The app dies and starts again: nothing in memory survives, only the H2 file. Used right after a
   * push whose response was cut, this is "crash before acknowledgement".
   */
  void crashAndRestart() {
    closeQuietly();
    open();
  }

  private void closeQuietly() {
    engine.close();
    client.close();
    store.close();
  }

  @Override
  public void close() {
    closeQuietly();
    network.close();
  }

  @Override
  public String toString() {
    return name;
  }
}
