package io.autoposter.server.accounts;

import io.autoposter.server.access.Access;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.sandbox.SocialAccounts;
import io.autoposter.server.store.Database;
import io.autoposter.server.vault.TokenVault;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The package's wiring: the two HTTP services and the token refresher, sharing one HTTP client and
 * one set of connectors.
 */
public final class AccountServices {
  private final AccountsEndpoint endpoint;
  private final OAuthPages pages;
  private final TokenRefresher refresher;

  public AccountServices(
      Database database,
      Clock clock,
      PlatformSettings settings,
      Supplier<String> publicUrl,
      TokenVault vault,
      AuditLog audit,
      SocialAccounts sandbox,
      Access access) {
    Connectors connectors = new Connectors(settings, new PlatformHttp());
    refresher = new TokenRefresher(database, clock, connectors, vault);
    OAuthConnect connect =
        new OAuthConnect(database, clock, publicUrl, connectors, vault, audit, refresher::nudge);
    endpoint =
        new AccountsEndpoint(
            sandbox,
            connect,
            new ConnectedAccounts(
                database, clock, connectors, vault, audit, refresher::checkNow, refresher::nudge),
            access);
    pages = new OAuthPages(connect, access);
  }

  /** {@code /api/v1/accounts}. */
  public AccountsEndpoint endpoint() {
    return endpoint;
  }

  /** {@code /oauth}: start, callback, attach. */
  public OAuthPages pages() {
    return pages;
  }

  public TokenRefresher refresher() {
    return refresher;
  }
}
