package io.autoposter.server.app;

import java.util.function.Supplier;

/**
 * The base URL for links in e-mails: the configured {@code autoposter.public-url}, or {@code
 * http://<server.host>:<port actually bound>} once the web server has started (port 0 in tests).
 */
final class PublicUrl implements Supplier<String> {
  private final String configured;
  private final String host;
  private volatile int port;

  PublicUrl(String configured, String host, int port) {
    this.configured =
        configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    this.host = host.contains(":") ? "[" + host + "]" : host;
    this.port = port;
  }

  void boundTo(int actualPort) {
    this.port = actualPort;
  }

  @Override
  public String get() {
    return configured.isBlank() ? "http://" + host + ":" + port : configured;
  }
}
