package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.Role;
import io.autoposter.model.api.AcceptInvitationRequest;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.Invitation;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.UpdateBrandRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invitation life cycle (resend, revoke, expiry, one use) and brand editing with logos. */
class InvitationsAndBrandsTest {
  @TempDir Path dataDir;

  @Test
  void expiredRevokedUsedAndReplacedLinksAllGetTheSameAnswer() {
    MutableClock clock = MutableClock.startingNow();
    try (TestServer server = TestServer.start(dataDir, Map.of(), clock)) {
      SessionResponse owner = server.register("Invite Agency");

      Invite expired = invite(server, owner);
      clock.advance(Duration.ofDays(7).plusSeconds(1));
      assertInvalid(server, expired.token());
      List<Path> before = Mails.outboxFiles(server.dataDir());
      Reply resent =
          server.post("/api/v1/invitations/" + expired.id() + "/resend", owner.token(), "");
      assertThat(resent.as(Invitation.class).status()).isEqualTo(Invitation.Status.PENDING);
      String fresh = latestToken(server, expired.email(), before);
      assertInvalid(server, expired.token());

      Invite revoked = invite(server, owner);
      assertThat(server.delete("/api/v1/invitations/" + revoked.id(), owner.token()).status())
          .isEqualTo(204);
      assertInvalid(server, revoked.token());

      assertThat(accept(server, fresh).status()).isEqualTo(201);
      assertInvalid(server, fresh);
      assertInvalid(server, "made-up-token");

      Reply again =
          server.post(
              "/api/v1/invitations",
              owner.token(),
              new CreateInvitationRequest(expired.email(), Role.VIEWER, true, Set.of()));
      assertThat(again.problem().code()).isEqualTo("ALREADY_MEMBER");
      assertThat(server.get("/api/v1/invitations", owner.token()).body())
          .contains("ACCEPTED", "REVOKED")
          .doesNotContain(fresh);
    }
  }

  @Test
  void brandsAreEditedAndLogosCheckedByContent() {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Brand Agency");
      Brand brand = server.createBrand(owner.token(), "Before");
      String path = "/api/v1/clients/" + brand.id();

      Reply patched =
          server.patch(path, owner.token(), new UpdateBrandRequest("After", "Europe/Paris", null));
      assertThat(patched.status()).as(patched.body()).isEqualTo(200);
      assertThat(patched.as(Brand.class).name()).isEqualTo("After");
      assertThat(patched.as(Brand.class).color()).isEqualTo(brand.color());
      assertThat(
              server
                  .patch(path, owner.token(), new UpdateBrandRequest(null, "+02:00", null))
                  .status())
          .isEqualTo(400);

      byte[] gif = "GIF89a-not-allowed".getBytes();
      assertThat(server.put(path + "/logo", owner.token(), "image/png", gif).problem().code())
          .isEqualTo("UNSUPPORTED_MEDIA_TYPE");
      byte[] big = new byte[512 * 1024 + 1];
      System.arraycopy(Tenant.PNG, 0, big, 0, Tenant.PNG.length);
      assertThat(server.put(path + "/logo", owner.token(), "image/png", big).status())
          .isEqualTo(413);

      byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 1, 2, 3};
      Brand withLogo =
          server.put(path + "/logo", owner.token(), "text/plain", jpeg).as(Brand.class);
      assertThat(withLogo.logoSha256()).matches("[0-9a-f]{64}");
      Reply logo = server.get(path + "/logo", owner.token());
      assertThat(logo.contentType()).isEqualTo("image/jpeg");
      assertThat(server.delete(path + "/logo", owner.token()).as(Brand.class).logoSha256())
          .isNull();
      assertThat(server.get(path + "/logo", owner.token()).status()).isEqualTo(404);
    }
  }

  private record Invite(String id, String email, String token) {}

  private static Invite invite(TestServer server, SessionResponse owner) {
    String email = "guest-" + UUID.randomUUID() + "@example.com";
    List<Path> before = Mails.outboxFiles(server.dataDir());
    Reply reply =
        server.post(
            "/api/v1/invitations",
            owner.token(),
            new CreateInvitationRequest(email, Role.EDITOR, true, Set.of()));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return new Invite(reply.as(Invitation.class).id(), email, latestToken(server, email, before));
  }

  /** The token of the first invitation mail to {@code email} that was not in {@code before}. */
  private static String latestToken(TestServer server, String email, List<Path> before) {
    var message = Mails.awaitOutbox(server.dataDir(), email, before);
    return Mails.token(Mails.link(message, "/invitations/accept"));
  }

  private static Reply accept(TestServer server, String token) {
    return server.post(
        "/api/v1/invitations/accept",
        null,
        new AcceptInvitationRequest(token, "Guest", TestServer.PASSWORD));
  }

  private static void assertInvalid(TestServer server, String token) {
    Reply reply = accept(server, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(410);
    assertThat(reply.problem().code()).isEqualTo("INVITATION_INVALID");
  }
}
