package io.autoposter.server.accounts;

import io.autoposter.model.Network;
import io.autoposter.model.api.TokenHealth;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The health rules (docs/oauth-connect.md): BROKEN when the platform rejected the token or a
 * permission is missing; EXPIRING when access ends within 14 days and nothing renews it by itself;
 * HEALTHY otherwise.
 */
final class AccountHealth {
  static final Duration WARNING = Duration.ofDays(14);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private AccountHealth() {}

  static TokenHealth of(ConnectedAccountRepository.Row row, Instant now) {
    var account = row.account();
    if (row.brokenReason() != null) {
      String fix = row.brokenFix() == null ? fix(account.network()) : row.brokenFix();
      return health(row, TokenHealth.State.BROKEN, row.reconnectBy(), row.brokenReason(), fix);
    }
    Instant end = row.reconnectBy();
    if (end != null && !now.isBefore(end)) {
      return health(
          row,
          TokenHealth.State.BROKEN,
          end,
          "Access to this account ended on " + DAY.format(end) + ".",
          fix(account.network()));
    }
    if (end != null && end.isBefore(now.plus(WARNING))) {
      return health(
          row,
          TokenHealth.State.EXPIRING,
          end,
          "%s access ends on %s and %s does not renew it by itself."
              .formatted(
                  account.network().displayName(),
                  DAY.format(end),
                  account.network().displayName()),
          fix(account.network()));
    }
    return health(row, TokenHealth.State.HEALTHY, end, "", "");
  }

  /** What to do about a broken or expiring account. */
  static String fix(Network network) {
    return switch (network) {
      case FACEBOOK, INSTAGRAM -> "Reconnect the Facebook Page";
      case LINKEDIN -> "Reconnect the LinkedIn page";
      case X -> "Reconnect the X account";
      case SANDBOX -> "Connect the sandbox account again";
    };
  }

  private static TokenHealth health(
      ConnectedAccountRepository.Row row,
      TokenHealth.State state,
      Instant reconnectBy,
      String reason,
      String fix) {
    var account = row.account();
    return new TokenHealth(
        account.id(),
        account.brandId(),
        account.network(),
        account.displayName(),
        state,
        reconnectBy,
        reason,
        fix);
  }
}
