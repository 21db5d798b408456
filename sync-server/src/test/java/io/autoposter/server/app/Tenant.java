package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.Brand;
import io.autoposter.model.Post;
import io.autoposter.model.Role;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.DeviceSession;
import io.autoposter.model.api.Invitation;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.sync.PullResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One agency with something behind every kind of id (brand with logo, post, member, invitation,
 * sandbox account), used by the route matrices. With {@code fresh} the destructive routes get new
 * resources each time (role matrix in the own agency); without, always the same ids (another
 * agency's ids, which must never work).
 */
final class Tenant {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

  final TestServer server;
  final SessionResponse owner;
  final Brand brand;
  final Post post;
  final SessionResponse member;
  final String invitationId;
  final SocialAccount account;

  /** Uploaded media, unique to the tenant: another agency never has the same bytes. */
  final byte[] media;

  final String mediaSha256;
  private final boolean fresh;
  // Creates the fixtures; a second owner, so matrix calls that end the owner's sessions do not
  // end this one.
  private final String manager;

  Tenant(TestServer server, String name, boolean fresh) {
    this.server = server;
    this.fresh = fresh;
    owner = server.register(name);
    manager =
        fresh ? server.member(owner.token(), Role.OWNER, true, Set.of()).token() : owner.token();
    brand = brandWithLogo();
    account = server.connectSandbox(owner.token(), brand.id());
    post = AccessControlTest.post(brand.id());
    SyncClient client = new SyncClient(server, owner.token());
    client.push(client.create(post));
    member = server.member(owner.token(), Role.VIEWER, true, Set.of());
    invitationId = invitation();
    media = uniquePng();
    mediaSha256 = TestImages.sha256(media);
    MediaClient.Answer uploaded = new MediaClient(server, owner.token()).putAll(mediaSha256, media);
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
  }

  /** A post to cancel, publish or delete: a new one each time for the role matrix. */
  String postId() {
    if (!fresh) {
      return post.id().toString();
    }
    Post another = AccessControlTest.post(brand.id());
    SyncClient client = new SyncClient(server, manager);
    client.push(client.create(another));
    return another.id().toString();
  }

  String brandId() {
    return fresh ? brandWithLogo().id().toString() : brand.id().toString();
  }

  String memberId() {
    return fresh
        ? server.member(manager, Role.VIEWER, true, Set.of()).userId().toString()
        : member.userId().toString();
  }

  /** A connected (sandbox) account; fresh ones for destructive calls in the own agency. */
  String accountId() {
    return fresh
        ? server.connectSandbox(manager, brand.id()).id().toString()
        : account.id().toString();
  }

  String invitationId() {
    return fresh ? invitation() : invitationId;
  }

  /** A session of the same user as {@code token} other than the one making the call. */
  String otherSessionOf(String token, String email) {
    if (!fresh) {
      return sessions(owner.token()).getFirst().id();
    }
    server.signIn(email, TestServer.PASSWORD);
    return sessions(token).stream().filter(s -> !s.current()).findFirst().orElseThrow().id();
  }

  /** What another agency must never be able to change: B's view of its own data. */
  String snapshot() {
    String token = owner.token();
    StringBuilder view = new StringBuilder();
    for (String path :
        List.of(
            "/api/v1/tenants/" + owner.agencyId(),
            "/api/v1/clients",
            "/api/v1/clients/" + brand.id() + "/logo",
            "/api/v1/users",
            "/api/v1/invitations",
            "/api/v1/accounts",
            "/api/v1/accounts/connected",
            "/api/v1/accounts/token-health",
            "/api/v1/sandbox/posts",
            "/api/v1/media/" + mediaSha256 + "/status",
            "/api/v1/audit?size=200")) {
      Reply reply = server.get(path, token);
      view.append(path)
          .append(' ')
          .append(reply.status())
          .append(' ')
          .append(reply.body())
          .append('\n');
    }
    PullResponse pulled = new SyncClient(server, token).pull(0, 1000);
    view.append(pulled.changes()).append(pulled.cursor());
    view.append(sessions(token).stream().map(DeviceSession::id).sorted().toList());
    return view.toString();
  }

  /** Strings that must not appear in anything another agency receives. */
  List<String> secrets() {
    return List.of(
        owner.agencyId().toString(),
        brand.id().toString(),
        post.id().toString(),
        member.userId().toString(),
        owner.email(),
        member.email(),
        invitationId,
        account.id().toString());
  }

  /** PNG by its first bytes, unique by the rest. */
  private static byte[] uniquePng() {
    byte[] unique = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
    byte[] png = Arrays.copyOf(PNG, PNG.length + unique.length);
    System.arraycopy(unique, 0, png, PNG.length, unique.length);
    return png;
  }

  private Brand brandWithLogo() {
    Brand created = server.createBrand(manager, "Brand " + UUID.randomUUID());
    Reply logo = server.put("/api/v1/clients/" + created.id() + "/logo", manager, "image/png", PNG);
    assertThat(logo.status()).as(logo.body()).isEqualTo(200);
    return created;
  }

  private String invitation() {
    Reply reply =
        server.post(
            "/api/v1/invitations",
            manager,
            new CreateInvitationRequest(
                "invitee-" + UUID.randomUUID() + "@example.com", Role.EDITOR, true, Set.of()));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.as(Invitation.class).id();
  }

  private List<DeviceSession> sessions(String token) {
    return server.get("/api/v1/sessions", token).as(new TypeReference<List<DeviceSession>>() {});
  }
}
