package io.autoposter.server.app;

import io.autoposter.server.access.Access;
import io.autoposter.server.accounts.AccountServices;
import io.autoposter.server.accounts.TokenRefresher;
import io.autoposter.server.api.Routes;
import io.autoposter.server.audit.AuditEndpoint;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.auth.Agencies;
import io.autoposter.server.auth.AuthEndpoint;
import io.autoposter.server.auth.PasswordHasher;
import io.autoposter.server.auth.PasswordResets;
import io.autoposter.server.auth.Registration;
import io.autoposter.server.auth.Sessions;
import io.autoposter.server.auth.SessionsEndpoint;
import io.autoposter.server.auth.SignIn;
import io.autoposter.server.auth.TenantsEndpoint;
import io.autoposter.server.brands.BrandLogos;
import io.autoposter.server.brands.BrandQuotas;
import io.autoposter.server.brands.Brands;
import io.autoposter.server.brands.BrandsEndpoint;
import io.autoposter.server.mail.Mailer;
import io.autoposter.server.media.MediaEndpoint;
import io.autoposter.server.media.MediaLinks;
import io.autoposter.server.media.MediaUploads;
import io.autoposter.server.media.PublicMediaEndpoint;
import io.autoposter.server.openapi.OpenApiEndpoint;
import io.autoposter.server.posts.PostsApi;
import io.autoposter.server.publish.Publisher;
import io.autoposter.server.ratelimit.RateLimiter;
import io.autoposter.server.sandbox.SandboxEndpoint;
import io.autoposter.server.sandbox.SocialAccounts;
import io.autoposter.server.status.StatusEndpoint;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.sync.SyncEndpoint;
import io.autoposter.server.sync.SyncService;
import io.autoposter.server.team.Invitations;
import io.autoposter.server.team.InvitationsEndpoint;
import io.autoposter.server.team.Members;
import io.autoposter.server.team.UsersEndpoint;
import io.autoposter.server.twofactor.SecretBox;
import io.autoposter.server.twofactor.TwoFactor;
import io.autoposter.server.twofactor.TwoFactorEndpoint;
import io.autoposter.server.vault.TokenVault;
import io.autoposter.server.web.InvitationPage;
import io.autoposter.server.web.PasswordResetPage;
import java.time.Clock;

/**
 * The wired server without a socket: database, publisher and every endpoint. {@link
 * AutoposterServer} puts a web server in front of it; Helidon's {@code @ServerTest} tests mount the
 * same endpoints through {@link Main#routing}.
 */
final class ServerComponents implements AutoCloseable {
  /**
   * How long a platform may fetch a picture through its signed link (Instagram fetches at once).
   */
  private static final java.time.Duration MEDIA_LINK_LIFETIME = java.time.Duration.ofHours(1);

  private final Database database;
  private final Publisher publisher;
  private final Endpoints endpoints;
  private final boolean publisherEnabled;
  private final PublicUrl publicUrl;
  private final TokenVault tokenVault;
  private final TokenRefresher refresher;
  private final OperatorChannel operator;
  private final Routes routes = new Routes();

  private ServerComponents(
      Database database,
      Publisher publisher,
      Endpoints endpoints,
      boolean publisherEnabled,
      PublicUrl publicUrl,
      TokenVault tokenVault,
      TokenRefresher refresher,
      OperatorChannel operator) {
    this.database = database;
    this.publisher = publisher;
    this.endpoints = endpoints;
    this.publisherEnabled = publisherEnabled;
    this.publicUrl = publicUrl;
    this.tokenVault = tokenVault;
    this.refresher = refresher;
    this.operator = operator;
  }

  static ServerComponents create(ServerSettings settings) {
    return create(settings, Clock.systemUTC());
  }

