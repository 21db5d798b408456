package io.autoposter.desktop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.TokenHealth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The book of token health: what it keeps, in memory and in its file, and when it asks again. */
class AccountHealthBookTest {

  private static final BrandId ROMA = BrandId.random();
  private static final BrandId SOLE = BrandId.random();
  private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");

  @TempDir Path dir;
  private final AtomicInteger asked = new AtomicInteger();

  private static TokenHealth broken(BrandId brand, String name) {
    return new TokenHealth(
        new SocialAccountId(UUID.randomUUID()),
        brand,
        Network.FACEBOOK,
        name,
        TokenHealth.State.BROKEN,
        null,
        "Facebook no longer accepts this sign-in.",
        "Reconnect the Facebook Page");
  }

  private Callable<List<TokenHealth>> answering(List<TokenHealth> health) {
    return () -> {
      asked.incrementAndGet();
      return health;
    };
  }

  private Callable<List<TokenHealth>> offline() {
    return () -> {
      asked.incrementAndGet();
      throw new java.io.IOException("server unreachable");
    };
  }

  @Test
  void aRefreshKeepsEachBrandsAccountsAndTellsTheListeners() {
    AccountHealthBook book = AccountHealthBook.inMemory();
    AtomicInteger heard = new AtomicInteger();
    book.addListener(heard::incrementAndGet);
    TokenHealth roma = broken(ROMA, "Trattoria Roma");

    assertThat(book.refresh(answering(List.of(roma, broken(SOLE, "Sole"))))).isTrue();

    assertThat(book.of(ROMA)).containsExactly(roma);
    assertThat(heard).hasValue(1);
  }

  @Test
  void anUnansweredRefreshKeepsTheLastAnswer() {
    AccountHealthBook book = AccountHealthBook.inMemory();
    TokenHealth roma = broken(ROMA, "Trattoria Roma");
    book.refresh(answering(List.of(roma)));

    assertThat(book.refresh(offline())).isFalse();

    assertThat(book.of(ROMA)).containsExactly(roma);
  }

  @Test
  void theLastAnswerOutlivesARestart() {
    Path file = dir.resolve("agencies/a/token-health.json");
    TokenHealth roma = broken(ROMA, "Trattoria Roma");
    AccountHealthBook.savedIn(file).refresh(answering(List.of(roma)));

    AccountHealthBook afterRestart = AccountHealthBook.savedIn(file);
    assertThat(afterRestart.of(ROMA)).isEmpty(); // nothing read on the UI thread by itself
    afterRestart.restore();

    assertThat(afterRestart.of(ROMA)).containsExactly(roma);
    assertThat(afterRestart.fetchedAt()).isPresent();
  }

  @Test
  void anUnreadableFileReadsAsNoAnswer() throws Exception {
    Path file = dir.resolve("token-health.json");
    Files.writeString(file, "{ not json");
    AccountHealthBook book = AccountHealthBook.savedIn(file);

    book.restore();

    assertThat(book.fetchedAt()).isEmpty();
    assertThat(book.refresh(answering(List.of(broken(ROMA, "Roma"))))).isTrue();
    assertThat(Files.readString(file)).contains("Roma").doesNotContain("not json");
  }

  @Test
  void afterASyncRoundItAsksAgainOnlyWhenTheAnswerIsSomeMinutesOld() {
    MovableClock clock = new MovableClock(NOW);
    AccountHealthBook book = AccountHealthBook.savedIn(dir.resolve("health.json"), clock);
    Callable<List<TokenHealth>> server = answering(List.of(broken(ROMA, "Roma")));

    assertThat(book.refreshIfStale(server)).isTrue();
    clock.now = NOW.plus(Duration.ofMinutes(1));
    assertThat(book.refreshIfStale(server)).isFalse();
    clock.now = NOW.plus(AccountHealthBook.FRESH_FOR);
    assertThat(book.refreshIfStale(server)).isTrue();

    assertThat(asked).hasValue(2);
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
