package io.autoposter.server.vault;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.Transaction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The platform tokens of connected accounts, encrypted at rest. Every call is scoped to one agency
 * and runs in the caller's transaction. A token is encrypted under the keyset's current primary key
 * with associated data agency | account | network | kind. Tokens never reach a log: {@link
 * SecretToken} redacts itself and no message here contains one.
 */
public final class TokenVault {
  private static final Logger LOG = Logger.getLogger(TokenVault.class.getName());

  private final Database database;
  private final Keyring keyring;
  private final TokenRepository tokens = new TokenRepository();
  private final Clock clock;

  private TokenVault(Database database, Keyring keyring, Clock clock) {
    this.database = database;
    this.keyring = keyring;
    this.clock = clock;
  }

  /**
   * Resolves the master key (file, environment, or demo mode's own file), then loads the keyset
   * from the database, creating it on the very first start.
   *
   * @throws VaultException without a master key (the message says how to provide one), or when the
   *     master key does not open the stored keyset
   */
  public static TokenVault open(Database database, VaultSettings settings, Clock clock) {
    Keyring keyring = Keyring.open(database, MasterKey.resolve(settings), clock);
    TokenVault vault = new TokenVault(database, keyring, clock);
    Keyset keyset = database.inTransaction(keyring::latest);
    LOG.info(
        () ->
            "Token vault ready: keyset version %d, %d key(s), primary key %d"
                .formatted(keyset.version(), keyset.keyIds().size(), keyset.primaryKeyId()));
    return vault;
  }

  /**
   * Encrypts and stores the account's token of this kind, replacing the one before.
   *
   * @param expiresAt when the platform says the token expires; null when it does not say
   * @throws IllegalArgumentException when the account is not an account of the agency on {@code
   *     network}
   */
  public void store(
      Transaction tx,
      AgencyId agency,
      SocialAccountId account,
      Network network,
      TokenKind kind,
      SecretToken token,
      Instant expiresAt) {
    if (!tokens.accountIsOn(tx, agency, account, network)) {
      throw new IllegalArgumentException(
          "account " + account.value() + " is not a " + network + " account of this agency");
    }
    Keyset keyset = keyring.forWriting(tx);
    byte[] plain = token.value().getBytes(StandardCharsets.UTF_8);
    byte[] ciphertext;
    try {
      ciphertext = keyset.aead().encrypt(plain, AssociatedData.of(agency, account, network, kind));
    } catch (GeneralSecurityException e) {
      throw new VaultException("cannot encrypt a " + kind + " token", e);
    } finally {
      java.util.Arrays.fill(plain, (byte) 0);
    }
    tokens.put(
        tx,
        agency,
        account,
        kind,
        Base64.getEncoder().encodeToString(ciphertext),
        keyset.primaryKeyId(),
        expiresAt,
        clock.instant());
  }

  /**
   * The account's token of this kind, if one is stored.
   *
   * @throws VaultException when the stored ciphertext does not decrypt for this row (it was
   *     encrypted for another agency, account, network or kind, or altered)
   */
  public Optional<SecretToken> read(
      Transaction tx, AgencyId agency, SocialAccountId account, Network network, TokenKind kind) {
    return tokens.find(tx, agency, account, network, kind).map(row -> decrypt(tx, row));
  }

  /** Removes every token of the account (on disconnect); returns how many there were. */
  public int delete(Transaction tx, AgencyId agency, SocialAccountId account) {
    return tokens.deleteAccount(tx, agency, account);
  }

  /** The four rotation steps and the status behind the {@code vault} command. */
  KeyRotation rotation() {
    return new KeyRotation(database, keyring, tokens);
  }

  private SecretToken decrypt(Transaction tx, TokenRepository.EncryptedRow row) {
    Keyset keyset = keyring.forReading(tx, row.keyId());
    try {
      byte[] plain =
          keyset
              .aead()
              .decrypt(Base64.getDecoder().decode(row.ciphertext()), AssociatedData.of(row));
      return new SecretToken(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new VaultException(
          ("The stored %s token of account %s does not decrypt for this row: it was encrypted for"
                  + " another agency, account, network or kind, or altered. Reconnect the account.")
              .formatted(row.kind(), row.account().value()),
          e);
    }
  }
}
