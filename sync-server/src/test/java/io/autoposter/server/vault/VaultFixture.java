package io.autoposter.server.vault;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.DatabaseSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A real migrated database (an H2 file in a temporary directory, or PostgreSQL) with agencies and
 * social accounts made by plain SQL, and vaults opened on it with the test master key.
 */
final class VaultFixture implements AutoCloseable {
  /** One connected account: what a token's associated data is made of. */
  record Account(AgencyId agency, SocialAccountId id, Network network) {}

  final Database database;
  final Path dataDir;

  private VaultFixture(Database database, Path dataDir) {
    this.database = database;
    this.dataDir = dataDir;
  }

  static VaultFixture h2(Path dataDir) {
    return on(
        new DatabaseSettings(
            "jdbc:h2:file:"
                + dataDir.resolve("autoposter")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
            "",
            ""),
        dataDir);
  }

  static VaultFixture on(DatabaseSettings settings, Path dataDir) {
    return new VaultFixture(Database.open(settings), dataDir);
  }

  /** A vault as one server instance holds it: its own cached copy of the keyset. */
  TokenVault instance() {
    return TokenVault.open(database, TestMasterKey.settings(dataDir), Clock.systemUTC());
  }

  AgencyId agency() {
    AgencyId agency = new AgencyId(UUID.randomUUID());
    database.inTransaction(
        tx ->
            tx.update(
                "INSERT INTO agencies (id, name, created_at) VALUES (?, ?, ?)",
                agency.value(),
                "Agency " + agency.value(),
                Instant.now()));
    return agency;
  }

  Account account(AgencyId agency, Network network) {
    UUID brand = UUID.randomUUID();
    SocialAccountId account = new SocialAccountId(UUID.randomUUID());
    database.inTransaction(
        tx -> {
          tx.update(
              "INSERT INTO brands (id, agency_id, name, zone, color, created_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?)",
              brand,
              agency.value(),
              "Brand",
              "Europe/Rome",
              "#112233",
              Instant.now());
          return tx.update(
              "INSERT INTO social_accounts"
                  + " (id, agency_id, brand_id, network, display_name, created_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?)",
              account.value(),
              agency.value(),
              brand,
              network.name(),
              "Account",
              Instant.now());
        });
    return new Account(agency, account, network);
  }

  Account account() {
    return account(agency(), Network.SANDBOX);
  }

  void store(TokenVault vault, Account account, TokenKind kind, String token) {
    database.inTransaction(
        tx -> {
          vault.store(
              tx,
              account.agency(),
              account.id(),
              account.network(),
              kind,
              new SecretToken(token),
              Instant.now().plusSeconds(3600));
          return null;
        });
  }

  java.util.Optional<SecretToken> read(TokenVault vault, Account account, TokenKind kind) {
    return database.inTransaction(
        tx -> vault.read(tx, account.agency(), account.id(), account.network(), kind));
  }

  String ciphertext(Account account, TokenKind kind) {
    return database
        .inTransaction(
            tx ->
                tx.one(
                    "SELECT ciphertext FROM social_account_tokens"
                        + " WHERE account_id = ? AND kind = ?",
                    row -> row.getString("ciphertext"),
                    account.id().value(),
                    kind.name()))
        .orElseThrow();
  }

  long tokensUnderKey(long keyId) {
    return database.inTransaction(tx -> new TokenRepository().countUnderKey(tx, keyId));
  }

  @Override
  public void close() {
    database.close();
  }
}
