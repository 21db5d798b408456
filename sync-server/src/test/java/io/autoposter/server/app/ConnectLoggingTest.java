package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connects every network, refreshes, breaks and disconnects accounts with the server's loggers at
 * their finest, then looks for every token the simulator ever issued in the server's log output:
 * none may be there.
 */
class ConnectLoggingTest {
  @TempDir Path dataDir;

  @Test
  void noPlatformTokenReachesTheServerLog() {
    Logger serverLogs = Logger.getLogger("io.autoposter.server");
    Level before = serverLogs.getLevel();
    List<String> lines = new CopyOnWriteArrayList<>();
    SimpleFormatter formatter = new SimpleFormatter();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(formatter.format(record) + record.getThrown());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(Level.ALL);
    serverLogs.setLevel(Level.ALL);
    serverLogs.addHandler(capture);
    try (PlatformSimulator sim =
            PlatformSimulator.start(SimulatorSettings.defaults(0).withAutoApprove(true));
        TestServer server = TestServer.start(dataDir, OAuthBrowser.settings(sim))) {
      OAuthBrowser browser = new OAuthBrowser(server);
      SessionResponse owner = server.register("Logging Agency");
      Brand brand = server.createBrand(owner.token(), "Trattoria Roma");
      for (Network network : List.of(Network.FACEBOOK, Network.LINKEDIN, Network.X)) {
        browser.connectAll(owner.token(), brand.id(), network);
      }
      server.tokenRefresher().checkAll();
      sim.tokens().revoke(SimulatedNetwork.X, null);
      sim.tokens().expire(SimulatedNetwork.FACEBOOK, "104000000000002");
      server.tokenRefresher().checkAll();
      List<SocialAccount> accounts =
          server
              .get("/api/v1/accounts/connected", owner.token())
              .as(new TypeReference<List<SocialAccount>>() {});
      for (SocialAccount account : accounts) {
        server.delete("/api/v1/accounts/" + account.id(), owner.token());
      }

      String log = String.join("\n", lines);
      assertThat(log).contains("is broken");
      List<String> issued = sim.tokens().all().stream().map(IssuedToken::value).toList();
      assertThat(issued).hasSizeGreaterThan(8);
      for (String token : issued) {
        assertThat(log).doesNotContain(token);
      }
      assertThat(log)
          .doesNotContain(SimulatorSettings.DEMO_FACEBOOK.clientSecret())
          .doesNotContain(SimulatorSettings.DEMO_LINKEDIN.clientSecret())
          .doesNotContain(SimulatorSettings.DEMO_X.clientSecret());
    } finally {
      serverLogs.removeHandler(capture);
      serverLogs.setLevel(before);
    }
  }
}
