package io.autoposter.server.vault;

import com.google.crypto.tink.Aead;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.DuplicateKeyException;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * This instance's copy of the shared keyset, kept current with the database: writes lock the keyset
 * row and reload when its version moved (so they always encrypt under the current primary key);
 * reads reload when they meet a key this copy does not have yet (added by another instance or the
 * {@code vault} command).
 */
final class Keyring {
  private final Aead masterKey;
  private final KeysetRepository keysets;
  private final Clock clock;
  private final AtomicReference<Keyset> cached;

  private Keyring(Aead masterKey, KeysetRepository keysets, Clock clock, Keyset first) {
    this.masterKey = masterKey;
    this.keysets = keysets;
    this.clock = clock;
    this.cached = new AtomicReference<>(first);
  }

  /**
   * Loads the keyset, creating it (one AES-256-GCM key) on the very first start. Fails when the
   * master key does not open the stored keyset.
   */
  static Keyring open(Database database, Aead masterKey, Clock clock) {
    KeysetRepository keysets = new KeysetRepository();
    Keyset first;
    try {
      first = database.inTransaction(tx -> loadOrCreate(tx, keysets, masterKey, clock));
    } catch (DuplicateKeyException raced) {
      // another instance created it at the same moment: use theirs
      first = database.inTransaction(tx -> loadOrCreate(tx, keysets, masterKey, clock));
    }
    return new Keyring(masterKey, keysets, clock, first);
  }

  /** The current keyset, with its row locked until {@code tx} ends (for encrypting). */
  Keyset forWriting(Transaction tx) {
    long version =
        keysets
            .lockVersion(tx)
            .orElseThrow(() -> new VaultException("the vault keyset row is missing"));
    Keyset keyset = cached.get();
    return keyset.version() == version ? keyset : reload(tx);
  }

  /** A keyset holding {@code keyId} if the database has one (for decrypting). */
  Keyset forReading(Transaction tx, long keyId) {
    Keyset keyset = cached.get();
    return keyset.contains(keyId) ? keyset : reload(tx);
  }

  /** The keyset as the database has it now. */
  Keyset latest(Transaction tx) {
    return reload(tx);
  }

  /**
   * Changes the keyset under its row lock and stores the next version; {@code change} sees the
   * current keyset and may refuse by throwing.
   */
  Keyset change(Transaction tx, UnaryOperator<Keyset> change) {
    KeysetRepository.StoredKeyset stored =
        keysets
            .loadLocked(tx)
            .orElseThrow(() -> new VaultException("the vault keyset row is missing"));
    Keyset current = Keyset.decrypt(stored.version(), stored.encrypted(), masterKey);
    Keyset changed = change.apply(current);
    keysets.replace(tx, stored.version(), changed.encrypt(masterKey), clock.instant());
    return new Keyset(stored.version() + 1, changed.handle(), changed.aead());
  }

  private Keyset reload(Transaction tx) {
    Keyset loaded =
        keysets
            .load(tx)
            .map(stored -> Keyset.decrypt(stored.version(), stored.encrypted(), masterKey))
            .orElseThrow(() -> new VaultException("the vault keyset row is missing"));
    cached.accumulateAndGet(
        loaded, (mine, theirs) -> theirs.version() > mine.version() ? theirs : mine);
    return loaded;
  }

  private static Keyset loadOrCreate(
      Transaction tx, KeysetRepository keysets, Aead masterKey, Clock clock) {
    return keysets
        .load(tx)
        .map(stored -> Keyset.decrypt(stored.version(), stored.encrypted(), masterKey))
        .orElseGet(
            () -> {
              Keyset created = Keyset.generate();
              keysets.insertFirst(tx, created.encrypt(masterKey), clock.instant());
              return new Keyset(1, created.handle(), created.aead());
            });
  }
}
