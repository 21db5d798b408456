package io.autoposter.desktop.accounts;

import io.autoposter.model.api.TokenHealth;
import java.time.Instant;
import java.util.List;

/**
 * One answer of the server's token-health route, and when it came: what {@link AccountHealthBook}
 * holds and its file keeps.
 *
 * @param fetchedAt null for {@link #NONE}, the book that never heard from the server
 */
record SavedHealth(Instant fetchedAt, List<TokenHealth> accounts) {

  static final SavedHealth NONE = new SavedHealth(null, List.of());

  SavedHealth {
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }
}
