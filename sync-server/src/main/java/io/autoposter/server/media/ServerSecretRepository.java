package io.autoposter.server.media;

import io.autoposter.server.store.Transaction;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** {@code server_secrets}: random secrets all instances share, made once by whoever needs one. */
final class ServerSecretRepository {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The secret of this name; created (32 random bytes) when there is none yet. */
  byte[] getOrCreate(Transaction tx, String name, Instant now) {
    Optional<String> stored = find(tx, name);
    if (stored.isEmpty()) {
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      // Two instances starting at once: the loser's insert fails and its retry reads the key.
      tx.update(
          "INSERT INTO server_secrets (name, secret, created_at) VALUES (?, ?, ?)",
          name,
          Base64.getEncoder().encodeToString(secret),
          now);
      return secret;
    }
    return Base64.getDecoder().decode(stored.get());
  }

  private Optional<String> find(Transaction tx, String name) {
    return tx.one(
        "SELECT secret FROM server_secrets WHERE name = ?", row -> row.getString(1), name);
  }
}
