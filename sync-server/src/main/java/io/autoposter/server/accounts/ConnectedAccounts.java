package io.autoposter.server.accounts;

import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import io.autoposter.server.access.Caller;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.store.Database;
import io.autoposter.server.vault.TokenKind;
import io.autoposter.server.vault.TokenVault;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** Connected accounts of the caller's agency and visible brands: list, health, disconnect. */
final class ConnectedAccounts {
  private static final Logger LOG = Logger.getLogger(ConnectedAccounts.class.getName());

  private final Database database;
  private final Clock clock;
  private final Connectors connectors;
  private final TokenVault vault;
  private final Runnable accountsChanged;
  private final ConnectedAccountRepository accounts = new ConnectedAccountRepository();

  ConnectedAccounts(
      Database database,
      Clock clock,
      Connectors connectors,
      TokenVault vault,
      Runnable accountsChanged) {
    this.database = database;
    this.clock = clock;
    this.connectors = connectors;
    this.vault = vault;
    this.accountsChanged = accountsChanged;
  }

  /** The answer of a disconnect: ours are always deleted; the platform's revoke may fail. */
  record Disconnected(
      SocialAccountId accountId, boolean revokedAtPlatform, int tokensDeleted, String message) {}

  List<SocialAccount> connected(Caller caller) {
    return rows(caller).stream().map(ConnectedAccountRepository.Row::account).toList();
  }

  List<TokenHealth> health(Caller caller) {
    var now = clock.instant();
    return rows(caller).stream().map(row -> AccountHealth.of(row, now)).toList();
  }

  Disconnected disconnect(Caller caller, SocialAccountId id) {
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
          database.inTransaction(
              tx ->
                  new Connector.StoredTokens(
                      vault.read(tx, caller.agencyId(), id, network, TokenKind.ACCESS).orElse(null),
                      vault
                          .read(tx, caller.agencyId(), id, network, TokenKind.REFRESH)
                          .orElse(null),
                      vault.read(tx, caller.agencyId(), id, network, TokenKind.PAGE).orElse(null)));
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
    int deleted =
        database.inTransaction(
            tx -> {
              int tokens = vault.delete(tx, caller.agencyId(), id);
              accounts.delete(tx, caller.agencyId(), id);
              return tokens;
            });
    accountsChanged.run();
    return new Disconnected(id, revoked, deleted, message);
  }

  private List<ConnectedAccountRepository.Row> rows(Caller caller) {
    return database.inTransaction(tx -> accounts.list(tx, caller.agencyId())).stream()
        .filter(row -> caller.canSee(row.account().brandId()))
        .toList();
  }
}
