package io.autoposter.server.vault;

import io.autoposter.server.store.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The single {@code vault_keysets} row: the encrypted keyset and its version. */
final class KeysetRepository {
  private static final String SELECT =
      "SELECT version, encrypted_keyset FROM vault_keysets WHERE id = 1";

  /** The keyset as stored, encrypted under the master key. */
  record StoredKeyset(long version, String encrypted) {
    @Override
    public String toString() {
      return "StoredKeyset[version=" + version + "]";
    }
  }

  Optional<StoredKeyset> load(Transaction tx) {
    return tx.one(SELECT, KeysetRepository::stored);
  }

  /**
   * Locks the row until the transaction ends: token writes and keyset changes take this lock, so a
   * key cannot leave the keyset while a write that uses it is still open.
   */
  Optional<Long> lockVersion(Transaction tx) {
    return tx.one(
        "SELECT version FROM vault_keysets WHERE id = 1 FOR UPDATE", row -> row.getLong("version"));
  }

  Optional<StoredKeyset> loadLocked(Transaction tx) {
    return tx.one(SELECT + " FOR UPDATE", KeysetRepository::stored);
  }

  void insertFirst(Transaction tx, String encrypted, Instant now) {
    tx.update(
        "INSERT INTO vault_keysets (id, version, encrypted_keyset, updated_at) VALUES (1, 1, ?, ?)",
        encrypted,
        now);
  }

  /** Stores the next version; the caller holds the row lock from {@link #loadLocked}. */
  void replace(Transaction tx, long currentVersion, String encrypted, Instant now) {
    int updated =
        tx.update(
            "UPDATE vault_keysets SET version = ?, encrypted_keyset = ?, updated_at = ?"
                + " WHERE id = 1 AND version = ?",
            currentVersion + 1,
            encrypted,
            now,
            currentVersion);
    if (updated != 1) {
      throw new VaultException("the vault keyset changed concurrently; run the command again");
    }
  }

  private static StoredKeyset stored(ResultSet row) throws SQLException {
    return new StoredKeyset(row.getLong("version"), row.getString("encrypted_keyset"));
  }
}
