package io.autoposter.server.accounts;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.Transaction;
import io.autoposter.server.vault.SecretToken;
import io.autoposter.server.vault.TokenKind;
import io.autoposter.server.vault.TokenVault;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refreshes tokens before they expire and re-checks the ones that cannot be refreshed. One timer,
 * armed for the earliest {@code next_check_at} (never a poll): X access tokens 10 minutes before
 * they end (rotating the refresh token in the transaction that spends the old one), LinkedIn a week
 * before, Facebook and Instagram re-checked with {@code debug_token} twice a day. A platform that
 * rejects the token marks the account BROKEN with its reason; one that is away is tried again in 15
 * minutes.
 */
public final class TokenRefresher implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(TokenRefresher.class.getName());
  static final Duration X_MARGIN = Duration.ofMinutes(10);
  static final Duration LINKEDIN_MARGIN = Duration.ofDays(7);
  static final Duration FACEBOOK_RECHECK = Duration.ofHours(12);
  static final Duration RETRY = Duration.ofMinutes(15);
  private static final Duration LONGEST_SLEEP = Duration.ofHours(6);
  static final Duration CHECK_NOW_SPACING = Duration.ofSeconds(30);

  private final Database database;
  private final Clock clock;
  private final Connectors connectors;
  private final TokenVault vault;
  private final ConnectedAccountRepository accounts = new ConnectedAccountRepository();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "token-refresher");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<AgencyId, Instant> lastCheckNow = new ConcurrentHashMap<>();
  private ScheduledFuture<?> armed;
  private boolean started;

  TokenRefresher(Database database, Clock clock, Connectors connectors, TokenVault vault) {
    this.database = database;
    this.clock = clock;
    this.connectors = connectors;
    this.vault = vault;
  }

  /** When to look at an account next; null once it is broken (reconnecting fixes it). */
  static Instant nextCheck(Network network, Instant accessExpiresAt, String problem, Instant now) {
    if (problem != null || network == Network.SANDBOX) {
      return null;
    }
    return switch (network) {
      case X -> accessExpiresAt == null ? now.plus(RETRY) : accessExpiresAt.minus(X_MARGIN);
      case LINKEDIN ->
          accessExpiresAt == null ? now.plus(RETRY) : accessExpiresAt.minus(LINKEDIN_MARGIN);
      default -> now.plus(FACEBOOK_RECHECK);
    };
  }

  /** Arms the timer for the earliest planned check. */
  public synchronized void start() {
    started = true;
    arm();
  }

  /** Accounts changed (connected, disconnected): re-arm for the earliest check. */
  synchronized void nudge() {
    if (started) {
      arm();
    }
  }

  /**
   * Refreshes or re-checks every account that has a check planned, now, whatever its time: the
   * tests' and an operator's "check everything".
   */
  public void checkAll() {
    for (SocialAccountId id : database.inTransaction(accounts::checked)) {
      try {
        refresh(id);
      } catch (RuntimeException e) {
        // One account's failed transaction (rolled back) does not stop the others' checks.
        LOG.log(Level.WARNING, "Token check of account " + id.value() + " failed", e);
      }
    }
    nudge();
  }

  /**
   * Checks one agency's accounts now, whatever their planned time (the Accounts screen's "Check
   * now"): at most once per {@link #CHECK_NOW_SPACING} per agency, so repeated clicks do not spend
   * the platforms' rate limits. False when the agency was checked too recently; nothing was done.
   */
  public boolean checkNow(AgencyId agency) {
    Instant now = clock.instant();
    Instant last = lastCheckNow.get(agency);
    if (last != null && now.isBefore(last.plus(CHECK_NOW_SPACING))) {
      return false;
    }
    lastCheckNow.put(agency, now);
    for (SocialAccountId id : database.inTransaction(tx -> accounts.checked(tx, agency))) {
      try {
        refresh(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Token check of account " + id.value() + " failed", e);
      }
    }
    nudge();
    return true;
  }

  /** Refreshes one account in one transaction that holds its row lock. */
  void refresh(SocialAccountId id) {
    database.inTransaction(tx -> refresh(tx, id));
  }

  private Void refresh(Transaction tx, SocialAccountId id) {
    ConnectedAccountRepository.Row row = accounts.lock(tx, id).orElse(null);
    if (row == null || row.nextCheckAt() == null) {
      return null;
    }
    Network network = row.account().network();
    Connector connector = connectors.forAccount(network);
    Instant now = clock.instant();
    Connector.StoredTokens tokens =
        new Connector.StoredTokens(
            vault.read(tx, row.agency(), id, network, TokenKind.ACCESS).orElse(null),
            vault.read(tx, row.agency(), id, network, TokenKind.REFRESH).orElse(null),
            vault.read(tx, row.agency(), id, network, TokenKind.PAGE).orElse(null));
    try {
      Connector.Checked checked = connector.check(network, tokens, now);
      // The platform may already have spent the old refresh token (X): the new one is stored in
      // this transaction, before anything else can fail. A crash before the commit loses it.
      for (Discovery.FoundToken token : checked.newTokens()) {
        vault.store(tx, row.agency(), id, network, token.kind(), token.token(), token.expiresAt());
      }
      shareRenewed(tx, row, tokens, checked.newTokens());
      Instant reconnectBy = network == Network.X ? null : checked.reconnectBy();
      accounts.health(
          tx,
          id,
          checked.accessExpiresAt(),
          reconnectBy,
          checked.problem(),
          checked.fix(),
          nextCheck(network, checked.accessExpiresAt(), checked.problem(), now));
    } catch (PlatformException e) {
      if (e.tokenInvalid()) {
        LOG.info(() -> "Account " + id.value() + " is broken: " + e.getMessage());
        accounts.broken(tx, id, e.getMessage(), AccountHealth.fix(network));
      } else {
        LOG.warning(() -> "Account " + id.value() + " not refreshed, retrying: " + e.getMessage());
        accounts.health(
            tx, id, row.accessExpiresAt(), row.reconnectBy(), null, null, now.plus(RETRY));
      }
    }
    return null;
  }

  /**
   * Accounts attached from the same sign-in hold copies of its tokens (a Facebook Page and its
   * Instagram account; several LinkedIn organizations; one X account on two brands). Renewing one
   * renews the copies in the same transaction: X spends the old refresh token, so a stale copy
   * would break the other account at its next refresh.
   */
  private void shareRenewed(
      Transaction tx,
      ConnectedAccountRepository.Row row,
      Connector.StoredTokens before,
      List<Discovery.FoundToken> renewed) {
    if (renewed.isEmpty()) {
      return;
    }
    Connector connector = connectors.forAccount(row.account().network());
    for (ConnectedAccountRepository.Row other : accounts.list(tx, row.agency())) {
      Network network = other.account().network();
      SocialAccountId otherId = other.account().id();
      if (otherId.equals(row.account().id())
          || network == Network.SANDBOX
          || connectors.forAccount(network) != connector) {
        continue;
      }
      for (Discovery.FoundToken token : renewed) {
        SecretToken old = before.of(token.kind());
        boolean copy =
            old != null
                && vault
                    .read(tx, row.agency(), otherId, network, token.kind())
                    .filter(old::equals)
                    .isPresent();
        if (copy) {
          vault.store(
              tx, row.agency(), otherId, network, token.kind(), token.token(), token.expiresAt());
        }
      }
    }
  }

  private void runDue() {
    try {
      List<SocialAccountId> due = database.inTransaction(tx -> accounts.due(tx, clock.instant()));
      for (SocialAccountId id : due) {
        try {
          refresh(id);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Token refresh of account " + id.value() + " failed", e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Token refresh run failed", e);
    }
    synchronized (this) {
      arm();
    }
  }

  private void arm() {
    if (timer.isShutdown()) {
      return;
    }
    if (armed != null) {
      armed.cancel(false);
    }
    Instant next =
        database.inTransaction(accounts::nextCheck).orElse(clock.instant().plus(LONGEST_SLEEP));
    long delay =
        Math.clamp(
            Duration.between(clock.instant(), next).toMillis(), 0L, LONGEST_SLEEP.toMillis());
    armed = timer.schedule(this::runDue, delay, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
  }
}
