package io.autoposter.server.accounts;

import io.autoposter.model.api.SocialAccount;
import io.autoposter.server.access.Access;
import io.autoposter.server.api.Html;
import io.autoposter.server.web.Page;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /oauth}: the browser's side of connecting (no bearer token: the flow id, the state and the
 * attach ticket are the proof). Start redirects to the platform, the callback shows what was found
 * with checkboxes, attach stores the picked accounts.
 */
public final class OAuthPages implements HttpService {
  private final OAuthConnect connect;
  private final Access access;

  OAuthPages(OAuthConnect connect, Access access) {
    this.connect = connect;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/start/{flow}", this::start)
        .get("/callback/{network}", this::callback)
        .post("/attach/{ticket}", this::attach);
  }

  private void start(ServerRequest request, ServerResponse response) {
    try {
      URI consent = connect.start(request.path().pathParameters().get("flow"));
      response.status(Status.FOUND_302);
      response.header(HeaderNames.CACHE_CONTROL, "no-store");
      response.header("Referrer-Policy", "no-referrer");
      response.header(HeaderNames.LOCATION, consent.toString());
      response.send();
    } catch (FlowException e) {
      fail(response, e);
    }
  }

  private void callback(ServerRequest request, ServerResponse response) {
    var query = request.query();
    try {
      OAuthConnect.Pending pending =
          connect.callback(
              request.path().pathParameters().get("network"),
              query.first("code").orElse(null),
              query.first("state").orElse(null),
              query.first("error").orElse(null));
      Page.send(response, Status.OK_200, "Choose what to attach", result(pending));
    } catch (FlowException e) {
      fail(response, e);
    }
  }

  private void attach(ServerRequest request, ServerResponse response) {
    try {
      List<SocialAccount> attached =
          connect.attach(
              request.path().pathParameters().get("ticket"),
              picked(request),
              access.origin(request));
      StringBuilder list = new StringBuilder("<ul>");
      attached.forEach(
          a ->
              list.append("<li>")
                  .append(Html.escape(a.network().displayName() + ": " + a.displayName()))
                  .append("</li>"));
      list.append("</ul>");
      Page.send(
          response,
          Status.OK_200,
          "Connected",
          "<p class=\"ok\">Connected — you can close this window and return to Autoposter.</p>"
              + (attached.isEmpty() ? "<p>No account was picked.</p>" : list));
    } catch (FlowException e) {
      fail(response, e);
    }
  }

  private static String result(OAuthConnect.Pending pending) {
    AttachTickets.Ticket ticket = pending.ticket();
    if (ticket.discovery().accounts().isEmpty()) {
      return "<p class=\"error\">"
          + Html.escape(ticket.network().displayName())
          + " found no page or account you manage. Nothing was connected.</p>";
    }
    StringBuilder html =
        new StringBuilder("<p>Found on ")
            .append(Html.escape(ticket.network().displayName()))
            .append(":</p><form method=\"post\" action=\"/oauth/attach/")
            .append(Html.escape(pending.ticketId()))
            .append("\">");
    for (Discovery.Found found : ticket.discovery().accounts()) {
      String key = OAuthConnect.key(found);
      html.append("<label style=\"font-weight:400\"><input type=\"checkbox\" style=\"width:auto\"")
          .append(" name=\"account\" value=\"")
          .append(Html.escape(key))
          .append("\" checked> ")
          .append(Html.escape(found.network().displayName() + ": " + found.displayName()))
          .append("</label>");
      if (found.problem() != null) {
        html.append("<p class=\"hint\">").append(Html.escape(found.problem())).append("</p>");
      }
    }
    return html.append("<button type=\"submit\">Attach to ")
        .append(Html.escape(ticket.brandName()))
        .append("</button></form>")
        .toString();
  }

  private static Set<String> picked(ServerRequest request) {
    Set<String> picked = new HashSet<>();
    if (!request.content().hasEntity()) {
      return picked;
    }
    for (String pair : request.content().as(String.class).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        try {
          if (URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals("account")) {
            picked.add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
          }
        } catch (IllegalArgumentException e) {
          // a broken %-escape: that box counts as not ticked
        }
      }
    }
    return picked;
  }

  private static void fail(ServerResponse response, FlowException e) {
    Page.send(response, Status.BAD_REQUEST_400, e.title(), Page.error(e.getMessage()));
  }
}
