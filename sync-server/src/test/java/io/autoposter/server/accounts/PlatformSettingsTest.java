package io.autoposter.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Network;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

  @Test
  void defaultsAreTheRealHostsWithNothingConfigured() {
    PlatformSettings settings = PlatformSettings.from(config(Map.of()));
    assertThat(settings.facebook().authUrl()).isEqualTo("https://www.facebook.com");
    assertThat(settings.facebook().apiUrl()).isEqualTo("https://graph.facebook.com");
    assertThat(settings.linkedin().apiUrl()).isEqualTo("https://api.linkedin.com");
    assertThat(settings.x().authUrl()).isEqualTo("https://x.com");
    assertThat(settings.x().apiUrl()).isEqualTo("https://api.x.com");
    assertThat(settings.app(Network.INSTAGRAM).configured()).isFalse();
  }

  @Test
  void theSimulatorShortcutPointsEveryPlatformAtOneBaseAndExplicitKeysWin() {
    PlatformSettings settings =
        PlatformSettings.from(
            config(
                Map.of(
                    "autoposter.platforms.simulator-url", "http://127.0.0.1:8090/",
                    "autoposter.platforms.x.api-url", "http://other:1",
                    "autoposter.platforms.x.client-id", "id",
                    "autoposter.platforms.x.client-secret", "s3cret")));
    assertThat(settings.facebook().authUrl()).isEqualTo("http://127.0.0.1:8090");
    assertThat(settings.linkedin().apiUrl()).isEqualTo("http://127.0.0.1:8090");
    assertThat(settings.x().authUrl()).isEqualTo("http://127.0.0.1:8090");
    assertThat(settings.x().apiUrl()).isEqualTo("http://other:1");
    assertThat(settings.x().configured()).isTrue();
    assertThat(settings.toString()).doesNotContain("s3cret").contains("[redacted]");
  }

  @Test
  void pkceChallengeIsS256OfTheVerifier() {
    // base64url(SHA-256(verifier)) without padding, computed independently.
    assertThat(OAuthSecrets.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r7wW1gFWFOEjXk"))
        .isEqualTo("bwWFMyPfdG9qreDhH2lmftFx_dFeLDalzcT1gb_j68g");
    assertThat(OAuthSecrets.random()).hasSize(43);
  }

  private static Config config(Map<String, String> values) {
    return Config.just(ConfigSources.create(values));
  }
}
