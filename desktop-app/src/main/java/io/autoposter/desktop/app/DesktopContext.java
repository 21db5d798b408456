package io.autoposter.desktop.app;

import io.autoposter.desktop.accounts.AccountHealthBook;
import io.autoposter.desktop.posts.PostService;
import io.autoposter.desktop.storage.Keychain;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.storage.SessionStore;
import io.autoposter.desktop.sync.AccountService;
import io.autoposter.desktop.sync.AuditLog;
import io.autoposter.desktop.sync.BrandAdmin;
import io.autoposter.desktop.sync.ConnectedAccounts;
import io.autoposter.desktop.sync.ServerCallException;
import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.sync.SignInException;
import io.autoposter.desktop.sync.SyncEngine;
import io.autoposter.desktop.sync.TeamService;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.api.SessionResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desktop's composition root without any JavaFX: data directory, session, the signed-in
 * agency's local store, sync engine and post service. The JavaFX app builds its screens on it, and
 * end-to-end tests drive it headless:
 *
 * <pre>{@code
 * try (DesktopContext desktop = DesktopContext.open(tempDir, "http://127.0.0.1:" + port)) {
 *   desktop.signIn("owner@agency.test", "correct horse");      // network; throws SignInException
 *   // with two-factor on: reason() == TWO_FACTOR_REQUIRED, then
 *   // desktop.signIn("owner@agency.test", "correct horse", totp.now());
 *   desktop.syncEngine().syncNow();                             // first pull brings the brands
 *   Brand brand = desktop.brands().getFirst();
 *   LocalPost post = desktop.posts().schedule(                  // offline, outbox entry written
 *       brand.id(), "Pizza night!", Set.of(Network.SANDBOX), Instant.now().plusSeconds(5));
 *   SyncResult result = desktop.syncEngine().syncNow();        // push, then pull; throws SyncException
 *   PostStatus status = desktop.posts().find(post.post().id()).orElseThrow().post().status();
 * }
 * }</pre>
 *
 * <p>The admin and account routes, for owners and admins (each call throws {@link
 * ServerCallException}: {@link io.autoposter.desktop.sync.ApiException} with the problem's {@code
 * code()}, or {@link io.autoposter.desktop.sync.ServerUnreachableException}):
 *
 * <pre>{@code
 * Invitation invite = desktop.team().invite(
 *     new CreateInvitationRequest("lea@agency.test", Role.EDITOR, false, Set.of(brand.id())));
 * Member me = desktop.account().me();
 * TotpEnrollment totp = desktop.account().startTwoFactorEnrollment();
 * desktop.account().confirmTwoFactor(codeFor(totp.secret()));
 * Brand created = desktop.brandAdmin().create(
 *     new CreateBrandRequest("Studio Verde", "Europe/Berlin", "#15803D"));
 * desktop.syncEngine().syncNow();                             // the new brand arrives locally
 * AuditPage log = desktop.audit().page(AuditQuery.firstPage());
 * desktop.signOut();          // ends the server session if reachable; always forgets the secret
 * }</pre>
 *
 * <p>Methods that touch the database or network block; the UI calls them through its {@code
 * TaskExecutor}. The background sync loop only runs after {@code syncEngine().start()}.
 */
