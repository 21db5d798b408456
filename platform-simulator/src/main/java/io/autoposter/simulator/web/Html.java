package io.autoposter.simulator.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/** Small HTML pages: consent screens, authorize errors, permalink views. */
public final class Html {
  private Html() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Sends a page; {@code body} is already-escaped HTML. */
  public static void send(ServerResponse response, int status, String title, String body) {
    String page =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + escape(title)
            + "</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem"
            + " auto;padding:0 1rem;color:#1f2937}button{font-size:1rem;padding:.5rem 1.25rem;"
            + "margin-right:.5rem}.card{border:1px solid #d1d5db;border-radius:.5rem;padding:1rem}"
            + "small{color:#6b7280}</style></head><body>"
            + body
            + "</body></html>";
    response.status(Status.create(status));
    response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    response.send(page);
  }
}
