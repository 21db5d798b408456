package io.autoposter.desktop.accounts;

import io.autoposter.model.BrandId;
import io.autoposter.model.api.TokenHealth;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last token health the server gave this desktop, for every account the user sees. The composer
 * reads it from memory while the user types; the Accounts screen and each sync round fill it; a
 * file beside the agency's local store keeps it across restarts, so the flags still show offline.
 * It holds no tokens: {@link TokenHealth} has none.
 *
 * <p>Reads never block; {@link #restore}, {@link #record} and the refreshes touch the file or the
 * network, so they run off the UI thread. Listeners hear each new answer on the thread that
 * recorded it.
 */
public final class AccountHealthBook {

  /** After a sync round, asking again sooner than this would only repeat the server's answer. */
  static final Duration FRESH_FOR = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(AccountHealthBook.class.getName());

  private final HealthFile file;
  private final Clock clock;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile SavedHealth known = SavedHealth.NONE;

  private AccountHealthBook(HealthFile file, Clock clock) {
    this.file = file;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A book that forgets on restart: for tests and screens that have no agency directory. */
  public static AccountHealthBook inMemory() {
    return new AccountHealthBook(null, Clock.systemUTC());
  }

  /** A book kept in {@code file} (read by {@link #restore}, written by {@link #record}). */
  public static AccountHealthBook savedIn(Path file) {
    return savedIn(file, Clock.systemUTC());
  }

  static AccountHealthBook savedIn(Path file, Clock clock) {
    return new AccountHealthBook(new HealthFile(file), clock);
  }

  /** The accounts of {@code brand} as last heard of; from memory. */
  public List<TokenHealth> of(BrandId brand) {
    return known.accounts().stream().filter(h -> h.brandId().equals(brand)).toList();
  }

  /** When the server last answered; empty when it never has on this computer. */
  public Optional<Instant> fetchedAt() {
    return Optional.ofNullable(known.fetchedAt());
  }

  public void addListener(Runnable listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  /** Reads the saved answer, unless a newer one is already in memory (blocking: the file). */
  public void restore() {
    if (file == null || known.fetchedAt() != null) {
      return;
    }
    SavedHealth saved = file.read();
    synchronized (this) {
      if (known.fetchedAt() != null || saved.fetchedAt() == null) {
        return;
      }
      known = saved;
    }
    listeners.forEach(Runnable::run);
  }

  /** Keeps {@code health} as the server's newest answer, in memory and in the file. */
  public void record(List<TokenHealth> health) {
    SavedHealth now = new SavedHealth(clock.instant(), health);
    synchronized (this) {
      known = now;
    }
    if (file != null) {
      file.write(now);
    }
    listeners.forEach(Runnable::run);
  }

  /**
   * Asks {@code server} and records the answer; when it cannot answer (offline, an older server)
   * the last answer stays. Blocking.
   *
   * @return whether the server answered
   */
  public boolean refresh(Callable<List<TokenHealth>> server) {
    List<TokenHealth> health;
    try {
      health = server.call();
    } catch (Exception unknown) {
      LOG.log(Level.FINE, "token health not refreshed: {0}", unknown.getMessage());
      restore();
      return false;
    }
    record(health);
    return true;
  }

  /** As {@link #refresh}, unless the last answer is younger than {@link #FRESH_FOR}. */
  public boolean refreshIfStale(Callable<List<TokenHealth>> server) {
    restore();
    Instant last = known.fetchedAt();
    if (last != null && last.plus(FRESH_FOR).isAfter(clock.instant())) {
      return false;
    }
    return refresh(server);
  }
}
