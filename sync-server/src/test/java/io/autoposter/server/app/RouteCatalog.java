package io.autoposter.server.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.Network;
import io.autoposter.model.PostingSlot;
import io.autoposter.model.Role;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.NewPost;
import io.autoposter.model.api.UpdateAgencyRequest;
import io.autoposter.model.api.UpdateBrandRequest;
import io.autoposter.model.api.UpdateMemberRequest;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.SyncProtocol;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to call every route, and which roles may. Keyed by "METHOD /path/{template}" exactly as the
 * server's route registry lists them, so a new route without an entry here fails the matrices.
 */
final class RouteCatalog {
  static final Set<Role> ALL = EnumSet.allOf(Role.class);
  static final Set<Role> MANAGERS = EnumSet.of(Role.OWNER, Role.ADMIN);
  static final Set<Role> OWNER = EnumSet.of(Role.OWNER);

  /** A request to make; {@code token} is filled in by the matrix. */
  record Call(
      String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    Call(String method, String path, String contentType, byte[] body) {
      this(method, path, contentType, body, Map.of());
    }

    static Call of(String method, String path) {
      return new Call(method, path, null, null);
    }

    static Call json(String method, String path, Object body) {
      return new Call(method, path, "application/json", TestServer.json(body).getBytes(UTF_8));
    }
  }

  /** Builds the call against a tenant's ids; {@code token} and {@code email} are the caller's. */
  interface CallBuilder {
    Call build(Tenant target, String token, String email);
  }

  record Entry(Set<Role> allowed, CallBuilder call) {}

  /** Needs no session: reachable by anyone, by design. */
  static final Set<String> PUBLIC =
      Set.of(
          "GET /api/v1/status",
          "GET /api/v1/openapi.yaml",
          "POST /api/v1/tenants/register",
          "POST /api/v1/auth/sign-in",
          "POST /api/v1/auth/password-reset",
          "POST /api/v1/auth/password-reset/confirm",
          "POST /api/v1/invitations/accept",
          "GET /invitations/accept",
          "POST /invitations/accept",
          "GET /password-reset",
          "POST /password-reset",
          // The browser's side of OAuth connect: the flow id, state and attach ticket are the
          // proof.
          // The vault command line's door: no session, its own per-start token and same machine
          // only (VaultRotationWhileServingTest checks the refusal).
          "POST /operator/vault",
          // Pictures Instagram fetches: the signed, expiring link is the proof (MediaLinkTest).
          "GET /media/public/{agency}/{sha256}",
          "GET /oauth/start/{flow}",
          "GET /oauth/callback/{network}",
          "POST /oauth/attach/{ticket}");

  /** A sandbox post for the posts API: due then, or now for {@code /create}. */
  static NewPost newPost(BrandId brand, java.time.Instant dueAt) {
    return new NewPost(
        brand, "Matrix post", null, null, Set.of(Network.SANDBOX), null, null, null, null, dueAt);
  }

