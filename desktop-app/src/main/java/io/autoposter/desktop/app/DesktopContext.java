package io.autoposter.desktop.app;

import io.autoposter.desktop.posts.PostService;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.storage.SessionStore;
import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.sync.SignInException;
import io.autoposter.desktop.sync.SyncEngine;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.api.SessionResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The desktop's composition root without any JavaFX: data directory, session, the signed-in
 * agency's local store, sync engine and post service. The JavaFX app builds its screens on it, and
 * end-to-end tests drive it headless:
 *
 * <pre>{@code
 * try (DesktopContext desktop = DesktopContext.open(tempDir, "http://127.0.0.1:" + port)) {
 *   desktop.signIn("owner@agency.test", "correct horse");      // network
 *   desktop.syncEngine().syncNow();                             // first pull brings the brands
 *   Brand brand = desktop.brands().getFirst();
 *   LocalPost post = desktop.posts().schedule(                  // offline, outbox entry written
 *       brand.id(), "Pizza night!", Set.of(Network.SANDBOX), Instant.now().plusSeconds(5));
 *   SyncResult result = desktop.syncEngine().syncNow();        // push, then pull; throws SyncException
 *   PostStatus status = desktop.posts().find(post.post().id()).orElseThrow().post().status();
 * }
 * }</pre>
 *
 * <p>Methods that touch the database or network block; the UI calls them through its {@code
 * TaskExecutor}. The background sync loop only runs after {@code syncEngine().start()}.
 */
public final class DesktopContext implements AutoCloseable {

  private final Path dataDir;
  private final String serverUrl;
  private final SessionStore sessionStore;
  private SignedIn signedIn;

  private DesktopContext(Path dataDir, String serverUrl) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.serverUrl = Objects.requireNonNull(serverUrl, "serverUrl");
    this.sessionStore = new SessionStore(dataDir);
  }

  /** Opens the desktop state under {@code dataDir}, talking to {@code serverUrl} by default. */
  public static DesktopContext open(Path dataDir, String serverUrl) {
    return new DesktopContext(dataDir, serverUrl);
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The server address sign-in uses unless told otherwise. */
  public String serverUrl() {
    return serverUrl;
  }

  /** The last saved session, whatever server or user it belongs to. */
  public Optional<SavedSession> savedSession() {
    return sessionStore.load();
  }

  /**
   * Signs in again from the saved session without the network, if there is one for the default
   * server and {@code email}.
   */
  public synchronized boolean resume(String email) {
    Optional<SavedSession> saved = sessionStore.load().filter(s -> s.matches(serverUrl, email));
    saved.ifPresent(this::activate);
    return saved.isPresent();
  }

  /** As {@link #resume(String)}, for whoever last signed in to the default server. */
  public synchronized boolean resumeLast() {
    Optional<SavedSession> saved = sessionStore.load().filter(s -> s.matches(serverUrl, s.email()));
    saved.ifPresent(this::activate);
    return saved.isPresent();
  }

  /** Signs in to the default server. */
  public SavedSession signIn(String email, String password) throws SignInException {
    return signIn(serverUrl, email, password);
  }

  /**
   * Signs in over the network, saves the session and opens the agency's local store.
   *
   * @throws SignInException with a reason: wrong credentials, unreachable, invalid URL, other
   */
  public synchronized SavedSession signIn(String url, String email, String password)
      throws SignInException {
    ServerClient client;
    try {
      client = ServerClient.create(url);
    } catch (IllegalArgumentException e) {
      throw new SignInException(SignInException.Reason.INVALID_URL, e.getMessage(), e);
    }
    SessionResponse response;
    try {
      response = client.signIn(email.strip(), password, deviceName());
    } catch (SignInException e) {
      client.close();
      throw e;
    }
    SavedSession session =
        new SavedSession(
            client.baseUrl(),
            email.strip(),
            response.agencyId(),
            response.userId(),
            response.agencyName(),
            response.token(),
            response.expiresAt());
    sessionStore.save(session);
    activate(session, client);
    return session;
  }

  public synchronized boolean isSignedIn() {
    return signedIn != null;
  }

  /** The signed-in session. */
  public synchronized SavedSession session() {
    return current().session();
  }

  /** Creating and reading posts, offline. */
  public synchronized PostService posts() {
    return current().posts();
  }

  public synchronized SyncEngine syncEngine() {
    return current().sync();
  }

  /** The brands pulled so far. */
  public List<Brand> brands() {
    return posts().brands();
  }

  /** The local posts of one brand, with status and outcome as last synced. */
  public List<LocalPost> localPosts(BrandId brandId) {
    return posts().posts(brandId);
  }

  /** Forgets the saved session and closes the agency's store; local data stays on disk. */
  public synchronized void signOut() {
    sessionStore.clear();
    closeSignedIn();
  }

  @Override
  public synchronized void close() {
    closeSignedIn();
  }

  private void activate(SavedSession session) {
    ServerClient client = ServerClient.create(session.serverUrl());
    client.useToken(session.token());
    activate(session, client);
  }

  private void activate(SavedSession session, ServerClient client) {
    closeSignedIn();
    LocalStore store = LocalStore.openForAgency(dataDir, session.agencyId());
    SyncEngine sync = new SyncEngine(store, client);
    PostService posts = new PostService(store, sync::localChange);
    signedIn = new SignedIn(session, client, store, sync, posts);
  }

  private SignedIn current() {
    if (signedIn == null) {
      throw new IllegalStateException("not signed in: call signIn or resume first");
    }
    return signedIn;
  }

  private void closeSignedIn() {
    if (signedIn != null) {
      signedIn.sync().close();
      signedIn.store().close();
      signedIn.client().close();
      signedIn = null;
    }
  }

  private static String deviceName() {
    return "Autoposter desktop on " + System.getProperty("os.name", "unknown OS");
  }

  private record SignedIn(
      SavedSession session,
      ServerClient client,
      LocalStore store,
      SyncEngine sync,
      PostService posts) {}
}
