package io.autoposter.desktop.testing;

import static io.autoposter.desktop.testing.FakeServer.JSON;
import static io.autoposter.desktop.testing.FakeServer.json;
import static io.autoposter.desktop.testing.FakeServer.problem;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.api.Agency;
import io.autoposter.model.api.AuditEntry;
import io.autoposter.model.api.AuditPage;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.DeviceSession;
import io.autoposter.model.api.Invitation;
import io.autoposter.model.api.Member;
import io.autoposter.model.api.OneTimeCodeRequest;
import io.autoposter.model.api.Problem;
import io.autoposter.model.api.TotpEnrollment;
import io.autoposter.model.api.UpdateAgencyRequest;
import io.autoposter.model.api.UpdateBrandRequest;
import io.autoposter.model.api.UpdateMemberRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;

/** The admin and account routes of the contract, on plain in-memory lists. */
public final class FakeAdmin {

  public static final String TOTP_CODE = "123456";
  public static final TotpEnrollment ENROLLMENT =
      new TotpEnrollment(
          "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
          "otpauth://totp/Autoposter:ana@bellavista.agency?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
              + "&issuer=Autoposter",
          List.of(
              "4f7k-92mx",
              "h3nd-0q8z",
              "p9vt-2kcw",
              "b6rj-x1ma",
              "t2we-5ynu",
              "c8gq-m4fd",
              "k7zs-3bve",
              "w5pa-9hxr",
              "e1ly-6cun",
              "r0dm-8tsk"));

  public final List<Member> members = new CopyOnWriteArrayList<>();
  public final List<Invitation> invitations = new CopyOnWriteArrayList<>();
  public final List<DeviceSession> sessions = new CopyOnWriteArrayList<>();
  public final List<Brand> brands = new CopyOnWriteArrayList<>();
  public final List<io.autoposter.model.api.SocialAccount> accounts = new CopyOnWriteArrayList<>();
  public final List<io.autoposter.model.api.TokenHealth> health = new CopyOnWriteArrayList<>();
  public final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
  public final List<String> logoUploads = new CopyOnWriteArrayList<>();
  public final List<String> logoDeletes = new CopyOnWriteArrayList<>();
  public volatile boolean twoFactorEnabled;
  public volatile boolean requireTwoFactor;
  public volatile boolean lastOwner;
  public volatile boolean forbidden;

  public FakeAdmin() {
    members.add(
        new Member(
            FakeServer.USER,
            "ana@bellavista.agency",
            "Ana Ricci",
            Role.OWNER,
            true,
            Set.of(),
            false,
            Instant.parse("2026-01-05T09:00:00Z")));
    sessions.add(
        new DeviceSession(
            "s-this",
            "Autoposter desktop on Linux",
            "192.168.1.20",
            "Autoposter/0.1",
            Instant.parse("2026-11-01T08:00:00Z"),
            Instant.parse("2026-11-20T09:12:00Z"),
            true));
  }

