package io.autoposter.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.DatabaseSettings;
import io.autoposter.server.store.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Three workers race for one target on a real (in-memory H2) database through the repository's
 * conditional updates, in random order, with the clock jumping past leases: whatever happens, a
 * call starts only under the newest fence with a live lease, at most once per fence, and a
 * published target never moves again.
 */
class FencedClaimProperties {
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static Database database;
  private static AgencyId agency;
  private static BrandId brand;
  private final TargetRepository targets = new TargetRepository();

  sealed interface Step {}

  record Take(int worker) implements Step {}

  record Call(int worker) implements Step {}

  record Finish(int worker, TargetState to) implements Step {}

  record Wait(int seconds) implements Step {}

  @BeforeContainer
  static void open() {
    database =
        Database.open(
            new DatabaseSettings(
                "jdbc:h2:mem:fenced-"
                    + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "",
                ""));
    agency = AgencyId.random();
    brand = BrandId.random();
    database.inTransaction(
        tx -> {
          tx.update(
              "INSERT INTO agencies (id, name, created_at) VALUES (?, 'A', ?)",
              agency.value(),
              Instant.now());
          tx.update(
              "INSERT INTO brands (id, agency_id, name, zone, color, created_at)"
                  + " VALUES (?, ?, 'B', 'UTC', '#000000', ?)",
              brand.value(),
              agency.value(),
              Instant.now());
          return null;
        });
  }

  @AfterContainer
  static void close() {
    database.close();
  }

  @Property(tries = 300)
  void callsStartOnlyUnderTheNewestLiveFence(@ForAll("schedules") List<Step> schedule) {
    TestClock clock = new TestClock();
    UUID target = newTarget(clock.instant());
    Map<Integer, Claim> held = new HashMap<>();
    Set<Long> calledFences = new HashSet<>();
    long newestFence = 0;
    boolean published = false;
    for (Step step : schedule) {
      Instant now = clock.instant();
      PublishTarget before = read(target);
      switch (step) {
        case Take take -> {
          Optional<Long> fence = claim(before, take.worker(), now);
          fence.ifPresent(f -> held.put(take.worker(), new Claim(target, TargetState.CLAIMED, f)));
          if (fence.isPresent()) {
            assertThat(fence.get()).isGreaterThan(newestFence);
            newestFence = fence.get();
          }
        }
        case Call call -> {
          Claim claim = held.get(call.worker());
          if (claim != null) {
            boolean started =
                database.inTransaction(
                    tx -> targets.startCall(tx, target, claim.fence(), now.plus(LEASE), now));
            if (started) {
              assertThat(claim.fence()).as("only the newest claim calls").isEqualTo(newestFence);
              assertThat(before.leaseUntil()).as("with a live lease").isAfter(now);
              assertThat(calledFences.add(claim.fence())).as("once per fence").isTrue();
            }
          }
        }
        case Finish finish -> {
          Claim claim = held.get(finish.worker());
          if (claim != null) {
            database.inTransaction(
                tx ->
                    targets.settle(
                        tx,
                        target,
                        TargetState.CALLING,
                        claim.fence(),
                        new Settlement(finish.to(), now, 0, null, null, null, null, null),
                        now));
          }
        }
        case Wait wait -> clock.advance(Duration.ofSeconds(wait.seconds()));
      }
      PublishTarget after = read(target);
      assertThat(after.fence()).isGreaterThanOrEqualTo(before.fence());
      if (published) {
        assertThat(after.state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(after.fence()).isEqualTo(before.fence());
      }
      published = after.state() == TargetState.PUBLISHED;
    }
  }

  /** What {@link TargetClaims} does for one row it found takeable. */
  private Optional<Long> claim(PublishTarget seen, int worker, Instant now) {
    boolean takeable =
        (seen.state() == TargetState.SCHEDULED && !seen.nextAttemptAt().isAfter(now))
            || (seen.state() == TargetState.CLAIMED && !seen.leaseUntil().isAfter(now));
    if (!takeable) {
      return Optional.empty();
    }
    return database.inTransaction(
        tx ->
            targets.claim(
                tx,
                new TargetRepository.Candidate(seen.id(), seen.state(), seen.fence()),
                TargetState.CLAIMED,
                "worker-" + worker,
                now.plus(LEASE),
                null,
                now));
  }

  private PublishTarget read(UUID id) {
    return database.inTransaction((Transaction tx) -> targets.find(tx, id)).orElseThrow();
  }

  private UUID newTarget(Instant now) {
    PostId post = PostId.random();
    UUID id = UUID.randomUUID();
    database.inTransaction(
        tx -> {
          tx.update(
              "INSERT INTO posts (id, agency_id, brand_id, caption, networks, zone, status,"
                  + " outcome, version, hlc_wall, hlc_counter, hlc_node, updated_at, deleted)"
                  + " VALUES (?, ?, ?, 'c', 'X', 'UTC', 'PUBLISHING', '', 0, 0, 0, 't', ?, FALSE)",
              post.value(),
              agency.value(),
              brand.value(),
              now);
          targets.insert(
              tx,
              new PublishTarget(
                  id,
                  agency,
                  post,
                  brand,
                  null,
                  Network.X,
                  "x",
                  TargetState.SCHEDULED,
                  0,
                  null,
                  null,
                  0,
                  0,
                  now,
                  now,
                  now.plusSeconds(900),
                  null,
                  null,
                  null,
                  null,
                  null),
              now);
          return null;
        });
    return id;
  }

  @Provide
  Arbitrary<List<Step>> schedules() {
    Arbitrary<Integer> worker = Arbitraries.integers().between(1, 3);
    Arbitrary<Step> step =
        Arbitraries.oneOf(
            worker.map(Take::new),
            worker.map(Call::new),
            Combinators.combine(
                    worker,
                    Arbitraries.of(
                        TargetState.PUBLISHED,
                        TargetState.UNKNOWN,
                        TargetState.SCHEDULED,
                        TargetState.FAILED))
                .as(Finish::new),
            Arbitraries.integers().between(1, 45).map(Wait::new));
    return step.list().ofMinSize(1).ofMaxSize(25);
  }
}
