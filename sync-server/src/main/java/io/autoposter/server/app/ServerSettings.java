package io.autoposter.server.app;

import io.autoposter.server.store.DatabaseSettings;
import io.helidon.config.Config;
import java.nio.file.Path;

/**
 * Everything the server reads from configuration, with the defaults of application.yaml repeated
 * here so a bare {@code Config.just(...)} with only a few keys (as tests use) still works.
 */
public record ServerSettings(
    String host,
    int port,
    Path dataDir,
    DatabaseSettings database,
    DemoSettings demo,
    boolean publisherEnabled) {

  public static ServerSettings from(Config config) {
    Path dataDir = Path.of(text(config, "autoposter.data-dir", "./data")).toAbsolutePath();
    String url = text(config, "autoposter.db.url", "");
    if (url.isBlank()) {
      url = defaultDatabaseUrl(dataDir);
    }
    return new ServerSettings(
        text(config, "server.host", "127.0.0.1"),
        config.get("server.port").asInt().orElse(8080),
        dataDir,
        new DatabaseSettings(
            url,
            text(config, "autoposter.db.user", ""),
            text(config, "autoposter.db.password", "")),
        new DemoSettings(
            config.get("autoposter.demo.seed").asBoolean().orElse(false),
            text(config, "autoposter.demo.email", ""),
            text(config, "autoposter.demo.password", ""),
            text(config, "autoposter.demo.agency", "Demo Agency"),
            text(config, "autoposter.demo.brand", "Trattoria Roma")),
        config.get("autoposter.publisher.enabled").asBoolean().orElse(true));
  }

  /** Embedded H2 in PostgreSQL mode, so the same migrations and SQL run on both databases. */
  static String defaultDatabaseUrl(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.resolve("autoposter")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
  }

  private static String text(Config config, String key, String fallback) {
    return config.get(key).asString().orElse(fallback);
  }
}
