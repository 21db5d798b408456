package io.autoposter.server.vault;

import io.autoposter.server.store.Database;
import io.autoposter.server.store.Transaction;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Key rotation without downtime, in four steps, safe while servers keep storing and reading tokens:
 * (1) {@link #addKey} — a new key every instance can decrypt with; (2) {@link #promote} — new
 * tokens are encrypted under it; (3) {@link #reencrypt} — in batches, every older token under the
 * primary key; (4) {@link #retire} — the old key leaves the keyset, refused while a token still
 * uses it. Each step is one short transaction (one per batch) under the keyset row lock.
 */
final class KeyRotation {
  static final int DEFAULT_BATCH = 200;
  private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

  private final Database database;
  private final Keyring keyring;
  private final TokenRepository tokens;

  KeyRotation(Database database, Keyring keyring, TokenRepository tokens) {
    this.database = database;
    this.keyring = keyring;
    this.tokens = tokens;
  }

  /** Progress of {@link #reencrypt}: totals so far. */
  record Progress(long reencrypted, long failed, int batches) {}

  /** Step 1: adds an enabled, not yet primary AES-256-GCM key and returns its id. */
  long addKey() {
    AtomicReference<List<Long>> before = new AtomicReference<>();
    Keyset after =
        database.inTransaction(
            tx ->
                keyring.change(
                    tx,
                    keyset -> {
                      before.set(keyset.keyIds());
                      return keyset.withNewKey();
                    }));
    List<Long> added = new ArrayList<>(after.keyIds());
    added.removeAll(before.get());
    long keyId = added.getFirst();
    LOG.info(() -> "Vault: added key " + keyId + " (keyset version " + after.version() + ")");
    return keyId;
  }

  /** Step 2: makes {@code keyId} the primary key; new tokens are encrypted under it. */
  void promote(long keyId) {
    Keyset after =
        database.inTransaction(tx -> keyring.change(tx, keyset -> keyset.withPrimary(keyId)));
    LOG.info(() -> "Vault: key " + keyId + " is primary (keyset version " + after.version() + ")");
  }

  /**
   * Step 3: re-encrypts, {@code batchSize} rows per transaction, every token not under the primary
   * key; rows already under it are skipped. A token that does not decrypt is counted as failed and
   * left alone (it keeps its key from being retired).
   */
  Progress reencrypt(int batchSize, Consumer<Progress> afterEachBatch) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    Progress progress = new Progress(0, 0, 0);
    TokenRepository.Cursor cursor = null;
    while (true) {
      TokenRepository.Cursor after = cursor;
      Batch batch = database.inTransaction(tx -> batch(tx, after, batchSize));
      if (batch.seen() == 0) {
        return progress;
      }
      progress =
          new Progress(
              progress.reencrypted() + batch.reencrypted(),
              progress.failed() + batch.failed(),
              progress.batches() + 1);
      afterEachBatch.accept(progress);
      if (batch.seen() < batchSize) {
        return progress;
      }
      cursor = batch.last();
    }
  }

  /** Step 4: removes {@code keyId} from the keyset; refused while it is primary or in use. */
  void retire(long keyId) {
    Keyset after =
        database.inTransaction(
            tx ->
                keyring.change(
                    tx,
                    keyset -> {
                      if (!keyset.contains(keyId)) {
                        throw new VaultException(
                            "The keyset has no key " + keyId + "; `vault status` lists them.");
                      }
                      if (keyset.primaryKeyId() == keyId) {
                        throw new VaultException(
                            "Key %d is the primary key; add and promote another key first."
                                .formatted(keyId));
                      }
                      long inUse = tokens.countUnderKey(tx, keyId);
                      if (inUse > 0) {
                        throw new VaultException(
                            ("Key %d still encrypts %d token(s); run `vault reencrypt` first (and"
                                    + " look into tokens it reports as failed).")
                                .formatted(keyId, inUse));
                      }
                      return keyset.without(keyId);
                    }));
    LOG.info(() -> "Vault: retired key " + keyId + " (keyset version " + after.version() + ")");
  }

  VaultStatus status() {
    return database.inTransaction(
        tx -> {
          Keyset keyset = keyring.latest(tx);
          Map<Long, Long> counts = tokens.countByKey(tx);
          List<VaultStatus.KeyUse> keys = new ArrayList<>();
          for (long keyId : keyset.keyIds()) {
            keys.add(
                new VaultStatus.KeyUse(
                    keyId, keyId == keyset.primaryKeyId(), counts.getOrDefault(keyId, 0L)));
          }
          List<VaultStatus.KeyUse> unknown = new ArrayList<>();
          counts.forEach(
              (keyId, count) -> {
                if (!keyset.contains(keyId)) {
                  unknown.add(new VaultStatus.KeyUse(keyId, false, count));
                }
              });
          return new VaultStatus(keyset.version(), keyset.primaryKeyId(), keys, unknown);
        });
  }

  private record Batch(int seen, int reencrypted, int failed, TokenRepository.Cursor last) {}

  private Batch batch(Transaction tx, TokenRepository.Cursor after, int batchSize) {
    Keyset keyset = keyring.forWriting(tx);
    List<TokenRepository.EncryptedRow> rows =
        tokens.notUnderKey(tx, keyset.primaryKeyId(), after, batchSize);
    int reencrypted = 0;
    int failed = 0;
    for (TokenRepository.EncryptedRow row : rows) {
      if (reencrypt(tx, keyset, row)) {
        reencrypted++;
      } else {
        failed++;
      }
    }
    TokenRepository.EncryptedRow last = rows.isEmpty() ? null : rows.getLast();
    return new Batch(
        rows.size(),
        reencrypted,
        failed,
        last == null
            ? null
            : new TokenRepository.Cursor(last.account().value(), last.kind().name()));
  }

  private boolean reencrypt(Transaction tx, Keyset keyset, TokenRepository.EncryptedRow row) {
    byte[] associatedData = AssociatedData.of(row);
    byte[] plain = null;
    try {
      plain = keyset.aead().decrypt(Base64.getDecoder().decode(row.ciphertext()), associatedData);
      String ciphertext =
          Base64.getEncoder().encodeToString(keyset.aead().encrypt(plain, associatedData));
      tokens.reencrypt(tx, row, ciphertext, keyset.primaryKeyId());
      return true;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      LOG.warning(
          () ->
              "Vault: cannot re-encrypt the %s token of account %s (agency %s, key %d): it does not decrypt for its row"
                  .formatted(row.kind(), row.account().value(), row.agency().value(), row.keyId()));
      return false;
    } finally {
      if (plain != null) {
        Arrays.fill(plain, (byte) 0);
      }
    }
  }
}
