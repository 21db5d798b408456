package io.autoposter.server.app;

import io.autoposter.server.api.ProblemResponses;
import io.autoposter.server.media.MediaSettings;
import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.logging.Logger;

/**
 * A running Autoposter server: database, publisher and web server, started and stopped together.
 * This is the composition root; {@link Main} and in-process tests both start the server here.
 */
public final class AutoposterServer implements AutoCloseable {
  /** Largest request body accepted outside media uploads; larger ones get 413 PAYLOAD_TOO_LARGE. */
  public static final long MAX_PAYLOAD_BYTES = 1024 * 1024;

  /**
   * What the transport lets through: media chunks stream to disk and may be larger, so {@link
   * io.autoposter.server.api.RequestBodyLimit} holds every other route to {@link
   * #MAX_PAYLOAD_BYTES}. Above the chunk limit, so an oversized chunk gets CHUNK_TOO_LARGE.
   */
  static final long MAX_TRANSPORT_BYTES = 2 * MediaSettings.MAX_CHUNK_BYTES;

  private static final Logger LOG = Logger.getLogger(AutoposterServer.class.getName());

  private final WebServer webServer;
  private final ServerComponents components;
  private final String host;

  private AutoposterServer(WebServer webServer, ServerComponents components, String host) {
    this.webServer = webServer;
    this.components = components;
    this.host = host;
  }

  /** Starts with settings read from the config (keys as in application.yaml). */
  public static AutoposterServer start(Config config) {
    return start(ServerSettings.from(config));
  }

  public static AutoposterServer start(ServerSettings settings) {
    return start(settings, java.time.Clock.systemUTC());
  }

  /** Starts with an injected clock (tests move time for expiry, TOTP and rate limits). */
  static AutoposterServer start(ServerSettings settings, java.time.Clock clock) {
    try {
      Files.createDirectories(settings.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + settings.dataDir(), e);
    }
    ServerComponents components = ServerComponents.create(settings, clock);
    try {
      WebServer webServer =
          WebServer.builder()
              .host(settings.host())
              .port(settings.port())
              .maxPayloadSize(MAX_TRANSPORT_BYTES)
              .directHandlers(ProblemResponses.directHandlers())
              // stop() closes the database too, so the caller owns shutdown, not Helidon's hook.
              .shutdownHook(false)
              .routing(
                  routing -> Main.routing(routing, components.endpoints(), components.routes()))
              .build()
              .start();
      components.boundTo(settings.host(), webServer.port());
      components.startPublisher();
      return new AutoposterServer(webServer, components, settings.host());
    } catch (RuntimeException e) {
      components.close();
      throw e;
    }
  }

  /** Every route the server serves, as recorded while routing was built. */
  public java.util.List<io.autoposter.server.api.Routes.Route> routes() {
    return components.routes().all();
  }

  /** The background token refresher (tests run {@code checkAll()} instead of waiting). */
  public io.autoposter.server.accounts.TokenRefresher tokenRefresher() {
    return components.refresher();
  }

  /** The port actually bound, useful when the settings asked for port 0. */
  public int port() {
    return webServer.port();
  }

  /** The base URL, such as {@code http://127.0.0.1:8080}. */
  public URI uri() {
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shownHost + ":" + port());
  }

  /** Stops accepting requests, then the publisher, then closes the database. Idempotent. */
  public synchronized void stop() {
    if (webServer.isRunning()) {
      webServer.stop();
    }
    components.close();
    LOG.info("Autoposter sync server stopped");
  }

  @Override
  public void close() {
    stop();
  }
}
