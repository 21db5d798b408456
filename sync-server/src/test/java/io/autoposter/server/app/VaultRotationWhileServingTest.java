package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.TokenHealth;
import io.autoposter.server.vault.TestMasterKey;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's "key rotation without downtime" on the default embedded H2: the documented {@code
 * vault} commands run in their own processes while the server holds the database file and keeps
 * refreshing tokens (X rotates its refresh token on every round, so tokens are written under
 * whichever key is primary at that moment). The command line finds the database in use and has the
 * running server run each step through its operator channel.
 */
class VaultRotationWhileServingTest {
  private static final TypeReference<List<TokenHealth>> HEALTH = new TypeReference<>() {};
  private static final Pattern PRIMARY = Pattern.compile("key (\\d+)\\s+primary");
  private static final Pattern ADDED = Pattern.compile("Added key (\\d+)");

  @TempDir static Path dataDir;
  static PlatformSimulator sim;
  static TestServer server;

  @BeforeAll
  static void start() {
    sim = PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
    server = TestServer.start(dataDir, OAuthBrowser.settings(sim));
  }

  @AfterAll
  static void stop() {
    server.close();
    sim.close();
  }

  @Test
  void theFourStepsRunThroughTheRunningServerWhileItKeepsRefreshingTokens() throws Exception {
    SessionResponse owner = server.register("Rotation Agency");
    Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
    OAuthBrowser browser = new OAuthBrowser(server);
    browser.connectAll(owner.token(), brand.id(), Network.FACEBOOK);
    browser.connectAll(owner.token(), brand.id(), Network.X);
    browser.connectAll(owner.token(), brand.id(), Network.LINKEDIN);

    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger rounds = new AtomicInteger();
    List<String> failures = new CopyOnWriteArrayList<>();
    Thread worker =
        Thread.ofPlatform()
            .name("keeps-serving")
            .start(
                () -> {
                  while (!done.get()) {
                    try {
                      server.tokenRefresher().checkAll();
                      Reply health = server.get("/api/v1/accounts/token-health", owner.token());
                      List<TokenHealth> states = health.as(HEALTH);
                      if (health.status() != 200
                          || states.stream()
                              .anyMatch(h -> h.state() != TokenHealth.State.HEALTHY)) {
                        failures.add(health.body());
                      }
                      rounds.incrementAndGet();
                    } catch (RuntimeException e) {
                      failures.add(e.toString());
                    }
                  }
                });

    Cli status = vault("status");
    assertThat(status.exitCode()).as(status.text()).isZero();
    assertThat(status.output()).contains("The running server holds the database; it ran");
    long oldKey = number(PRIMARY, status.output());
    Cli added = vault("add-key");
    assertThat(added.exitCode()).as(added.text()).isZero();
    long newKey = number(ADDED, added.output());
    assertThat(vault("promote", Long.toString(newKey)).exitCode()).isZero();
    Cli reencrypted = vault("reencrypt", "3");
    assertThat(reencrypted.exitCode()).as(reencrypted.text()).isZero();
    assertThat(reencrypted.output()).contains("0 failed", "Next: vault retire " + oldKey);
    Cli retired = vault("retire", Long.toString(oldKey));
    assertThat(retired.exitCode()).as(retired.text()).isZero();
    int roundsDuringRotation = rounds.get();

    done.set(true);
    worker.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(failures).isEmpty();
    assertThat(roundsDuringRotation).as("refresh rounds while the commands ran").isPositive();
    Cli after = vault("status");
    assertThat(after.output())
        .contains("key " + newKey)
        .doesNotContain("key " + oldKey + " ")
        .doesNotContain("not under the primary key");
    server.tokenRefresher().checkAll();
    assertThat(server.get("/api/v1/accounts/token-health", owner.token()).as(HEALTH))
        .hasSize(6) // 2 Facebook Pages, Instagram, X, 2 LinkedIn organizations
        .extracting(TokenHealth::state)
        .containsOnly(TokenHealth.State.HEALTHY);
  }

  @Test
  void theOperatorChannelAnswersOnlyWithItsToken() {
    Reply withoutToken = server.post("/operator/vault", null, "{\"args\":[\"status\"]}");
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(withoutToken.problem().detail()).contains("operator channel");
    Reply wrongToken =
        server.post("/operator/vault", "not-the-operator-token", "{\"args\":[\"status\"]}");
    assertThat(wrongToken.status()).isEqualTo(403);
  }

  /** What one {@code java … Main vault <args>} process printed, and its exit code. */
  record Cli(int exitCode, String output, String errors) {
    String text() {
      return output + errors;
    }
  }

  /** Runs the documented command in its own JVM, with the server's settings in its environment. */
  private static Cli vault(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.add("vault");
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dataDir, "vault-out", ".txt");
    Path err = Files.createTempFile(dataDir, "vault-err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("AUTOPOSTER_DATA_DIR", dataDir.toString());
    builder.environment().put("AUTOPOSTER_VAULT_MASTER_KEY", TestMasterKey.VALUE);
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("vault " + String.join(" ", args)).isTrue();
    return new Cli(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static long number(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return Long.parseLong(matcher.group(1));
  }
}
