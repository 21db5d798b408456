package io.autoposter.simulator.consent;

import static io.autoposter.simulator.web.Html.escape;

/** The consent page's HTML: who asks, for which permissions, and Allow / Deny. */
final class ConsentPage {
  private ConsentPage() {}

  static String render(String ticket, ConsentRequest request) {
    StringBuilder scopes = new StringBuilder();
    for (String scope : request.requestedScopes()) {
      scopes
          .append("<label><input type=\"checkbox\" name=\"grant_")
          .append(escape(scope))
          .append("\" checked> ")
          .append(escape(scope))
          .append("</label><br>");
    }
    return "<div class=\"card\"><p><small>"
        + escape(request.platformName())
        + " (simulated)</small></p><h1>Allow access?</h1><p>Logged in as <b>"
        + escape(request.subjectName())
        + "</b>. The app <b>"
        + escape(request.clientId())
        + "</b> asks for:</p><form method=\"post\" action=\"/_sim/consent/"
        + escape(ticket)
        + "\"><input type=\"hidden\" name=\"choose\" value=\"1\">"
        + scopes
        + "<p><button name=\"decision\" value=\"allow\" id=\"allow\">Allow</button>"
        + "<button name=\"decision\" value=\"deny\" id=\"deny\">Deny</button></p></form>"
        + "<p><small>You will return to "
        + escape(request.redirectUri())
        + "</small></p></div>";
  }
}
