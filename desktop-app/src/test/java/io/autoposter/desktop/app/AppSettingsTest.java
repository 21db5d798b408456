package io.autoposter.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppSettingsTest {

  @Test
  void argumentsWinOverEnvironment() {
    AppSettings s =
        AppSettings.from(
            List.of("--data-dir=/tmp/a", "--dark"),
            Map.of("AUTOPOSTER_DESKTOP_DATA", "/tmp/b", "AUTOPOSTER_SERVER_URL", "http://srv:9"));
    assertThat(s.dataDir()).isEqualTo(Path.of("/tmp/a"));
    assertThat(s.serverUrl()).isEqualTo("http://srv:9");
    assertThat(s.dark()).isTrue();
    assertThat(s.autoSignIn()).isFalse();
  }

  @Test
  void defaultsAndAutoSignInFromEnvironment() {
    AppSettings s =
        AppSettings.from(
            List.of(),
            Map.of(
                "AUTOPOSTER_THEME", "dark",
                "AUTOPOSTER_SIGN_IN_EMAIL", "demo@agency.test",
                "AUTOPOSTER_SIGN_IN_PASSWORD", "pw"));
    assertThat(s.serverUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(s.dataDir().getFileName()).hasToString(".autoposter");
    assertThat(s.dark()).isTrue();
    assertThat(s.autoSignIn()).isTrue();
    assertThat(s.toString()).doesNotContain("pw");
  }
}
