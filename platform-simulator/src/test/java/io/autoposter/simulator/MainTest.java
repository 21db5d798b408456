package io.autoposter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void readsPortHostPublicUrlAndAutoApprove() {
    SimulatorSettings settings =
        Main.settings(
            new String[] {
              "--port",
              "9099",
              "--host",
              "0.0.0.0",
              "--public-url",
              "http://sim.local:9099/",
              "--auto-approve"
            });
    assertThat(settings.port()).isEqualTo(9099);
    assertThat(settings.host()).isEqualTo("0.0.0.0");
    assertThat(settings.publicUrl()).isEqualTo("http://sim.local:9099");
    assertThat(settings.autoApprove()).isTrue();
  }

  @Test
  void defaultsToPort8090AndTheConsentPage() {
    SimulatorSettings settings = Main.settings(new String[0]);
    assertThat(settings.port()).isEqualTo(8090);
    assertThat(settings.autoApprove()).isFalse();
  }

  @Test
  void refusesUnknownOptions() {
    assertThatThrownBy(() -> Main.settings(new String[] {"--nope"})).hasMessageContaining("usage");
  }

  @Test
  void publicUrlIsTheBaseOfHandedOutLinks() {
    try (PlatformSimulator sim =
        PlatformSimulator.start(
            SimulatorSettings.defaults(0).withPublicUrl("https://sim.example.test"))) {
      assertThat(sim.port()).isPositive();
      assertThat(sim.publicUrl()).isEqualTo("https://sim.example.test");
      assertThat(sim.graphUri().toString()).endsWith("/v21.0");
    }
  }
}