  MockResponse handle(String method, HttpUrl url, String body) throws IOException {
    String path = url.encodedPath();
    List<String> parts = List.of(path.substring("/api/v1/".length()).split("/"));
    if (forbidden) {
      return problem(Problem.of(403, "FORBIDDEN", "Forbidden", "Owners and admins only."));
    }
    String route = method + " " + parts.getFirst() + (parts.size() > 1 ? "/" + "*" : "");
    String id = parts.size() > 1 ? parts.get(1) : null;
    switch (method + " " + path) {
      case "POST /api/v1/auth/sign-out" -> {
        return noContent();
      }
      case "POST /api/v1/auth/totp/enrollment" -> {
        return json(201, ENROLLMENT);
      }
      case "POST /api/v1/auth/totp/enrollment/confirm", "POST /api/v1/auth/totp/disable" -> {
        OneTimeCodeRequest code = JSON.readValue(body, OneTimeCodeRequest.class);
        if (!TOTP_CODE.equals(code.code())) {
          return problem(Problem.of(401, "INVALID_ONE_TIME_CODE", "Wrong code", "Wrong code."));
        }
        twoFactorEnabled = path.endsWith("confirm");
        return noContent();
      }
      case "GET /api/v1/users/me" -> {
        Member me = members.getFirst();
        return json(200, withTwoFactor(me, twoFactorEnabled));
      }
      case "GET /api/v1/sessions" -> {
        return json(200, sessions);
      }
      case "DELETE /api/v1/sessions" -> {
        sessions.removeIf(s -> !s.current());
        return noContent();
      }
      case "GET /api/v1/users" -> {
        return json(200, members);
      }
      case "GET /api/v1/invitations" -> {
        return json(200, invitations);
      }
      case "POST /api/v1/invitations" -> {
        CreateInvitationRequest req = JSON.readValue(body, CreateInvitationRequest.class);
        if (members.stream().anyMatch(m -> m.email().equalsIgnoreCase(req.email()))) {
          return problem(Problem.of(409, "ALREADY_MEMBER", "Already a member", req.email()));
        }
        Invitation inv = invitation(req.email(), req.role(), req.allBrands(), req.brandIds());
        invitations.add(inv);
        return json(201, inv);
      }
      case "GET /api/v1/clients" -> {
        return json(200, brands);
      }
      case "POST /api/v1/clients" -> {
        CreateBrandRequest req = JSON.readValue(body, CreateBrandRequest.class);
        Brand brand = new Brand(BrandId.random(), req.name(), ZoneId.of(req.zone()), req.color());
        brands.add(brand);
        return json(201, brand);
      }
      case "GET /api/v1/accounts" -> {
        return json(200, accounts);
      }
      case "GET /api/v1/accounts/token-health" -> {
        return json(200, health);
      }
      case "POST /api/v1/accounts/sandbox" -> {
        io.autoposter.model.api.ConnectSandboxRequest req =
            JSON.readValue(body, io.autoposter.model.api.ConnectSandboxRequest.class);
        io.autoposter.model.api.SocialAccount account =
            new io.autoposter.model.api.SocialAccount(
                io.autoposter.model.SocialAccountId.random(),
                req.brandId(),
                io.autoposter.model.Network.SANDBOX,
                req.accountName());
        accounts.add(account);
        return json(201, account);
      }
      case "GET /api/v1/audit" -> {
        int page = Integer.parseInt(url.queryParameter("page"));
        int size = Integer.parseInt(url.queryParameter("size"));
        String action = url.queryParameter("action");
        List<AuditEntry> matching =
            audit.stream().filter(e -> action == null || action.equals(e.action())).toList();
        int from = Math.min(matching.size(), page * size);
        int to = Math.min(matching.size(), from + size);
        return json(200, new AuditPage(matching.subList(from, to), page, size, matching.size()));
      }
      default -> {
        return byId(route, method, parts, id, body);
      }
    }
  }

