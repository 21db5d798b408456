package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.faults.FaultScope;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fencing across processes (issue 7): a server is stopped ({@code kill -STOP}) while it holds
 * claims and calls in flight, stays stopped well past its leases while a second server takes the
 * targets over and publishes them, and is then let go on ({@code kill -CONT}). Whatever the woken
 * server still had in hand, no post appears twice and every target ends published. Needs
 * PostgreSQL, like the crash harness.
 */
class PausedWorkerIT {
  private static final int POSTS = 40;

  @TempDir Path dir;

  @Test
  void aServerStoppedPastItsLeasesNeverPublishesAgainWhenItWakes() throws Exception {
    PublishingCluster.Postgres pg = PublishingCluster.postgres("PausedWorkerIT");
    try {
      try (PlatformSimulator sim =
          PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true))) {
        List<PublishingProcess> servers =
            PublishingCluster.servers(
                dir, PublishingCluster.settings(sim, pg), "server-paused", "server-other");
        PublishingProcess paused = servers.get(0);
        PublishingProcess other = servers.get(1);
        try {
          paused.start();
          ServerApi api = new ServerApi(paused.url());
          api.registerAgency("Paused Worker Agency");
          Brand brand = api.createBrand("Trattoria Roma");
          int pages = PublishingCluster.connectFacebookPages(api, brand);
          // Every Graph answer takes 2 s: when the server is stopped, calls are on the wire.
          String slow =
              sim.faults().latency(FaultScope.of(SimulatedNetwork.FACEBOOK), Duration.ofSeconds(2));
          PublishingCluster.pushBurst(api, brand, POSTS, Instant.now().plusSeconds(2));

          awaitStates(pg, "claims and calls in flight", s -> s.getOrDefault("CALLING", 0) > 0);
          paused.pause();
          sim.faults().remove(slow);
          other.start();
          // Well past the claim lease (5 s) and the call lease (10 s): the other server takes over.
          awaitStates(
              pg,
              "all published by the other server",
              s -> PublishingCluster.settled(s, POSTS * pages));
          int publishedBeforeWaking = PublishingCluster.pagePosts(sim).size();

          paused.resume();
          LockSupport.parkNanos(Duration.ofSeconds(8).toNanos()); // let it finish what it held
          assertThat(paused.alive()).as("the woken server runs on").isTrue();
          servers.forEach(PublishingProcess::close);

          List<PublishedItem> onPages = PublishingCluster.pagePosts(sim);
          assertThat(onPages).as("nothing published after waking").hasSize(publishedBeforeWaking);
          PublishingCluster.checkExactlyOnce(onPages, PublishingCluster.targets(pg), POSTS, pages);
          assertThat(PublishingCluster.targets(pg))
              .allSatisfy(t -> assertThat(t.state()).isEqualTo("PUBLISHED"));
        } finally {
          servers.forEach(
              server -> {
                if (server.alive()) {
                  server.resume();
                }
                server.close();
              });
        }
      }
    } finally {
      pg.empty();
    }
  }

  private static void awaitStates(
      PublishingCluster.Postgres pg,
      String what,
      java.util.function.Predicate<Map<String, Integer>> done)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(90);
    Map<String, Integer> states = PublishingCluster.targetStates(pg);
    while (!done.test(states)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "no "
                + what
                + " within 90 s: "
                + states
                + PublishingCluster.describeUnsettled(pg)
                + "\nnow "
                + Instant.now());
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
      states = PublishingCluster.targetStates(pg);
    }
  }
}
