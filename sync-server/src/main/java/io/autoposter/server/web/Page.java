package io.autoposter.server.web;

import io.autoposter.server.api.Html;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Layout, headers and form parsing shared by the pages. */
public final class Page {
  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;background:#f4f4f8;"
          + "color:#111;margin:0}main{max-width:420px;margin:48px auto;background:#fff;"
          + "padding:32px;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08)}"
          + "h1{font-size:22px;margin:0 0 16px}label{display:block;margin:14px 0 4px;"
          + "font-weight:600}input{width:100%;box-sizing:border-box;padding:10px;"
          + "border:1px solid #bbb;border-radius:6px;font-size:15px}button{margin-top:20px;"
          + "width:100%;padding:11px;border:0;border-radius:6px;background:#4F46E5;color:#fff;"
          + "font-size:15px;cursor:pointer}.error{background:#fdecec;color:#8a1111;"
          + "padding:10px;border-radius:6px}.ok{background:#e9f7ef;color:#135c2f;"
          + "padding:10px;border-radius:6px}.hint{color:#555;font-size:13px}";

  private Page() {}

  /** Sends a complete page; {@code bodyHtml} must already be escaped. */
  public static void send(ServerResponse response, Status status, String title, String bodyHtml) {
    response.status(status);
    response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    response.header(HeaderNames.CACHE_CONTROL, "no-store");
    // The token is in the URL: never send it on as a Referer, never frame, no scripts at all.
    response.header("Referrer-Policy", "no-referrer");
    response.header("X-Frame-Options", "DENY");
    response.header("X-Content-Type-Options", "nosniff");
    response.header(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    response.send(
        ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>%s · Autoposter</title><style>%s</style></head><body><main>"
                + "<h1>%s</h1>%s</main></body></html>")
            .formatted(Html.escape(title), STYLE, Html.escape(title), bodyHtml)
            .getBytes(StandardCharsets.UTF_8));
  }

  public static String error(String message) {
    return message == null ? "" : "<p class=\"error\">" + Html.escape(message) + "</p>";
  }

  public static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"%s\" value=\"%s\">".formatted(name, Html.escape(value));
  }

  static String field(String label, String name, String type, String value, String autocomplete) {
    return ("<label for=\"%s\">%s</label><input id=\"%s\" name=\"%s\" type=\"%s\" value=\"%s\""
            + " autocomplete=\"%s\" required>")
        .formatted(name, Html.escape(label), name, name, type, Html.escape(value), autocomplete);
  }

  /** Parses an application/x-www-form-urlencoded body; malformed pairs are skipped. */
  static Map<String, String> form(ServerRequest request) {
    Map<String, String> values = new HashMap<>();
    if (!request.content().hasEntity()) {
      return values;
    }
    String body = request.content().as(String.class);
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      try {
        values.putIfAbsent(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // a broken %-escape: ignore the pair, the form is shown again with an error
      }
    }
    return values;
  }
}
