package io.autoposter.server.app;

import io.autoposter.server.accounts.PlatformSettings;
import io.autoposter.server.mail.MailSettings;
import io.autoposter.server.media.MediaSettings;
import io.autoposter.server.publish.PublishSettings;
import io.autoposter.server.store.DatabaseSettings;
import io.autoposter.server.vault.VaultSettings;
import io.helidon.config.Config;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything the server reads from configuration, with the defaults of application.yaml repeated
 * here so a bare {@code Config.just(...)} with only a few keys (as tests use) still works.
 *
 * @param publicUrl base of links in e-mails; blank = {@code http://<host>:<actual port>}
 * @param trustProxy take client addresses from {@code X-Forwarded-For} (only behind a proxy)
 * @param vault where the token vault's master key comes from
 * @param platforms the platforms' base URLs and app credentials (OAuth connect)
 * @param twoFactorKeyFile {@code autoposter.two-factor.key-file}: the key sealing two-factor
 *     secrets and recovery codes, made on first start; {@code secrets/server.key} in the data
 *     directory unless set. Several instances share one file (or copies of it), like the vault's
 *     master key.
 */
public record ServerSettings(
    String host,
    int port,
    Path dataDir,
    DatabaseSettings database,
    DemoSettings demo,
    boolean publisherEnabled,
    String publicUrl,
    boolean trustProxy,
    MailSettings mail,
    MediaSettings media,
    VaultSettings vault,
    PlatformSettings platforms,
    PublishSettings publishing,
    Path twoFactorKeyFile) {

  public static ServerSettings from(Config config) {
    return from(config, System::getenv);
  }

  /**
   * With the environment as a function, so tests decide what {@code AUTOPOSTER_VAULT_MASTER_KEY}
   * holds; the vault settings also read their variables directly, whatever config sources are in
   * use.
   */
  static ServerSettings from(Config config, UnaryOperator<String> environment) {
    Path dataDir = Path.of(text(config, "autoposter.data-dir", "./data")).toAbsolutePath();
    String url = text(config, "autoposter.db.url", "");
    if (url.isBlank()) {
      url = defaultDatabaseUrl(dataDir);
    }
    boolean demoSeed = config.get("autoposter.demo.seed").asBoolean().orElse(false);
    return new ServerSettings(
        text(config, "server.host", "127.0.0.1"),
        config.get("server.port").asInt().orElse(8080),
        dataDir,
        new DatabaseSettings(
            url,
            text(config, "autoposter.db.user", ""),
            text(config, "autoposter.db.password", "")),
        new DemoSettings(
            demoSeed,
            text(config, "autoposter.demo.email", ""),
            text(config, "autoposter.demo.password", ""),
            text(config, "autoposter.demo.agency", "Demo Agency"),
            text(config, "autoposter.demo.brand", "Trattoria Roma"),
            config.get("autoposter.demo.content").asBoolean().orElse(true)),
        config.get("autoposter.publisher.enabled").asBoolean().orElse(true),
        text(config, "autoposter.public-url", "").strip(),
        config.get("autoposter.trust-proxy").asBoolean().orElse(false),
        new MailSettings(
            text(config, "autoposter.mail.smtp.host", "").strip(),
            config.get("autoposter.mail.smtp.port").asInt().orElse(587),
            text(config, "autoposter.mail.smtp.username", ""),
            text(config, "autoposter.mail.smtp.password", ""),
            config.get("autoposter.mail.smtp.starttls").asBoolean().orElse(true),
            text(config, "autoposter.mail.from", MailSettings.DEFAULT_FROM),
            dataDir.resolve("outbox")),
        new MediaSettings(
            config
                .get("autoposter.media.max-image-bytes")
                .asLong()
                .orElse(MediaSettings.DEFAULT_MAX_IMAGE_BYTES),
            config
                .get("autoposter.media.max-video-bytes")
                .asLong()
                .orElse(MediaSettings.DEFAULT_MAX_VIDEO_BYTES),
            optionalPath(config, "autoposter.media.dir")),
        vault(config, environment, demoSeed, dataDir),
        PlatformSettings.from(config),
        PublishSettings.from(config),
        Optional.ofNullable(optionalPath(config, "autoposter.two-factor.key-file"))
            .orElse(dataDir.resolve("secrets").resolve("server.key")));
  }

  private static VaultSettings vault(
      Config config, UnaryOperator<String> environment, boolean demo, Path dataDir) {
    String file =
        configOrEnvironment(
            config,
            VaultSettings.MASTER_KEY_FILE_SETTING,
            environment,
            VaultSettings.MASTER_KEY_FILE_VARIABLE);
    String key =
        configOrEnvironment(
            config, "autoposter.vault.master-key", environment, VaultSettings.MASTER_KEY_VARIABLE);
    return new VaultSettings(
        file.isBlank() ? null : Path.of(file.strip()).toAbsolutePath(), key, demo, dataDir);
  }

  private static String configOrEnvironment(
      Config config, String key, UnaryOperator<String> environment, String variable) {
    String configured = text(config, key, "");
    if (!configured.isBlank()) {
      return configured;
    }
    String value = environment.apply(variable);
    return value == null ? "" : value;
  }

  /** Embedded H2 in PostgreSQL mode, so the same migrations and SQL run on both databases. */
  /** An absolute path from {@code key}, or null when it is not set. */
  private static Path optionalPath(Config config, String key) {
    String value = text(config, key, "");
    return value.isBlank() ? null : Path.of(value.strip()).toAbsolutePath();
  }

  static String defaultDatabaseUrl(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.resolve("autoposter")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
  }

  private static String text(Config config, String key, String fallback) {
    return config.get(key).asString().orElse(fallback);
  }

  @Override
  public String toString() {
    // The database and SMTP passwords and the vault master key stay out of logs.
    return ("ServerSettings[host=%s, port=%d, dataDir=%s, demo=%s, publicUrl=%s, mail=%s, media=%s,"
            + " vault=%s, platforms=%s, twoFactorKeyFile=%s]")
        .formatted(
            host, port, dataDir, demo, publicUrl, mail, media, vault, platforms, twoFactorKeyFile);
  }
}
