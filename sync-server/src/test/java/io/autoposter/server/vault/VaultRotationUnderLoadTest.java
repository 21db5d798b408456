package io.autoposter.server.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.server.store.DatabaseSettings;
import io.autoposter.server.vault.VaultFixture.Account;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole rotation (add, promote, re-encrypt, retire) while two server instances keep storing and
 * reading tokens from four threads, as a server that keeps publishing would.
 */
class VaultRotationUnderLoadTest {
  private static final int THREADS = 4;
  private static final int ACCOUNTS_PER_THREAD = 6;
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir Path dataDir;

  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong reads = new AtomicLong();
  private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
  private final Map<Account, String> expected = new ConcurrentHashMap<>();

  @Test
  void everyReadSucceedsDuringAFullRotationAndNoTokenKeepsTheRetiredKey() throws Exception {
    try (VaultFixture fixture = VaultFixture.h2(dataDir)) {
      rotateUnderLoad(fixture);
    }
  }

  @Test
  void theSameOnPostgres() throws Exception {
    String url = System.getenv("AUTOPOSTER_TEST_POSTGRES_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(), "no PostgreSQL configured");
    DatabaseSettings postgres =
        new DatabaseSettings(
            url,
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_USER", ""),
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_PASSWORD", ""));
    try (VaultFixture fixture = VaultFixture.on(postgres, dataDir)) {
      rotateUnderLoad(fixture);
    }
  }

  private void rotateUnderLoad(VaultFixture fixture) throws InterruptedException {
    List<TokenVault> instances = List.of(fixture.instance(), fixture.instance());
    List<List<Account>> owned = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      List<Account> accounts =
          IntStream.range(0, ACCOUNTS_PER_THREAD).mapToObj(i -> fixture.account()).toList();
      accounts.forEach(account -> store(fixture, instances.getFirst(), account, "initial"));
      // refresh tokens nobody rewrites: the re-encryption has to move them while they are read
      accounts.forEach(
          account ->
              fixture.store(instances.getFirst(), account, TokenKind.REFRESH, refresh(account)));
      owned.add(accounts);
    }
    List<Account> all = owned.stream().flatMap(List::stream).toList();
    KeyRotation rotation = fixture.instance().rotation();
    long oldKey = rotation.status().primaryKeyId();

    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      List<Account> mine = owned.get(t);
      int index = t;
      workers.add(
          Thread.ofPlatform()
              .name("publisher-" + t)
              .start(() -> work(fixture, instances, index, mine, all)));
    }

    awaitMoreWrites(50);
    long newKey = rotation.addKey();
    awaitMoreWrites(50);
    rotation.promote(newKey);
    awaitMoreWrites(50);
    KeyRotation.Progress progress = rotation.reencrypt(5, batch -> {});
    awaitMoreWrites(20);
    rotation.retire(oldKey);
    awaitMoreWrites(50);
    stop.set(true);
    for (Thread worker : workers) {
      worker.join(DEADLINE.toMillis());
    }

    assertThat(failures).isEmpty();
    assertThat(reads.get()).isGreaterThan(200);
    assertThat(progress.failed()).isZero();
    assertThat(progress.reencrypted()).isGreaterThanOrEqualTo(all.size());
    assertThat(fixture.tokensUnderKey(oldKey)).isZero();
    assertThat(rotation.status().keys())
        .extracting(VaultStatus.KeyUse::keyId)
        .containsExactly(newKey);
    TokenVault fresh = fixture.instance();
    for (Account account : all) {
      assertThat(fixture.read(fresh, account, TokenKind.ACCESS))
          .contains(new SecretToken(expected.get(account)));
      assertThat(fixture.read(fresh, account, TokenKind.REFRESH))
          .contains(new SecretToken(refresh(account)));
    }
  }

  /** Stores new tokens for its own accounts and reads them back, and reads everyone's tokens. */
  private void work(
      VaultFixture fixture,
      List<TokenVault> instances,
      int thread,
      List<Account> mine,
      List<Account> all) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int round = 0;
    try {
      while (!stop.get()) {
        round++;
        Account account = mine.get(round % mine.size());
        TokenVault writer = instances.get(random.nextInt(instances.size()));
        TokenVault reader = instances.get(random.nextInt(instances.size()));
        String token = "token-" + thread + "-" + round;
        store(fixture, writer, account, token);
        writes.incrementAndGet();
        Optional<SecretToken> own = fixture.read(reader, account, TokenKind.ACCESS);
        assertThat(own).contains(new SecretToken(token));
        reads.incrementAndGet();
        Account anyone = all.get(random.nextInt(all.size()));
        assertThat(fixture.read(reader, anyone, TokenKind.ACCESS)).isPresent();
        assertThat(fixture.read(reader, anyone, TokenKind.REFRESH))
            .contains(new SecretToken(refresh(anyone)));
        reads.addAndGet(2);
      }
    } catch (Throwable e) {
      failures.add(e);
      stop.set(true);
    }
  }

  private void store(VaultFixture fixture, TokenVault vault, Account account, String token) {
    fixture.store(vault, account, TokenKind.ACCESS, token);
    expected.put(account, token);
  }

  private static String refresh(Account account) {
    return "refresh-" + account.id().value();
  }

  /** Waits until the workers have written {@code count} more tokens (or one has failed). */
  private void awaitMoreWrites(int count) {
    long target = writes.get() + count;
    Instant deadline = Instant.now().plus(DEADLINE);
    while (writes.get() < target && !stop.get()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the workers stopped writing tokens");
      }
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
  }
}
