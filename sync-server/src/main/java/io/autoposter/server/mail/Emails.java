package io.autoposter.server.mail;

import io.autoposter.server.api.Html;

/** The texts of the e-mails the server sends, as plain text and a simple HTML alternative. */
public final class Emails {
  private Emails() {}

  public static MailMessage invitation(
      String to, String agencyName, String inviterEmail, String role, String link) {
    String subject = "You are invited to " + agencyName + " on Autoposter";
    String text =
        """
        Hello,

        %s invited you to join %s on Autoposter as %s.

        Accept the invitation and choose your password here (valid for 7 days, usable once):
        %s

        If you did not expect this e-mail you can ignore it.
        """
            .formatted(inviterEmail, agencyName, role, link);
    String html =
        page(
            "<p>Hello,</p><p>%s invited you to join <strong>%s</strong> on Autoposter as %s.</p>"
                    .formatted(
                        Html.escape(inviterEmail), Html.escape(agencyName), Html.escape(role))
                + button(link, "Accept the invitation")
                + "<p>The link is valid for 7 days and works once. If you did not expect this"
                + " e-mail you can ignore it.</p>");
    return new MailMessage(to, subject, text, html);
  }

  public static MailMessage passwordReset(String to, String link) {
    String subject = "Reset your Autoposter password";
    String text =
        """
        Hello,

        Someone (hopefully you) asked to reset the password of %s on Autoposter.

        Choose a new password here (valid for 30 minutes, usable once):
        %s

        Setting a new password signs you out on every device. If you did not ask for this,
        ignore this e-mail: your password stays as it is.
        """
            .formatted(to, link);
    String html =
        page(
            "<p>Hello,</p><p>Someone (hopefully you) asked to reset the password of %s on"
                    .formatted(Html.escape(to))
                + " Autoposter.</p>"
                + button(link, "Choose a new password")
                + "<p>The link is valid for 30 minutes and works once. Setting a new password"
                + " signs you out on every device. If you did not ask for this, ignore this"
                + " e-mail.</p>");
    return new MailMessage(to, subject, text, html);
  }

  private static String button(String link, String label) {
    String href = Html.escape(link);
    return "<p><a href=\"%s\" style=\"display:inline-block;padding:10px 16px;background:#4F46E5;"
            .formatted(href)
        + "color:#fff;border-radius:6px;text-decoration:none\">%s</a></p>".formatted(label)
        + "<p style=\"font-size:12px;color:#555\">Or paste this link into your browser: %s</p>"
            .formatted(href);
  }

  private static String page(String body) {
    return "<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5;"
        + "color:#111\">"
        + body
        + "</body></html>";
  }
}
