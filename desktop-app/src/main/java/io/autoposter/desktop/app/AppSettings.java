package io.autoposter.desktop.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up settings from command-line arguments and the environment.
 *
 * <ul>
 *   <li>{@code --data-dir=PATH} or {@code AUTOPOSTER_DESKTOP_DATA}; default {@code ~/.autoposter}
 *   <li>{@code --server-url=URL} or {@code AUTOPOSTER_SERVER_URL}; default {@code
 *       http://127.0.0.1:8080}
 *   <li>{@code --dark} or {@code AUTOPOSTER_THEME=dark}
 *   <li>{@code AUTOPOSTER_SIGN_IN_EMAIL} and {@code AUTOPOSTER_SIGN_IN_PASSWORD}: sign in at start
 * </ul>
 */
public record AppSettings(
    Path dataDir, String serverUrl, boolean dark, String signInEmail, String signInPassword) {

  public static final String DEFAULT_SERVER_URL = "http://127.0.0.1:8080";

  public static AppSettings from(List<String> args, Map<String, String> env) {
    Path dataDir =
        arg(args, "--data-dir=")
            .or(() -> nonBlank(env.get("AUTOPOSTER_DESKTOP_DATA")))
            .map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("user.home"), ".autoposter"));
    String serverUrl =
        arg(args, "--server-url=")
            .or(() -> nonBlank(env.get("AUTOPOSTER_SERVER_URL")))
            .orElse(DEFAULT_SERVER_URL);
    boolean dark =
        args.contains("--dark")
            || "dark".equalsIgnoreCase(env.getOrDefault("AUTOPOSTER_THEME", ""));
    return new AppSettings(
        dataDir,
        serverUrl,
        dark,
        nonBlank(env.get("AUTOPOSTER_SIGN_IN_EMAIL")).orElse(null),
        nonBlank(env.get("AUTOPOSTER_SIGN_IN_PASSWORD")).orElse(null));
  }

  /** True when the environment asks for an automatic sign-in at start. */
  public boolean autoSignIn() {
    return signInEmail != null && signInPassword != null;
  }

  private static Optional<String> arg(List<String> args, String prefix) {
    return args.stream()
        .filter(a -> a.startsWith(prefix))
        .map(a -> a.substring(prefix.length()))
        .filter(v -> !v.isBlank())
        .reduce((first, second) -> second);
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  @Override
  public String toString() {
    return "AppSettings[dataDir=%s, serverUrl=%s, dark=%s, signInEmail=%s]"
        .formatted(dataDir, serverUrl, dark, signInEmail);
  }
}