  private MockResponse byId(String route, String method, List<String> parts, String id, String body)
      throws IOException {
    switch (route) {
      case "DELETE sessions/*" -> {
        sessions.removeIf(s -> s.id().equals(id));
        return noContent();
      }
      case "GET tenants/*" -> {
        return json(200, agency(AgencyId.parse(id)));
      }
      case "PATCH tenants/*" -> {
        UpdateAgencyRequest req = JSON.readValue(body, UpdateAgencyRequest.class);
        requireTwoFactor = req.requireTwoFactorForAdmins();
        return json(200, agency(AgencyId.parse(id)));
      }
      case "PATCH users/*" -> {
        if (lastOwner) {
          return problem(Problem.of(409, "LAST_OWNER", "Last owner", "Needs an owner."));
        }
        UpdateMemberRequest req = JSON.readValue(body, UpdateMemberRequest.class);
        for (int i = 0; i < members.size(); i++) {
          Member m = members.get(i);
          if (m.id().toString().equals(id)) {
            Member changed =
                new Member(
                    m.id(),
                    m.email(),
                    m.name(),
                    req.role(),
                    req.allBrands(),
                    req.brandIds(),
                    m.twoFactorEnabled(),
                    m.createdAt());
            members.set(i, changed);
            return json(200, changed);
          }
        }
        return problem(Problem.of(404, "NOT_FOUND", "No such member", id));
      }
      case "DELETE users/*" -> {
        if (lastOwner) {
          return problem(Problem.of(409, "LAST_OWNER", "Last owner", "Needs an owner."));
        }
        members.removeIf(m -> m.id().toString().equals(id));
        return noContent();
      }
      case "POST invitations/*" -> {
        for (int i = 0; i < invitations.size(); i++) {
          Invitation inv = invitations.get(i);
          if (inv.id().equals(id)) {
            Invitation fresh = invitation(inv.email(), inv.role(), inv.allBrands(), inv.brandIds());
            fresh =
                new Invitation(
                    inv.id(),
                    fresh.email(),
                    fresh.role(),
                    fresh.allBrands(),
                    fresh.brandIds(),
                    fresh.invitedBy(),
                    fresh.createdAt(),
                    fresh.expiresAt().plusSeconds(60),
                    fresh.status());
            invitations.set(i, fresh);
            return json(200, fresh);
          }
        }
        return problem(Problem.of(404, "NOT_FOUND", "No such invitation", id));
      }
      case "DELETE invitations/*" -> {
        invitations.removeIf(i -> i.id().equals(id));
        return noContent();
      }
      case "PATCH clients/*" -> {
        UpdateBrandRequest req = JSON.readValue(body, UpdateBrandRequest.class);
        Brand old = brand(id);
        Brand changed =
            new Brand(
                old.id(),
                req.name() == null ? old.name() : req.name(),
                req.zone() == null ? old.zone() : ZoneId.of(req.zone()),
                req.color() == null ? old.color() : req.color(),
                old.logoSha256(),
                req.postingSlots() == null ? old.postingSlots() : req.postingSlots(),
                req.hashtagGroups() == null ? old.hashtagGroups() : req.hashtagGroups());
        brands.set(brands.indexOf(old), changed);
        return json(200, changed);
      }
      case "DELETE clients/*" -> {
        if (parts.size() > 2 && "logo".equals(parts.get(2))) {
          Brand old = brand(id);
          logoDeletes.add(id);
          Brand changed = old.withLogo(null);
          brands.set(brands.indexOf(old), changed);
          return json(200, changed);
        }
        brands.remove(brand(id));
        return noContent();
      }
      case "PUT clients/*" -> {
        Brand old = brand(id);
        logoUploads.add(id);
        Brand changed = old.withLogo("a".repeat(64));
        brands.set(brands.indexOf(old), changed);
        return json(200, changed);
      }
      case "GET clients/*" -> {
        return new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "image/png")
            .body(new okio.Buffer().write(TestImages.PNG))
            .build();
      }
      default -> {
        return problem(Problem.of(404, "NOT_FOUND", "No such route", method + " " + parts));
      }
    }
  }

  private Brand brand(String id) {
    return brands.stream().filter(b -> b.id().toString().equals(id)).findFirst().orElseThrow();
  }

  private Agency agency(AgencyId id) {
    return new Agency(id, "Bellavista Marketing", requireTwoFactor, Instant.EPOCH);
  }

  public Invitation invitation(String email, Role role, boolean all, Set<BrandId> brandIds) {
    Instant now = Instant.parse("2026-11-20T10:00:00Z");
    return new Invitation(
        UUID.randomUUID().toString(),
        email,
        role,
        all,
        brandIds,
        "ana@bellavista.agency",
        now,
        now.plusSeconds(7 * 86_400),
        Invitation.Status.PENDING);
  }

  public Member member(String name, String email, Role role, boolean all, Set<BrandId> ids) {
    Member m = new Member(UserId.random(), email, name, role, all, ids, false, Instant.EPOCH);
    members.add(m);
    return m;
  }

  public AuditEntry auditEntry(long n, String action, String target) {
    AuditEntry entry =
        new AuditEntry(
            n,
            Instant.parse("2026-11-20T10:00:00Z").minusSeconds(n * 3_600),
            FakeServer.USER,
            "ana@bellavista.agency",
            action,
            target,
            "",
            "192.168.1.20",
            "Autoposter/0.1");
    audit.add(entry);
    return entry;
  }

  private static Member withTwoFactor(Member m, boolean on) {
    return new Member(
        m.id(), m.email(), m.name(), m.role(), m.allBrands(), m.brandIds(), on, m.createdAt());
  }

  private static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }
}
