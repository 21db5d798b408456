package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.server.media.MediaSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  @Test
  void missingKeysFallBackToTheDocumentedDefaults() {
    Path dataDir = Path.of("build-test-data").toAbsolutePath();

    ServerSettings settings =
        ServerSettings.from(TestServer.config(dataDir, Map.of("server.port", "8080")));

    assertThat(settings.host()).isEqualTo("127.0.0.1");
    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.dataDir()).isEqualTo(dataDir);
    assertThat(settings.database().url())
        .startsWith("jdbc:h2:file:" + dataDir.resolve("autoposter"))
        .contains("MODE=PostgreSQL");
    assertThat(settings.demo().seed()).isFalse();
    assertThat(settings.demo().agency()).isEqualTo("Demo Agency");
    assertThat(settings.demo().brand()).isEqualTo("Trattoria Roma");
    assertThat(settings.publisherEnabled()).isTrue();
    assertThat(settings.media()).isEqualTo(MediaSettings.defaults());
    assertThat(settings.media().folderIn(dataDir)).isEqualTo(dataDir.resolve("media"));
    assertThat(settings.twoFactorKeyFile()).isEqualTo(dataDir.resolve("secrets/server.key"));
  }

  @Test
  void severalInstancesCanShareTheMediaFolderAndTheTwoFactorKey() {
    Path shared = Path.of("shared").toAbsolutePath();
    ServerSettings settings =
        ServerSettings.from(
            TestServer.config(
                Path.of("own-data"),
                Map.of(
                    "autoposter.media.dir", shared.resolve("media").toString(),
                    "autoposter.two-factor.key-file", shared.resolve("2fa.key").toString())));

    assertThat(settings.media().folderIn(settings.dataDir())).isEqualTo(shared.resolve("media"));
    assertThat(settings.twoFactorKeyFile()).isEqualTo(shared.resolve("2fa.key"));
  }

  @Test
  void mediaLimitsComeFromTheConfig() {
    ServerSettings settings =
        ServerSettings.from(
            TestServer.config(
                Path.of("x"),
                Map.of(
                    "autoposter.media.max-image-bytes", "1000",
                    "autoposter.media.max-video-bytes", "2000")));

    assertThat(settings.media()).isEqualTo(new MediaSettings(1000, 2000));
  }

  @Test
  void secretsStayOutOfToString() {
    ServerSettings settings =
        ServerSettings.from(
            TestServer.config(
                Path.of("x"),
                Map.of(
                    "autoposter.db.password", "db-secret-value",
                    "autoposter.demo.password", "demo-secret-value")));

    assertThat(settings.toString())
        .doesNotContain("db-secret-value")
        .doesNotContain("demo-secret-value");
  }
}