public final class DesktopContext implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DesktopContext.class.getName());

  private final Path dataDir;
  private final String serverUrl;
  private final SessionStore sessionStore;
  private SignedIn signedIn;

  private DesktopContext(Path dataDir, String serverUrl, SessionStore sessionStore) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.serverUrl = Objects.requireNonNull(serverUrl, "serverUrl");
    this.sessionStore = sessionStore;
  }

  /**
   * Opens the desktop state under {@code dataDir}, talking to {@code serverUrl} by default. The
   * session token goes to the OS keychain when there is one, else to an owner-only file.
   */
  public static DesktopContext open(Path dataDir, String serverUrl) {
    return new DesktopContext(dataDir, serverUrl, new SessionStore(dataDir));
  }

  /** As {@link #open(Path, String)} with an explicit keychain (empty: the file only). */
  public static DesktopContext open(Path dataDir, String serverUrl, Optional<Keychain> keychain) {
    return new DesktopContext(dataDir, serverUrl, new SessionStore(dataDir, keychain));
  }

  /** Where the saved session lives, for tests and diagnostics. */
  public SessionStore sessionStore() {
    return sessionStore;
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
    return signIn(serverUrl, email, password, null);
  }

  /** Signs in to the default server with a second factor (TOTP or recovery code). */
  public SavedSession signIn(String email, String password, String oneTimeCode)
      throws SignInException {
    return signIn(serverUrl, email, password, oneTimeCode);
  }

  /**
   * Signs in over the network, saves the session and opens the agency's local store.
   *
   * @throws SignInException with a reason: wrong credentials, unreachable, invalid URL, other
   */
  public synchronized SavedSession signIn(
      String url, String email, String password, String oneTimeCode) throws SignInException {
    ServerClient client;
    try {
      client = ServerClient.create(url);
    } catch (IllegalArgumentException e) {
      throw new SignInException(SignInException.Reason.INVALID_URL, e.getMessage(), e);
    }
    SessionResponse response;
    try {
      response = client.signIn(email.strip(), password, deviceName(), oneTimeCode);
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
            response.expiresAt(),
            response.role(),
            response.twoFactorEnrollmentRequired());
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

  /** The signed-in agency's local store: editing posts and media, conflicts (blocking). */
  public synchronized LocalStore store() {
    return current().store();
  }

  /** The brands pulled so far. */
  public List<Brand> brands() {
    return posts().brands();
  }

  /** The local posts of one brand, with status and outcome as last synced. */
  public List<LocalPost> localPosts(BrandId brandId) {
    return posts().posts(brandId);
  }

  /**
   * Asks {@code url} to e-mail a password-reset link to {@code email}. The server answers the same
   * whether or not the address has an account.
   */
  public void requestPasswordReset(String url, String email) throws ServerCallException {
    try (ServerClient client = ServerClient.create(url)) {
      client.requestPasswordReset(email);
    }
  }

  /**
   * Signs out: ends the session on the server when it is reachable, and always removes the session
   * secret (keychain entry and session file) and closes the agency's store. Local post data stays
   * on disk. Returns true if the server confirmed the sign-out.
   */
  public synchronized boolean signOut() {
    boolean confirmed = false;
    if (signedIn != null) {
      try {
        signedIn.client().signOut();
        confirmed = true;
      } catch (ServerCallException e) {
        LOG.log(Level.INFO, "sign-out not confirmed by the server: " + e.getMessage());
      }
    }
    sessionStore.clear();
    closeSignedIn();
    return confirmed;
  }

  /** The signed-in user's devices, two-factor and agency settings (network). */
  public synchronized AccountService account() {
    return current().client().account(current().session().agencyId());
  }

  /** Members and invitations (network; owners and admins). */
  public synchronized TeamService team() {
    return current().client().team();
  }

  /** Brand administration on the server (network; owners and admins). */
  public synchronized BrandAdmin brandAdmin() {
    return current().client().brandAdmin();
  }

  /** The brands' connected social accounts and their health (network). */
  public synchronized ConnectedAccounts connectedAccounts() {
    return current().client().connectedAccounts();
  }

  /** What the Accounts screen asks of the server, as the app wires it. */
  public io.autoposter.desktop.accounts.AccountsServer accountsServer() {
    return new ServerAccounts(connectedAccounts());
  }

  /**
   * The accounts' last known token health: refreshed after sync rounds (at most every few minutes)
   * and whenever the Accounts screen loads, and kept beside the agency's store for offline use.
   */
  public synchronized AccountHealthBook accountHealth() {
    return current().accountHealth();
  }

  /** The audit log (network; owners and admins). */
  public synchronized AuditLog audit() {
    return current().client().audit();
  }

  /**
   * Records what the server now says about the signed-in user (role, whether two-factor enrolment
   * is still required) in the saved session.
   */
  public synchronized SavedSession updateSession(Role role, boolean twoFactorEnrollmentRequired) {
    SignedIn now = current();
    SavedSession updated =
        now.session().withRole(role).withTwoFactorEnrollmentRequired(twoFactorEnrollmentRequired);
    if (!updated.equals(now.session())) {
      sessionStore.save(updated);
      signedIn =
          new SignedIn(
              updated, now.client(), now.store(), now.sync(), now.posts(), now.accountHealth());
    }
    return updated;
  }

  @Override
  public synchronized void close() {
    closeSignedIn();
  }

  private void activate(SavedSession session) {
    ServerClient client =
        StorePreload.takeClient(session.serverUrl())
            .orElseGet(() -> ServerClient.create(session.serverUrl()));
    client.useToken(session.token());
    activate(session, client);
  }

  private void activate(SavedSession session, ServerClient client) {
    closeSignedIn();
    LocalStore store =
        StorePreload.take(dataDir, session.agencyId())
            .orElseGet(() -> LocalStore.openForAgency(dataDir, session.agencyId()));
    SyncEngine sync = new SyncEngine(store, client);
    PostService posts = new PostService(store, sync::localChange);
    AccountHealthBook health =
        AccountHealthBook.savedIn(agencyDir(session).resolve("token-health.json"));
    ConnectedAccounts accounts = client.connectedAccounts();
    // On the sync thread, after a round that reached the server: one more small call there.
    sync.addRoundListener(round -> health.refreshIfStale(accounts::tokenHealth));
    signedIn = new SignedIn(session, client, store, sync, posts, health);
  }

  private Path agencyDir(SavedSession session) {
    return dataDir.resolve("agencies").resolve(session.agencyId().toString());
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
      PostService posts,
      AccountHealthBook accountHealth) {}
}
