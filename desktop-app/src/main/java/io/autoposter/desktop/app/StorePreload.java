package io.autoposter.desktop.app;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.storage.SessionStore;
import io.autoposter.model.AgencyId;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the local database of the last signed-in agency on a background thread as soon as the
 * process starts, while JavaFX starts and the window opens: opening it (Hibernate's start) is the
 * slowest step of a start. The app takes it when it resumes that session; otherwise it is closed.
 */
final class StorePreload {

  private static final Logger LOG = Logger.getLogger(StorePreload.class.getName());
  private static StorePreload current;

  private final Path dataDir;
  private final AgencyId agency;
  private final CompletableFuture<LocalStore> store;

  private StorePreload(Path dataDir, AgencyId agency) {
    this.dataDir = dataDir;
    this.agency = agency;
    this.store = new CompletableFuture<>();
    Thread.ofPlatform()
        .name("store-preload")
        .daemon()
        .start(
            () -> {
              try {
                store.complete(LocalStore.openForAgency(dataDir, agency));
              } catch (RuntimeException e) {
                store.completeExceptionally(e);
              }
            });
  }

  /** Starts opening the last agency's database under {@code dataDir}, if there was a session. */
  static synchronized void begin(Path dataDir) {
    if (current != null) {
      return;
    }
    new SessionStore(dataDir)
        .lastAgency()
        .ifPresent(agency -> current = new StorePreload(dataDir, agency));
  }

  /**
   * The preloaded database of {@code agency} under {@code dataDir} (waiting for it if need be), at
   * most once; empty when none was preloaded for it or opening it failed (the caller opens it).
   */
  static synchronized Optional<LocalStore> take(Path dataDir, AgencyId agency) {
    StorePreload preload = current;
    if (preload == null || !preload.dataDir.equals(dataDir) || !preload.agency.equals(agency)) {
      return Optional.empty();
    }
    current = null;
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
   * Closes a preloaded database nobody took (another agency signed in, or sign-in shown), once it
   * has finished opening; returns at once.
   */
  static synchronized void discard() {
    StorePreload preload = current;
    current = null;
    if (preload != null) {
      preload.store.thenAccept(LocalStore::close);
    }
  }

  /** As {@link #discard()}, but returns only when the database is closed (for tests). */
  static void discardAndWait() {
    StorePreload preload;
    synchronized (StorePreload.class) {
      preload = current;
      current = null;
    }
    if (preload != null) {
      preload.store.thenAccept(LocalStore::close).exceptionally(failed -> null).join();
    }
  }
}
