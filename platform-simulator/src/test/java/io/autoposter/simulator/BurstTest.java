package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.simulator.faults.FaultScope;
import io.autoposter.simulator.faults.Trigger;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many concurrent publishers: held requests park virtual threads, counters stay exact. */
class BurstTest {
  private static final int REQUESTS = Integer.getInteger("simulator.burst", 1_000);

  private PlatformSimulator sim;
  private String token;
  private ExecutorService virtualThreads;
  private HttpClient http;

  @BeforeEach
  void start() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
    token = Flows.xTokens(sim, new SimClient(sim)).path("access_token").asText();
    virtualThreads = Executors.newVirtualThreadPerTaskExecutor();
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(virtualThreads)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
  }

  @AfterEach
  void stop() {
    http.close();
    virtualThreads.close();
    sim.stop();
  }

  private CompletableFuture<HttpResponse<String>> tweet(int n) {
    return http.sendAsync(
        HttpRequest.newBuilder(URI.create(sim.baseUri() + "/2/tweets"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"burst " + n + "\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void burstOfRequestsHeldOneSecondEachFinishTogetherOnFewPlatformThreads() {
    sim.faults().latency(FaultScope.of(SimulatedNetwork.X), Duration.ofSeconds(1));
    int before = ManagementFactory.getThreadMXBean().getThreadCount();
    AtomicInteger peak = new AtomicInteger();
    long start = System.nanoTime();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      calls.add(tweet(i));
    }
    Await.until(
        Duration.ofSeconds(60),
        () -> {
          peak.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
          return calls.stream().allMatch(CompletableFuture::isDone);
        });
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        "burst of %d held requests: %d ms, platform threads +%d%n",
        REQUESTS, took.toMillis(), peak.get() - before);
    assertThat(calls).allSatisfy(c -> assertThat(c.join().statusCode()).isEqualTo(201));
    assertThat(sim.published().count(SimulatedNetwork.X)).isEqualTo(REQUESTS);
    // Sequential would take 1,000 s; held on virtual threads they overlap.
    assertThat(took).isLessThan(Duration.ofSeconds(30));
    assertThat(peak.get() - before).isLessThan(100);
  }

  @Test
  void nextNFiresExactlyNTimesUnderConcurrency() {
    sim.faults().serverErrors(FaultScope.of(SimulatedNetwork.X), 500, Trigger.next(25));
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      calls.add(tweet(i));
    }
    long failed =
        calls.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 500).count();
    assertThat(failed).isEqualTo(25);
    assertThat(sim.published().count(SimulatedNetwork.X)).isEqualTo(175);
  }
}
