package io.autoposter.server.web;

import io.autoposter.model.api.AcceptInvitationRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.server.access.Access;
import io.autoposter.server.api.Html;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.auth.Sessions;
import io.autoposter.server.team.Invitations;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;

/** {@code /invitations/accept}: the page behind the invitation e-mail's link. */
public final class InvitationPage implements HttpService {
  private static final String TITLE = "Join your team on Autoposter";

  private final Invitations invitations;
  private final Sessions sessions;
  private final Access access;

  public InvitationPage(Invitations invitations, Sessions sessions, Access access) {
    this.invitations = invitations;
    this.sessions = sessions;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/accept", this::show).post("/accept", this::accept);
  }

  private void show(ServerRequest request, ServerResponse response) {
    String token = request.query().first("token").orElse("");
    String email;
    try {
      email = invitations.invitedEmail(token, access.origin(request));
    } catch (ProblemException e) {
      // An old link says so at once, before anyone fills in the form.
      Page.send(
          response,
          Status.create(e.problem().status()),
          "This invitation no longer works",
          Page.error(e.problem().detail()));
      return;
    }
    Page.send(
        response,
        Status.OK_200,
        TITLE,
        "<p>You are joining as <strong>"
            + Html.escape(email)
            + "</strong>.</p>"
            + form(token, "", null));
  }

  private void accept(ServerRequest request, ServerResponse response) {
    Map<String, String> form = Page.form(request);
    String token = form.getOrDefault("token", "");
    String name = form.getOrDefault("name", "");
    try {
      SessionResponse session =
          invitations.accept(
              new AcceptInvitationRequest(token, name, form.getOrDefault("password", "")),
              access.origin(request));
      // The browser only sets the password; the member signs in from the app on their own device.
      sessions.discard(session.token());
      Page.send(
          response,
          Status.CREATED_201,
          "Welcome to " + session.agencyName(),
          "<p class=\"ok\">Your account is ready.</p><p>You can now sign in from the Autoposter"
              + " app with <strong>"
              + Html.escape(session.email())
              + "</strong>.</p>");
    } catch (ProblemException e) {
      Status status = Status.create(e.problem().status());
      if (e.problem().status() == 410) {
        Page.send(
            response, status, "This invitation no longer works", Page.error(e.problem().detail()));
        return;
      }
      Page.send(response, status, TITLE, form(token, name, e.problem().detail()));
    }
  }

  private static String form(String token, String name, String error) {
    return Page.error(error)
        + "<p>Choose your name and a password to finish joining.</p>"
        + "<form method=\"post\" action=\"/invitations/accept\">"
        + Page.hidden("token", token)
        + Page.field("Your name", "name", "text", name, "name")
        + Page.field("Password", "password", "password", "", "new-password")
        + "<p class=\"hint\">12 to 128 characters. Avoid common passwords.</p>"
        + "<button type=\"submit\">Join</button></form>";
  }
}
