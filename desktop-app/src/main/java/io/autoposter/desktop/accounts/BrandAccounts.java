package io.autoposter.desktop.accounts;

import io.autoposter.model.Brand;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One brand and the accounts connected to it, ordered by network then name, with what the server
 * knows of each account's sign-in.
 */
public record BrandAccounts(
    Brand brand, List<SocialAccount> accounts, Map<SocialAccountId, TokenHealth> health) {

  static final Comparator<SocialAccount> ORDER =
      Comparator.comparing(SocialAccount::network)
          .thenComparing(SocialAccount::displayName, String.CASE_INSENSITIVE_ORDER);

  public BrandAccounts {
    Objects.requireNonNull(brand, "brand");
    accounts = accounts.stream().sorted(ORDER).toList();
    health = Map.copyOf(health);
  }

  public BrandAccounts(Brand brand, List<SocialAccount> accounts) {
    this(brand, accounts, Map.of());
  }

  /** True when no account is connected: nothing of this brand can be published yet. */
  public boolean isEmpty() {
    return accounts.isEmpty();
  }

  public Optional<TokenHealth> healthOf(SocialAccount account) {
    return Optional.ofNullable(health.get(account.id()));
  }

  /** Accounts that need someone to reconnect them, now or soon. */
  public long needingAttention() {
    return health.values().stream().filter(h -> h.state() != TokenHealth.State.HEALTHY).count();
  }
}
