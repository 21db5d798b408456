package io.autoposter.desktop.accounts;

import io.autoposter.model.Brand;
import io.autoposter.model.api.SocialAccount;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One brand and the accounts connected to it, ordered by network then name. */
public record BrandAccounts(Brand brand, List<SocialAccount> accounts) {

  static final Comparator<SocialAccount> ORDER =
      Comparator.comparing(SocialAccount::network)
          .thenComparing(SocialAccount::displayName, String.CASE_INSENSITIVE_ORDER);

  public BrandAccounts {
    Objects.requireNonNull(brand, "brand");
    accounts = accounts.stream().sorted(ORDER).toList();
  }

  /** True when no account is connected: nothing of this brand can be published yet. */
  public boolean isEmpty() {
    return accounts.isEmpty();
  }
}
