package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.autoposter.model.Role;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.PasswordResetConfirmation;
import io.autoposter.model.api.PasswordResetRequest;
import io.autoposter.model.api.SessionResponse;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invitation and password reset end to end through a real SMTP server (GreenMail): read the real
 * message, follow its link to the HTML page, post the form, sign in with the new password.
 */
class MailFlowsTest {
  private static final String NEW_PASSWORD = "a brand new passphrase 42";

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path dataDir;

  @Test
  void invitationEmailLinkLeadsToAWorkingAccount() {
    try (TestServer server = start(MutableClock.startingNow())) {
      SessionResponse owner = server.register("Mail Agency");
      String email = "colleague-" + UUID.randomUUID() + "@example.com";
      Reply invited =
          server.post(
              "/api/v1/invitations",
              owner.token(),
              new CreateInvitationRequest(email, Role.EDITOR, true, Set.of()));
      assertThat(invited.status()).as(invited.body()).isEqualTo(201);

      MimeMessage message = awaitMail(email);
      String link = Mails.link(message, "/invitations/accept");
      assertThat(link).startsWith("http://127.0.0.1:" + server.port() + "/invitations/accept");
      Reply page = server.get(link.substring(link.indexOf("/invitations")), null);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.body()).contains("name=\"token\"").contains("type=\"password\"");

      Reply weak =
          server.postForm(
              "/invitations/accept",
              Map.of("token", Mails.token(link), "name", "Cleo", "password", "short"));
      assertThat(weak.status()).isEqualTo(400);
      assertThat(weak.body()).contains("12 to 128").contains("<form");

      Reply joined =
          server.postForm(
              "/invitations/accept",
              Map.of("token", Mails.token(link), "name", "Cleo <b>", "password", NEW_PASSWORD));
      assertThat(joined.status()).as(joined.body()).isEqualTo(201);
      assertThat(joined.body()).contains("You can now sign in from the Autoposter app with");
      assertThat(joined.body()).contains(email);

      Reply signedIn = server.signIn(email, NEW_PASSWORD);
      assertThat(signedIn.status()).isEqualTo(200);
      assertThat(signedIn.as(SessionResponse.class).role()).isEqualTo(Role.EDITOR);
      assertThat(
              server
                  .get("/api/v1/sessions", signedIn.as(SessionResponse.class).token())
                  .as(io.autoposter.model.api.DeviceSession[].class))
          .as("the browser that set the password keeps no session")
          .hasSize(1);

      Reply again =
          server.postForm(
              "/invitations/accept",
              Map.of("token", Mails.token(link), "name", "Eve", "password", NEW_PASSWORD));
      assertThat(again.status()).isEqualTo(410);
      assertThat(again.body()).doesNotContain("Exception");
    }
  }

  @Test
  void resetLinkSetsThePasswordEndsEverySessionAndWorksOnce() {
    try (TestServer server = start(MutableClock.startingNow())) {
      SessionResponse owner = server.register("Reset Agency");
      String other =
          server.signIn(owner.email(), TestServer.PASSWORD).as(SessionResponse.class).token();

      Reply requested =
          server.post("/api/v1/auth/password-reset", null, new PasswordResetRequest(owner.email()));
      assertThat(requested.status()).isEqualTo(202);
      String link = Mails.link(awaitMail(owner.email()), "/password-reset");
      assertThat(server.get(link.substring(link.indexOf("/password-reset")), null).body())
          .contains("New password");

      Reply reset =
          server.postForm(
              "/password-reset", Map.of("token", Mails.token(link), "password", NEW_PASSWORD));
      assertThat(reset.status()).as(reset.body()).isEqualTo(200);
      assertThat(reset.body()).contains(owner.email());

      assertThat(server.get("/api/v1/users/me", owner.token()).status()).isEqualTo(401);
      assertThat(server.get("/api/v1/users/me", other).status()).isEqualTo(401);
      assertThat(server.signIn(owner.email(), TestServer.PASSWORD).status()).isEqualTo(401);
      assertThat(server.signIn(owner.email(), NEW_PASSWORD).status()).isEqualTo(200);

      Reply reused =
          server.post(
              "/api/v1/auth/password-reset/confirm",
              null,
              new PasswordResetConfirmation(Mails.token(link), "yet another passphrase 7"));
      assertThat(reused.status()).isEqualTo(410);
      assertThat(reused.problem().code()).isEqualTo("RESET_LINK_INVALID");
      Reply reopened = server.get(link.substring(link.indexOf("/password-reset")), null);
      assertThat(reopened.status()).isEqualTo(410);
      assertThat(reopened.body()).contains("no longer works").doesNotContain("<form");
    }
  }

  @Test
  void resetLinkExpiresAfter30Minutes() {
    MutableClock clock = MutableClock.startingNow();
    try (TestServer server = start(clock)) {
      SessionResponse owner = server.register("Slow Agency");
      server.post("/api/v1/auth/password-reset", null, new PasswordResetRequest(owner.email()));
      String token = Mails.token(Mails.link(awaitMail(owner.email()), "/password-reset"));

      clock.advance(Duration.ofMinutes(31));

      Reply late =
          server.post(
              "/api/v1/auth/password-reset/confirm",
              null,
              new PasswordResetConfirmation(token, NEW_PASSWORD));
      assertThat(late.status()).isEqualTo(410);
      assertThat(server.signIn(owner.email(), TestServer.PASSWORD).status()).isEqualTo(200);
    }
  }

  @Test
  void unknownAddressGetsTheSameAnswerAndNoMail() {
    try (TestServer server = start(MutableClock.startingNow())) {
      Reply reply =
          server.post(
              "/api/v1/auth/password-reset",
              null,
              new PasswordResetRequest("nobody-" + UUID.randomUUID() + "@example.com"));
      assertThat(reply.status()).isEqualTo(202);
      assertThat(reply.body()).isEmpty();
    }
  }

  private TestServer start(MutableClock clock) {
    return TestServer.start(
        dataDir,
        Map.of(
            "autoposter.mail.smtp.host", "127.0.0.1",
            "autoposter.mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()),
            "autoposter.mail.smtp.starttls", "false",
            "autoposter.mail.from", "Autoposter <no-reply@autoposter.test>"),
        clock);
  }

  private static MimeMessage awaitMail(String to) {
    return Eventually.await(
        "an e-mail to " + to,
        Duration.ofSeconds(10),
        () ->
            java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> Mails.recipient(message).equalsIgnoreCase(to))
                .reduce((first, second) -> second));
  }
}
