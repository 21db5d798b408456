package io.autoposter.server.accounts;

import io.autoposter.model.Network;
import io.helidon.config.Config;

/**
 * Where each platform lives and the app credentials Autoposter signs in with. Every value is
 * configuration ({@code autoposter.platforms.*}); {@code simulator-url} points every base URL at
 * one platform simulator. A network without a client id and secret is "not configured".
 */
public record PlatformSettings(App facebook, App linkedin, App x) {

  /**
   * One platform app.
   *
   * @param authUrl base of the consent page (and, for LinkedIn, of the token endpoint)
   * @param apiUrl base of the API (Graph API for Facebook)
   */
  public record App(String authUrl, String apiUrl, String clientId, String clientSecret) {
    public App {
      authUrl = trim(authUrl);
      apiUrl = trim(apiUrl);
      clientId = clientId == null ? "" : clientId.strip();
      clientSecret = clientSecret == null ? "" : clientSecret.strip();
    }

    public boolean configured() {
      return !clientId.isEmpty() && !clientSecret.isEmpty();
    }

    @Override
    public String toString() {
      // The client secret never reaches a log.
      return "App[authUrl=%s, apiUrl=%s, clientId=%s, clientSecret=%s]"
          .formatted(authUrl, apiUrl, clientId, clientSecret.isEmpty() ? "" : "[redacted]");
    }

    private static String trim(String url) {
      String value = url == null ? "" : url.strip();
      return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
  }

  /** Real hosts, no credentials: nothing is configured. */
  public static PlatformSettings defaults() {
    return new PlatformSettings(
        new App("https://www.facebook.com", "https://graph.facebook.com", "", ""),
        new App("https://www.linkedin.com", "https://api.linkedin.com", "", ""),
        new App("https://x.com", "https://api.x.com", "", ""));
  }

  public static PlatformSettings from(Config config) {
    Config root = config.get("autoposter.platforms");
    String simulator = root.get("simulator-url").asString().orElse("").strip();
    PlatformSettings defaults = defaults();
    return new PlatformSettings(
        app(root.get("facebook"), defaults.facebook(), simulator, "graph-url"),
        app(root.get("linkedin"), defaults.linkedin(), simulator, "api-url"),
        app(root.get("x"), defaults.x(), simulator, "api-url"));
  }

  public App app(Network network) {
    return switch (network) {
      case FACEBOOK, INSTAGRAM -> facebook;
      case LINKEDIN -> linkedin;
      case X -> x;
      case SANDBOX -> throw new IllegalArgumentException("the sandbox has no platform app");
    };
  }

  private static App app(Config section, App fallback, String simulator, String apiKey) {
    String auth = simulator.isEmpty() ? fallback.authUrl() : simulator;
    String api = simulator.isEmpty() ? fallback.apiUrl() : simulator;
    return new App(
        section.get("auth-url").asString().orElse(auth),
        section.get(apiKey).asString().orElse(api),
        section.get("client-id").asString().orElse(""),
        section.get("client-secret").asString().orElse(""));
  }
}
