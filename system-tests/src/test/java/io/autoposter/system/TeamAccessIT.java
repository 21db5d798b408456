package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.desktop.app.DesktopContext;
import io.autoposter.desktop.sync.AuditQuery;
import io.autoposter.desktop.sync.SignInException;
import io.autoposter.model.Role;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.AuditEntry;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.TotpEnrollment;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue-3 walk-through with the real desktop code and the real server: the owner invites a
 * colleague from the app, the invitation e-mail lands in the demo outbox, the colleague follows its
 * link and sets a password in the browser, signs in on their own laptop, turns on two-factor, signs
 * in again with a code, and the owner sees all of it in the audit log.
 */
class TeamAccessIT {
  private static final String COLLEAGUE = "giulia@demo-agency.test";
  private static final String COLLEAGUE_PASSWORD = "risotto-alla-milanese-42";

  @TempDir Path serverDir;
  @TempDir Path ownerLaptop;
  @TempDir Path colleagueLaptop;

  @Test
  void invitedColleagueJoinsEnablesTwoFactorAndItIsAudited() throws Exception {
    try (RunningServer server = RunningServer.startWithDemoAgency(serverDir);
        DesktopContext owner = DesktopContext.open(ownerLaptop, server.url(), Optional.empty());
        DesktopContext colleague =
            DesktopContext.open(colleagueLaptop, server.url(), Optional.empty())) {
      owner.signIn(RunningServer.DEMO_EMAIL, RunningServer.DEMO_PASSWORD);
      owner.syncEngine().syncNow();
      var brand = owner.brands().getFirst();

      owner
          .team()
          .invite(new CreateInvitationRequest(COLLEAGUE, Role.EDITOR, false, Set.of(brand.id())));
      String link =
          Await.until(
              "the invitation e-mail in the outbox",
              Duration.ofSeconds(10),
              () -> Outbox.linkTo(serverDir.resolve("outbox"), COLLEAGUE));
      assertThat(link).startsWith(server.url() + "/invitations/accept?token=");

      HttpResponse<String> page = WebForm.get(link);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<form").contains("name=\"password\"");
      String token = link.substring(link.indexOf("token=") + "token=".length());
      HttpResponse<String> joined =
          WebForm.post(
              server.url() + "/invitations/accept",
              Map.of("token", token, "name", "Giulia Esposito", "password", COLLEAGUE_PASSWORD));
      assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
      assertThat(joined.body()).contains(COLLEAGUE);
      assertThat(WebForm.get(link).body()).as("the link works once").contains("no longer works");

      var session = colleague.signIn(COLLEAGUE, COLLEAGUE_PASSWORD);
      assertThat(session.role()).isEqualTo(Role.EDITOR);
      colleague.syncEngine().syncNow();
      assertThat(colleague.brands()).extracting(b -> b.id()).containsExactly(brand.id());

      TotpEnrollment enrollment = colleague.account().startTwoFactorEnrollment();
      assertThat(enrollment.otpauthUri())
          .startsWith("otpauth://totp/")
          .contains("issuer=Autoposter");
      assertThat(enrollment.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
      colleague.account().confirmTwoFactor(Totp.code(enrollment.secret(), Instant.now()));
      colleague.signOut();

      assertThatThrownBy(() -> colleague.signIn(COLLEAGUE, COLLEAGUE_PASSWORD))
          .isInstanceOfSatisfying(
              SignInException.class,
              e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.TWO_FACTOR_REQUIRED));
      // The next time step's code: still inside the server's window, and not the one just used.
      String nextCode = Totp.code(enrollment.secret(), Instant.now().plusSeconds(30));
      assertThat(colleague.signIn(COLLEAGUE, COLLEAGUE_PASSWORD, nextCode).email())
          .isEqualTo(COLLEAGUE);

      var audit = owner.audit().page(AuditQuery.firstPage()).entries();
      assertThat(audit)
          .extracting(AuditEntry::action)
          .contains(
              AuditAction.INVITATION_CREATED.name(),
              AuditAction.INVITATION_ACCEPTED.name(),
              AuditAction.TWO_FACTOR_ENABLED.name(),
              AuditAction.SIGN_OUT.name());
      assertThat(audit)
          .filteredOn(e -> e.action().equals(AuditAction.SIGN_IN.name()))
          .extracting(AuditEntry::actorEmail)
          .contains(COLLEAGUE, RunningServer.DEMO_EMAIL);
      assertThat(audit).allSatisfy(e -> assertThat(e.ip()).isNotBlank());
    }
  }
}
