package io.autoposter.server.vault;

import java.util.List;

/**
 * What {@code vault status} shows: the keyset version, each key with the number of tokens it
 * encrypts, and tokens under ids the keyset does not hold (none, unless something went wrong).
 */
record VaultStatus(long version, long primaryKeyId, List<KeyUse> keys, List<KeyUse> unknownKeys) {

  /** One key id and how many stored tokens it encrypts. */
  record KeyUse(long keyId, boolean primary, long tokens) {}

  long tokens() {
    return keys.stream().mapToLong(KeyUse::tokens).sum()
        + unknownKeys.stream().mapToLong(KeyUse::tokens).sum();
  }

  /** Tokens not yet under the primary key: what {@code vault reencrypt} still has to do. */
  long tokensNotUnderPrimary() {
    return tokens() - keys.stream().filter(KeyUse::primary).mapToLong(KeyUse::tokens).sum();
  }
}
