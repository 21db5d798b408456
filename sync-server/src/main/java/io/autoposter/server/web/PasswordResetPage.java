package io.autoposter.server.web;

import io.autoposter.model.api.PasswordResetConfirmation;
import io.autoposter.server.access.Access;
import io.autoposter.server.api.Html;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.auth.PasswordResets;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;

/** {@code /password-reset}: the page behind the reset e-mail's link. */
public final class PasswordResetPage implements HttpService {
  private static final String TITLE = "Choose a new password";

  private final PasswordResets resets;
  private final Access access;

  public PasswordResetPage(PasswordResets resets, Access access) {
    this.resets = resets;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::show).post("/", this::reset);
  }

  private void show(ServerRequest request, ServerResponse response) {
    String token = request.query().first("token").orElse("");
    boolean works;
    try {
      works = resets.linkWorks(token, access.origin(request));
    } catch (ProblemException e) {
      Page.send(
          response, Status.create(e.problem().status()), TITLE, Page.error(e.problem().detail()));
      return;
    }
    if (!works) {
      Page.send(
          response,
          Status.GONE_410,
          "This link no longer works",
          Page.error("The reset link has expired or was already used. Ask for a new one."));
      return;
    }
    Page.send(response, Status.OK_200, TITLE, form(token, null));
  }

  private void reset(ServerRequest request, ServerResponse response) {
    Map<String, String> form = Page.form(request);
    String token = form.getOrDefault("token", "");
    try {
      String email =
          resets.confirm(
              new PasswordResetConfirmation(token, form.getOrDefault("password", "")),
              access.origin(request));
      Page.send(
          response,
          Status.OK_200,
          "Password changed",
          "<p class=\"ok\">Your password has been changed and every device was signed out.</p>"
              + "<p>You can now sign in from the Autoposter app with <strong>"
              + Html.escape(email)
              + "</strong>.</p>");
    } catch (ProblemException e) {
      Status status = Status.create(e.problem().status());
      if (e.problem().status() == 410) {
        Page.send(response, status, "This link no longer works", Page.error(e.problem().detail()));
        return;
      }
      Page.send(response, status, TITLE, form(token, e.problem().detail()));
    }
  }

  private static String form(String token, String error) {
    return Page.error(error)
        + "<form method=\"post\" action=\"/password-reset\">"
        + Page.hidden("token", token)
        + Page.field("New password", "password", "password", "", "new-password")
        + "<p class=\"hint\">12 to 128 characters. Avoid common passwords. Saving signs you out"
        + " on every device.</p><button type=\"submit\">Save password</button></form>";
  }
}
