package io.autoposter.server.accounts;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.AccountDisconnected;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.Transaction;
import io.autoposter.server.vault.SecretToken;
import io.autoposter.server.vault.TokenKind;
import io.autoposter.server.vault.TokenVault;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.logging.Logger;

/** Connected accounts of the caller's agency and visible brands: list, health, disconnect. */
final class ConnectedAccounts {
  private static final Logger LOG = Logger.getLogger(ConnectedAccounts.class.getName());

  private final Database database;
  private final Clock clock;
  private final Connectors connectors;
  private final TokenVault vault;
  private final AuditLog audit;
  private final Runnable accountsChanged;
  private final Predicate<AgencyId> checker;
  private final ConnectedAccountRepository accounts = new ConnectedAccountRepository();

  ConnectedAccounts(
      Database database,
      Clock clock,
      Connectors connectors,
      TokenVault vault,
      AuditLog audit,
      Predicate<AgencyId> checker,
      Runnable accountsChanged) {
    this.database = database;
    this.clock = clock;
    this.connectors = connectors;
    this.vault = vault;
    this.audit = audit;
    this.checker = checker;
    this.accountsChanged = accountsChanged;
  }

  List<SocialAccount> connected(Caller caller) {
    return rows(caller).stream().map(ConnectedAccountRepository.Row::account).toList();
  }

  List<TokenHealth> health(Caller caller) {
    var now = clock.instant();
    return rows(caller).stream().map(row -> AccountHealth.of(row, now)).toList();
  }

  /** Checks the agency's accounts at their platforms now (throttled), then answers the health. */
  List<TokenHealth> checkNow(Caller caller) {
    checker.test(caller.agencyId());
    return health(caller);
  }

  /**
   * Deletes the account and its tokens, and revokes Autoposter's access at the platform unless
   * another account of the agency still uses the same grant (a Facebook sign-in covers the Page,
   * its Instagram account and the person's other Pages; one LinkedIn sign-in can attach several
   * organizations): revoking would break those too.
   */
  AccountDisconnected disconnect(Caller caller, SocialAccountId id, ClientOrigin origin) {
    ConnectedAccountRepository.Row row =
        database
            .inTransaction(tx -> accounts.find(tx, caller.agencyId(), id))
            .filter(found -> caller.canSee(found.account().brandId()))
            .orElseThrow(() -> ProblemException.notFound("There is no such account."));
    Network network = row.account().network();
    boolean revoked = network == Network.SANDBOX;
    String message = "Disconnected.";
    if (network != Network.SANDBOX) {
      Connector.StoredTokens tokens =
          database.inTransaction(tx -> tokens(tx, row.agency(), id, network));
      List<String> sharing =
          database.inTransaction(tx -> sharingTheGrant(tx, row, tokens)).stream()
              .map(other -> other.account().displayName())
              .toList();
      if (!sharing.isEmpty()) {
        message =
            "Disconnected. %s access stays for %s, which use the same sign-in; disconnect those too"
                    .formatted(network.displayName(), String.join(", ", sharing))
                + " to end it at the platform.";
      } else {
        try {
          connectors.forAccount(network).revoke(tokens);
          revoked = true;
          message = "Disconnected; " + network.displayName() + " revoked Autoposter's access.";
        } catch (PlatformException | IllegalArgumentException e) {
          LOG.warning(() -> "Revoke of account " + id.value() + " failed: " + e.getMessage());
          message =
              "Disconnected here, but %s did not confirm revoking access (%s). Remove Autoposter in"
                      .formatted(network.displayName(), e.getMessage())
                  + " the platform's settings if you want its access gone there too.";
        }
      }
    }
    int deleted =
        database.inTransaction(
            tx -> {
              int tokens = vault.delete(tx, caller.agencyId(), id);
              accounts.delete(tx, caller.agencyId(), id);
              return tokens;
            });
    audit.record(
        AuditEvent.by(
            caller,
            origin,
            AuditAction.ACCOUNT_DISCONNECTED,
            row.account().displayName(),
            network + " for brand " + row.account().brandId() + (revoked ? ", revoked" : "")));
    accountsChanged.run();
    return new AccountDisconnected(id, revoked, deleted, message);
  }

  private Connector.StoredTokens tokens(
      Transaction tx, AgencyId agency, SocialAccountId id, Network network) {
    return new Connector.StoredTokens(
        vault.read(tx, agency, id, network, TokenKind.ACCESS).orElse(null),
        vault.read(tx, agency, id, network, TokenKind.REFRESH).orElse(null),
        vault.read(tx, agency, id, network, TokenKind.PAGE).orElse(null));
  }

  /** The agency's other accounts of the same platform whose user or refresh token is this one's. */
  private List<ConnectedAccountRepository.Row> sharingTheGrant(
      Transaction tx, ConnectedAccountRepository.Row row, Connector.StoredTokens tokens) {
    Network network = row.account().network();
    Connector connector = connectors.forAccount(network);
    return accounts.list(tx, row.agency()).stream()
        .filter(other -> !other.account().id().equals(row.account().id()))
        .filter(other -> other.account().network() != Network.SANDBOX)
        .filter(other -> connectors.forAccount(other.account().network()) == connector)
        .filter(
            other -> {
              Connector.StoredTokens theirs =
                  tokens(tx, row.agency(), other.account().id(), other.account().network());
              return same(tokens.access(), theirs.access())
                  || same(tokens.refresh(), theirs.refresh());
            })
        .toList();
  }

  private static boolean same(SecretToken mine, SecretToken theirs) {
    return mine != null && Objects.equals(mine, theirs);
  }

  private List<ConnectedAccountRepository.Row> rows(Caller caller) {
    return database.inTransaction(tx -> accounts.list(tx, caller.agencyId())).stream()
        .filter(row -> caller.canSee(row.account().brandId()))
        .toList();
  }
}