  /**
   * Opens (and migrates) the database, wires every service and seeds the demo if asked to. The
   * clock drives sessions, tokens, TOTP and rate limits, so tests can move time.
   */
  static ServerComponents create(ServerSettings settings, Clock clock) {
    Database database = Database.open(settings.database());
    Publisher publisher = null;
    try {
      // Without a master key (and outside demo mode) the server stops here, saying how to add one.
      TokenVault tokenVault = TokenVault.open(database, settings.vault(), clock);
      ChangeLogRepository changeLog = new ChangeLogRepository(clock);
      PostRepository posts = new PostRepository();
      PublicUrl publicUrl = new PublicUrl(settings.publicUrl(), settings.host(), settings.port());
      MediaLinks mediaLinks = MediaLinks.open(database, clock);
      publisher =
          new Publisher(
              database,
              clock,
              changeLog,
              posts,
              tokenVault,
              settings.platforms(),
              settings.media().folderIn(settings.dataDir()),
              (agency, sha256) ->
                  publicUrl.get() + mediaLinks.path(agency, sha256, MEDIA_LINK_LIFETIME),
              settings.publishing());
      Runnable scheduleChanged = settings.publisherEnabled() ? publisher::nudge : () -> {};

      AuditLog audit = new AuditLog(database, clock);
      RateLimiter limiter = new RateLimiter(clock);
      Mailer mailer = new Mailer(settings.mail(), clock);
      PasswordHasher passwords = new PasswordHasher();
      Sessions sessions = new Sessions(database, clock, audit);
      Access access = new Access(sessions, settings.trustProxy());
      TwoFactor twoFactor =
          new TwoFactor(
              database, clock, SecretBox.openOrCreate(settings.twoFactorKeyFile()), limiter, audit);
      SignIn signIn = new SignIn(database, sessions, passwords, twoFactor, limiter, audit);
      PasswordResets resets =
          new PasswordResets(
              database, clock, passwords, sessions, mailer, publicUrl, limiter, audit);
      Registration registration =
          new Registration(database, clock, sessions, changeLog, passwords, audit);
      Brands brands = new Brands(database, clock, changeLog, audit);
      SocialAccounts accounts = new SocialAccounts(database, clock, audit);
      Invitations invitations =
          new Invitations(
              database, clock, sessions, passwords, mailer, publicUrl, limiter, audit, changeLog);
      SyncService sync = new SyncService(database, clock, changeLog, posts, scheduleChanged);

      MediaUploads media =
          new MediaUploads(
              database, clock, settings.media(), settings.media().folderIn(settings.dataDir()));

      AccountServices accountServices =
          new AccountServices(
              database,
              clock,
              settings.platforms(),
              publicUrl,
              tokenVault,
              audit,
              accounts,
              access);
      if (settings.demo().seed()) {
        new DemoSeed(registration, brands, accounts, sessions, new DemoContent(sync, media, clock))
            .ensure(settings.demo());
      }
      OperatorChannel operator =
          new OperatorChannel(settings.dataDir(), database, settings.vault(), clock);
      PostsApi postsApi =
          new PostsApi(database, clock, sync, brands, accounts, media, audit, access);
      Endpoints endpoints =
          new Endpoints(
              new StatusEndpoint(database, settings.dataDir()),
              new TenantsEndpoint(registration, new Agencies(database, audit), access),
              new AuthEndpoint(signIn, sessions, resets, access),
              new TwoFactorEndpoint(twoFactor, access),
              new SessionsEndpoint(sessions, access),
              new UsersEndpoint(new Members(database, changeLog, audit), access),
              new InvitationsEndpoint(invitations, access),
              new BrandsEndpoint(
                  brands,
                  new BrandLogos(database, clock, brands),
                  new BrandQuotas(database, clock, brands),
                  access),
              accountServices.endpoint(),
              new SyncEndpoint(sync, access),
              postsApi.endpoint(),
              postsApi.queueEndpoint(),
              new MediaEndpoint(media, access),
              new SandboxEndpoint(accounts, access),
              new AuditEndpoint(audit, access),
              new OpenApiEndpoint(),
              new InvitationPage(invitations, sessions, access),
              new PasswordResetPage(resets, access),
              accountServices.pages(),
              operator,
              new PublicMediaEndpoint(mediaLinks, media));
      return new ServerComponents(
          database,
          publisher,
          endpoints,
          settings.publisherEnabled(),
          publicUrl,
          tokenVault,
          accountServices.refresher(),
          operator);
    } catch (RuntimeException e) {
      if (publisher != null) {
        publisher.close();
      }
      database.close();
      throw e;
    }
  }

  Endpoints endpoints() {
    return endpoints;
  }

  /** The platform tokens of connected accounts (the OAuth connect flows will store them here). */
  TokenVault tokenVault() {
    return tokenVault;
  }

  /** Refreshes and re-checks platform tokens in the background. */
  TokenRefresher refresher() {
    return refresher;
  }

  /** Every route mounted by {@link Main#routing} with these components. */
  Routes routes() {
    return routes;
  }

  /** Tells the link builder the port actually bound (the settings may have asked for 0). */
  void boundTo(String host, int port) {
    publicUrl.boundTo(port);
    operator.publish(host, port);
  }

  /**
   * Arms the due-time timer, which also publishes posts that fell due while the server was down.
   */
  void startPublisher() {
    if (publisherEnabled) {
      publisher.start();
    }
    refresher.start();
  }

  /** Stops the publisher, then closes the database. */
  @Override
  public void close() {
    operator.withdraw();
    refresher.close();
    publisher.close();
    database.close();
  }
}