  static Map<String, Entry> entries() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    entries.put(
        "GET /api/v1/tenants/{id}",
        new Entry(
            ALL, (t, token, email) -> Call.of("GET", "/api/v1/tenants/" + t.owner.agencyId())));
    entries.put(
        "PATCH /api/v1/tenants/{id}",
        new Entry(
            OWNER,
            (t, token, email) ->
                Call.json(
                    "PATCH",
                    "/api/v1/tenants/" + t.owner.agencyId(),
                    new UpdateAgencyRequest("Renamed", null))));
    entries.put(
        "POST /api/v1/auth/totp/enrollment",
        new Entry(ALL, (t, token, email) -> Call.of("POST", "/api/v1/auth/totp/enrollment")));
    entries.put(
        "POST /api/v1/auth/totp/enrollment/confirm",
        new Entry(
            ALL,
            (t, token, email) ->
                Call.json(
                    "POST", "/api/v1/auth/totp/enrollment/confirm", Map.of("code", "123456"))));
    entries.put(
        "POST /api/v1/auth/totp/disable",
        new Entry(
            ALL,
            (t, token, email) ->
                Call.json("POST", "/api/v1/auth/totp/disable", Map.of("code", "123456"))));
    entries.put(
        "POST /api/v1/auth/sign-out",
        new Entry(ALL, (t, token, email) -> Call.of("POST", "/api/v1/auth/sign-out")));
    entries.put(
        "GET /api/v1/sessions",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/sessions")));
    entries.put(
        "DELETE /api/v1/sessions",
        new Entry(ALL, (t, token, email) -> Call.of("DELETE", "/api/v1/sessions")));
    entries.put(
        "DELETE /api/v1/sessions/{id}",
        new Entry(
            ALL,
            (t, token, email) ->
                Call.of("DELETE", "/api/v1/sessions/" + t.otherSessionOf(token, email))));
    entries.put(
        "GET /api/v1/users", new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/users")));
    entries.put(
        "GET /api/v1/users/me",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/users/me")));
    entries.put(
        "PATCH /api/v1/users/{id}",
        new Entry(
            MANAGERS,
            (t, token, email) ->
                Call.json(
                    "PATCH",
                    "/api/v1/users/" + t.member.userId(),
                    new UpdateMemberRequest(Role.VIEWER, false, Set.of(t.brand.id())))));
    entries.put(
        "DELETE /api/v1/users/{id}",
        new Entry(
            MANAGERS, (t, token, email) -> Call.of("DELETE", "/api/v1/users/" + t.memberId())));
    entries.put(
        "GET /api/v1/invitations",
        new Entry(MANAGERS, (t, token, email) -> Call.of("GET", "/api/v1/invitations")));
    entries.put(
        "POST /api/v1/invitations",
        new Entry(
            MANAGERS,
            (t, token, email) ->
                Call.json(
                    "POST",
                    "/api/v1/invitations",
                    new CreateInvitationRequest(
                        "new-" + java.util.UUID.randomUUID() + "@example.com",
                        Role.VIEWER,
                        false,
                        Set.of(t.brand.id())))));
    entries.put(
        "POST /api/v1/invitations/{id}/resend",
        new Entry(
            MANAGERS,
            (t, token, email) ->
                Call.of("POST", "/api/v1/invitations/" + t.invitationId + "/resend")));
    entries.put(
        "DELETE /api/v1/invitations/{id}",
        new Entry(
            MANAGERS,
            (t, token, email) -> Call.of("DELETE", "/api/v1/invitations/" + t.invitationId())));
    entries.put(
        "GET /api/v1/clients",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/clients")));
    entries.put(
        "POST /api/v1/clients",
        new Entry(
            MANAGERS,
            (t, token, email) ->
                Call.json(
                    "POST",
                    "/api/v1/clients",
                    new CreateBrandRequest("New", "Europe/Rome", null))));
    entries.put(
        "GET /api/v1/clients/{id}",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/clients/" + t.brand.id())));
    entries.put(
        "PATCH /api/v1/clients/{id}",
        new Entry(
            MANAGERS,
            (t, token, email) ->
                Call.json(
                    "PATCH",
                    "/api/v1/clients/" + t.brand.id(),
                    new UpdateBrandRequest(
                        null,
                        null,
                        "#123456",
                        List.of(new PostingSlot(DayOfWeek.MONDAY, LocalTime.of(9, 0))),
                        List.of(new HashtagGroup("Dinner", List.of("#pasta")))))));
    entries.put(
        "DELETE /api/v1/clients/{id}",
        new Entry(
            MANAGERS, (t, token, email) -> Call.of("DELETE", "/api/v1/clients/" + t.brandId())));
    entries.put(
        "PUT /api/v1/clients/{id}/logo",
        new Entry(
            MANAGERS,
            (t, token, email) ->
                new Call(
                    "PUT", "/api/v1/clients/" + t.brand.id() + "/logo", "image/png", Tenant.PNG)));
    entries.put(
        "GET /api/v1/clients/{id}/logo",
        new Entry(
            ALL, (t, token, email) -> Call.of("GET", "/api/v1/clients/" + t.brand.id() + "/logo")));
    entries.put(
        "DELETE /api/v1/clients/{id}/logo",
        new Entry(
            MANAGERS,
            (t, token, email) -> Call.of("DELETE", "/api/v1/clients/" + t.brandId() + "/logo")));
    entries.put(
        "GET /api/v1/clients/{id}/quota",
        new Entry(
            ALL,
            (t, token, email) -> Call.of("GET", "/api/v1/clients/" + t.brand.id() + "/quota")));
    entries.put(
        "GET /api/v1/posts/{id}",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/posts/" + t.post.id())));
    for (String list : List.of("scheduled", "history", "stats")) {
      entries.put(
          "GET /api/v1/posts/" + list,
          new Entry(
              ALL,
              (t, token, email) ->
                  Call.of("GET", "/api/v1/posts/" + list + "?brand=" + t.brand.id())));
    }
    entries.put(
        "GET /api/v1/accounts",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/accounts")));
    entries.put(
        "POST /api/v1/accounts/sandbox",
        new Entry(
            MANAGERS,
            (t, token, email) ->
                Call.json(
                    "POST",
                    "/api/v1/accounts/sandbox",
                    new io.autoposter.model.api.ConnectSandboxRequest(t.brand.id(), "x"))));
    entries.put(
        "POST /api/v1/accounts/connect",
        new Entry(
            MANAGERS,
            (t, token, email) ->
                Call.json(
                    "POST",
                    "/api/v1/accounts/connect",
                    new io.autoposter.model.api.ConnectAccountRequest(
                        t.brand.id(), io.autoposter.model.Network.X))));
    entries.put(
        "GET /api/v1/accounts/connected",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/accounts/connected")));
    entries.put(
        "GET /api/v1/accounts/token-health",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/accounts/token-health")));
    entries.put(
        "POST /api/v1/accounts/token-health/check",
        new Entry(
            ALL, (t, token, email) -> Call.of("POST", "/api/v1/accounts/token-health/check")));
    entries.put(
        "DELETE /api/v1/accounts/{id}",
        new Entry(
            MANAGERS, (t, token, email) -> Call.of("DELETE", "/api/v1/accounts/" + t.accountId())));
    entries.put(
        "POST /api/v1/sync/push",
        new Entry(
            EnumSet.of(Role.OWNER, Role.ADMIN, Role.EDITOR),
            (t, token, email) ->
                Call.json(
                    "POST",
                    "/api/v1/sync/push",
                    new PushRequest(
                        ClientId.random(),
                        SyncProtocol.SCHEMA_VERSION,
                        List.of(
                            new CreatePost(
                                1,
                                new HybridTimestamp(System.currentTimeMillis(), 0, "matrix"),
                                AccessControlTest.post(t.brand.id())))))));
    entries.put(
        "POST /api/v1/sync/pull",
        new Entry(
            ALL,
            (t, token, email) ->
                Call.json(
                    "POST",
                    "/api/v1/sync/pull",
                    new PullRequest(ClientId.random(), SyncProtocol.SCHEMA_VERSION, 0, 1000))));
    // The reads first: in the cross-agency matrix, A's PUT of B's bytes makes A a copy of its own.
    entries.put(
        "GET /api/v1/media/{sha256}/status",
        new Entry(
            ALL,
            (t, token, email) -> Call.of("GET", "/api/v1/media/" + t.mediaSha256 + "/status")));
    entries.put(
        "GET /api/v1/media/{sha256}",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/media/" + t.mediaSha256)));
    entries.put(
        "PUT /api/v1/media/{sha256}",
        new Entry(
            EnumSet.of(Role.OWNER, Role.ADMIN, Role.EDITOR),
            (t, token, email) ->
                new Call(
                    "PUT",
                    "/api/v1/media/" + t.mediaSha256,
                    "image/png",
                    t.media,
                    Map.of(
                        "Upload-Offset", "0", "Upload-Length", Integer.toString(t.media.length)))));
    entries.put(
        "GET /api/v1/sandbox/posts",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/sandbox/posts")));
    entries.put(
        "GET /api/v1/audit",
        new Entry(MANAGERS, (t, token, email) -> Call.of("GET", "/api/v1/audit")));
    // After the media reads: in the cross-agency matrix, A's upload of B's bytes makes A a copy.
    Set<Role> writers = EnumSet.of(Role.OWNER, Role.ADMIN, Role.EDITOR);
    entries.put(
        "POST /api/v1/posts/create",
        new Entry(
            writers,
            (t, token, email) ->
                Call.json("POST", "/api/v1/posts/create", newPost(t.brand.id(), null))));
    entries.put(
        "POST /api/v1/posts/schedule",
        new Entry(
            writers,
            (t, token, email) ->
                Call.json(
                    "POST",
                    "/api/v1/posts/schedule",
                    newPost(t.brand.id(), java.time.Instant.parse("2031-02-01T10:00:00Z")))));
    entries.put(
        "POST /api/v1/posts/upload-image",
        new Entry(
            writers,
            (t, token, email) ->
                new Call("POST", "/api/v1/posts/upload-image", "image/png", t.media)));
    entries.put(
        "POST /api/v1/posts/{id}/publish",
        new Entry(
            writers,
            (t, token, email) -> Call.of("POST", "/api/v1/posts/" + t.postId() + "/publish")));
    entries.put(
        "DELETE /api/v1/posts/{id}/cancel",
        new Entry(
            writers,
            (t, token, email) -> Call.of("DELETE", "/api/v1/posts/" + t.postId() + "/cancel")));
    entries.put(
        "DELETE /api/v1/posts/{id}",
        new Entry(writers, (t, token, email) -> Call.of("DELETE", "/api/v1/posts/" + t.postId())));
    entries.put(
        "POST /api/v1/posts/accounts/{id}/retry-failed",
        new Entry(
            writers,
            (t, token, email) ->
                Call.of("POST", "/api/v1/posts/accounts/" + t.accountId() + "/retry-failed")));
    entries.put(
        "POST /api/v1/queue",
        new Entry(
            writers,
            (t, token, email) -> Call.json("POST", "/api/v1/queue", newPost(t.brand.id(), null))));
    entries.put(
        "GET /api/v1/queue",
        new Entry(ALL, (t, token, email) -> Call.of("GET", "/api/v1/queue?brand=" + t.brand.id())));
    entries.put(
        "DELETE /api/v1/queue/{id}",
        new Entry(writers, (t, token, email) -> Call.of("DELETE", "/api/v1/queue/" + t.postId())));
    return entries;
  }

  static Reply send(TestServer server, Call call, String token) {
    return server.send(
        call.method(), call.path(), token, call.contentType(), call.body(), call.headers());
  }

  private RouteCatalog() {}
}
