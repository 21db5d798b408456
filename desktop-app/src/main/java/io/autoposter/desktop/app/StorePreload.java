package io.autoposter.desktop.app;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.storage.SessionStore;
import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.model.AgencyId;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the local database of the last signed-in agency, and makes the HTTP client for its server,
 * on a background thread as soon as the process starts, while JavaFX starts and the window opens:
 * both take a few hundred milliseconds that would otherwise be spent on the FX thread (ADR 0014).
 * The app takes them when it resumes that session; whatever nobody takes is closed.
 */
final class StorePreload {

  private static final Logger LOG = Logger.getLogger(StorePreload.class.getName());
  private static StorePreload current;

  private final Path dataDir;
  private final CompletableFuture<Optional<AgencyId>> agency = new CompletableFuture<>();
  private final CompletableFuture<LocalStore> store = new CompletableFuture<>();
  private final CompletableFuture<Optional<ServerClient>> client = new CompletableFuture<>();
  private boolean storeTaken;
  private boolean clientTaken;

  private StorePreload(Path dataDir) {
    this.dataDir = dataDir;
    Thread.ofPlatform().name("store-preload").daemon().start(this::preload);
  }

  private void preload() {
    // Even reading the session file is left to this thread: it is Jackson's first use.
    SessionStore sessions = new SessionStore(dataDir);
    Optional<AgencyId> last = Optional.empty();
    try {
      last = sessions.lastAgency();
    } finally {
      agency.complete(last);
    }
    if (last.isEmpty()) {
      store.completeExceptionally(new IllegalStateException("no saved session"));
      client.complete(Optional.empty());
      return;
    }
    Optional<String> serverUrl = sessions.lastServerUrl();
    Thread.ofPlatform()
        .name("client-preload")
        .daemon()
        .start(() -> client.complete(serverUrl.flatMap(StorePreload::clientFor)));
    try {
      store.complete(LocalStore.openForAgency(dataDir, last.get()));
    } catch (RuntimeException e) {
      store.completeExceptionally(e);
    }
  }

  private static Optional<ServerClient> clientFor(String serverUrl) {
    try {
      return Optional.of(ServerClient.create(serverUrl));
    } catch (RuntimeException e) {
      return Optional.empty(); // a bad address: the app makes (and reports) its own
    }
  }

  /** Starts opening the last agency's database under {@code dataDir}, if there was a session. */
  static synchronized void begin(Path dataDir) {
    if (current == null && SessionStore.hasSavedSession(dataDir)) {
      current = new StorePreload(dataDir);
    }
  }

  /**
   * The preloaded database of {@code agency} under {@code dataDir} (waiting for it if need be), at
   * most once; empty when none was preloaded for it or opening it failed (the caller opens it).
   */
  static synchronized Optional<LocalStore> take(Path dataDir, AgencyId agency) {
    StorePreload preload = current;
    if (preload == null
        || preload.storeTaken
        || !preload.dataDir.equals(dataDir)
        || !preload.agency.join().equals(Optional.of(agency))) {
      return Optional.empty();
    }
    preload.storeTaken = true;
    preload.forgetIfAllTaken();
    try {
      return Optional.of(preload.store.get());
    } catch (ExecutionException e) {
      LOG.log(
          Level.WARNING, "Preloading the local database failed; opening it again", e.getCause());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * The preloaded client for {@code serverUrl} (waiting for it if need be), at most once; empty
   * when none was made for that address (the caller makes one).
   */
  static synchronized Optional<ServerClient> takeClient(String serverUrl) {
    StorePreload preload = current;
    if (preload == null || preload.clientTaken) {
      return Optional.empty();
    }
    preload.clientTaken = true;
    preload.forgetIfAllTaken();
    Optional<ServerClient> made = preload.client.join();
    if (made.isPresent() && !SavedSession.sameServer(made.get().baseUrl(), serverUrl)) {
      made.get().close();
      return Optional.empty();
    }
    return made;
  }

  private void forgetIfAllTaken() {
    if (storeTaken && clientTaken) {
      current = null;
    }
  }

  /**
   * Closes what was preloaded and nobody took (another agency signed in, or sign-in shown), once it
   * is ready; returns at once.
   */
  static synchronized void discard() {
    StorePreload preload = current;
    current = null;
    if (preload != null) {
      preload.closeUntaken();
    }
  }

  /** As {@link #discard()}, but returns only when everything is closed (for tests). */
  static void discardAndWait() {
    StorePreload preload;
    synchronized (StorePreload.class) {
      preload = current;
      current = null;
    }
    if (preload != null) {
      preload.closeUntaken().join();
    }
  }

  private CompletableFuture<Void> closeUntaken() {
    CompletableFuture<Void> storeClosed =
        storeTaken
            ? CompletableFuture.completedFuture(null)
            : store.thenAccept(LocalStore::close).exceptionally(failed -> null);
    CompletableFuture<Void> clientClosed =
        clientTaken
            ? CompletableFuture.completedFuture(null)
            : client.thenAccept(made -> made.ifPresent(ServerClient::close));
    return CompletableFuture.allOf(storeClosed, clientClosed);
  }
}
