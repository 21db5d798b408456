package io.autoposter.server.app;

import io.autoposter.server.auth.AuthEndpoint;
import io.autoposter.server.auth.Authenticator;
import io.autoposter.server.auth.Registration;
import io.autoposter.server.auth.Sessions;
import io.autoposter.server.auth.TenantsEndpoint;
import io.autoposter.server.brands.Brands;
import io.autoposter.server.brands.BrandsEndpoint;
import io.autoposter.server.publish.Publisher;
import io.autoposter.server.sandbox.AccountsEndpoint;
import io.autoposter.server.sandbox.SandboxEndpoint;
import io.autoposter.server.sandbox.SocialAccounts;
import io.autoposter.server.status.StatusEndpoint;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.sync.SyncEndpoint;
import io.autoposter.server.sync.SyncService;
import java.time.Clock;

/**
 * The wired server without a socket: database, publisher and every endpoint. {@link
 * AutoposterServer} puts a web server in front of it; Helidon's {@code @ServerTest} tests mount the
 * same endpoints through {@link Main#routing}.
 */
final class ServerComponents implements AutoCloseable {
  private final Database database;
  private final Publisher publisher;
  private final Endpoints endpoints;
  private final boolean publisherEnabled;

  private ServerComponents(
      Database database, Publisher publisher, Endpoints endpoints, boolean publisherEnabled) {
    this.database = database;
    this.publisher = publisher;
    this.endpoints = endpoints;
    this.publisherEnabled = publisherEnabled;
  }

  /** Opens (and migrates) the database, wires every service and seeds the demo if asked to. */
  static ServerComponents create(ServerSettings settings) {
    Database database = Database.open(settings.database());
    Publisher publisher = null;
    try {
      Clock clock = Clock.systemUTC();
      ChangeLogRepository changeLog = new ChangeLogRepository(clock);
      PostRepository posts = new PostRepository();
      publisher = new Publisher(database, clock, changeLog, posts);
      Runnable scheduleChanged = settings.publisherEnabled() ? publisher::nudge : () -> {};

      Sessions sessions = new Sessions(database, clock);
      Authenticator authenticator = new Authenticator(sessions);
      Registration registration = new Registration(database, clock, sessions, changeLog);
      Brands brands = new Brands(database, clock, changeLog);
      SocialAccounts accounts = new SocialAccounts(database, clock);
      SyncService sync = new SyncService(database, clock, changeLog, posts, scheduleChanged);

      if (settings.demo().seed()) {
        new DemoSeed(registration, brands, accounts).ensure(settings.demo());
      }
      Endpoints endpoints =
          new Endpoints(
              new StatusEndpoint(database, settings.dataDir()),
              new TenantsEndpoint(registration),
              new AuthEndpoint(sessions, authenticator),
              new BrandsEndpoint(brands, authenticator),
              new AccountsEndpoint(accounts, authenticator),
              new SyncEndpoint(sync, authenticator),
              new SandboxEndpoint(accounts, authenticator));
      return new ServerComponents(database, publisher, endpoints, settings.publisherEnabled());
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

  /**
   * Arms the due-time timer, which also publishes posts that fell due while the server was down.
   */
  void startPublisher() {
    if (publisherEnabled) {
      publisher.start();
    }
  }

  /** Stops the publisher, then closes the database. */
  @Override
  public void close() {
    publisher.close();
    database.close();
  }
}
