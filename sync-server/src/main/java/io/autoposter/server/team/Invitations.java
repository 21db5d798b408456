package io.autoposter.server.team;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.api.AcceptInvitationRequest;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.Invitation;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.auth.PasswordHasher;
import io.autoposter.server.auth.PasswordPolicy;
import io.autoposter.server.auth.SessionTokens;
import io.autoposter.server.auth.Sessions;
import io.autoposter.server.mail.Emails;
import io.autoposter.server.mail.Mailer;
import io.autoposter.server.ratelimit.RateLimiter;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.DuplicateKeyException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Invitations by e-mail: one use, valid 7 days, can be resent (new link) and revoked. */
public final class Invitations {
  static final Duration VALIDITY = Duration.ofDays(7);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_NAME = 200;

  private final Database database;
  private final Clock clock;
  private final Sessions sessions;
  private final PasswordHasher passwords;
  private final Mailer mailer;
  private final Supplier<String> publicUrl;
  private final RateLimiter limiter;
  private final AuditLog audit;
  private final Members members;
  private final SessionTokens tokens = new SessionTokens();
  private final InvitationRepository invitations = new InvitationRepository();
  private final MemberRepository users = new MemberRepository();

  public Invitations(
      Database database,
      Clock clock,
      Sessions sessions,
      PasswordHasher passwords,
      Mailer mailer,
      Supplier<String> publicUrl,
      RateLimiter limiter,
      AuditLog audit,
      ChangeLogRepository changeLog) {
    this.database = database;
    this.clock = clock;
    this.sessions = sessions;
    this.passwords = passwords;
    this.mailer = mailer;
    this.publicUrl = publicUrl;
    this.limiter = limiter;
    this.audit = audit;
    this.members = new Members(database, changeLog, audit);
  }

  List<Invitation> list(Caller caller) {
    Instant now = clock.instant();
    return database.inTransaction(
        tx ->
            invitations.list(tx, caller.agencyId(), now).stream()
                .map(InvitationRepository.Row::invitation)
                .toList());
  }

  Invitation create(Caller caller, CreateInvitationRequest request, ClientOrigin origin) {
    String email = request.email() == null ? "" : request.email().strip();
    if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
      throw ProblemException.validation("Enter an e-mail address like name@agency.com.");
    }
    if (request.role() == null) {
      throw ProblemException.validation("Choose the role of the new member.");
    }
    Role role = request.role();
    Members.requireOwnerFor(caller, role, role);
    boolean allBrands = request.allBrands() || !role.canBeLimitedToBrands();
    Set<BrandId> brands =
        allBrands || request.brandIds() == null ? Set.of() : Set.copyOf(request.brandIds());
    String token = tokens.newToken();
    Invitation created =
        database.inTransaction(
            tx -> {
              AgencyId agency = caller.agencyId();
              if (users.emailInAgency(tx, agency, email)) {
                throw ProblemException.conflict(
                    "ALREADY_MEMBER", "Already a member", email + " is already in your team.");
              }
              members.requireBrands(tx, agency, brands);
              Instant now = clock.instant();
              invitations.revokeOpen(tx, agency, email, now);
              UUID id = UUID.randomUUID();
              invitations.insert(
                  tx,
                  id,
                  agency,
                  SessionTokens.hash(token),
                  email,
                  role,
                  allBrands,
                  brands,
                  caller.userId(),
                  caller.email(),
                  now,
                  now.plus(VALIDITY));
              audit.record(
                  tx,
                  AuditEvent.by(
                      caller, origin, AuditAction.INVITATION_CREATED, email, role.name()));
              return invitations.find(tx, agency, id, now).orElseThrow().invitation();
            });
    send(caller, created, token);
    return created;
  }

  Invitation resend(Caller caller, String id, ClientOrigin origin) {
    String token = tokens.newToken();
    Invitation renewed =
        database.inTransaction(
            tx -> {
              Instant now = clock.instant();
              InvitationRepository.Row row = find(tx, caller, id, now);
              if (row.acceptedAt() != null || row.revokedAt() != null) {
                throw closed();
              }
              UUID uuid = UUID.fromString(row.invitation().id());
              invitations.renew(tx, uuid, SessionTokens.hash(token), now.plus(VALIDITY));
              audit.record(
                  tx,
                  AuditEvent.by(
                      caller, origin, AuditAction.INVITATION_RESENT, row.invitation().email(), ""));
              return invitations.find(tx, caller.agencyId(), uuid, now).orElseThrow().invitation();
            });
    send(caller, renewed, token);
    return renewed;
  }

  void revoke(Caller caller, String id, ClientOrigin origin) {
    database.inTransaction(
        tx -> {
          Instant now = clock.instant();
          InvitationRepository.Row row = find(tx, caller, id, now);
          if (row.acceptedAt() != null) {
            throw closed();
          }
          invitations.revoke(tx, UUID.fromString(row.invitation().id()), now);
          audit.record(
              tx,
              AuditEvent.by(
                  caller, origin, AuditAction.INVITATION_REVOKED, row.invitation().email(), ""));
          return null;
        });
  }

  /**
   * The e-mail address of the open invitation behind {@code token}, so its page can say who is
   * joining; a 410 problem when the link no longer works (counted like a failed acceptance).
   */
  public String invitedEmail(String token, ClientOrigin origin) {
    limiter.check(RateLimiter.Action.INVITATION_ACCEPT, null, origin.ip());
    String tokenHash = SessionTokens.hash(token == null ? "" : token.strip());
    return database.inTransaction(
        tx -> {
          Instant now = clock.instant();
          return invitations
              .byToken(tx, tokenHash, now)
              .filter(it -> it.usable(now))
              .map(row -> row.invitation().email())
              .orElseThrow(() -> invalid(origin));
        });
  }

  /** Creates the member with the chosen password and signs them in; the link then stops working. */
  public SessionResponse accept(AcceptInvitationRequest request, ClientOrigin origin) {
    limiter.check(RateLimiter.Action.INVITATION_ACCEPT, null, origin.ip());
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw ProblemException.validation("Your name needs 1 to 200 characters.");
    }
    String hash = passwords.hash(PasswordPolicy.check(request.password()));
    String tokenHash = SessionTokens.hash(request.token() == null ? "" : request.token().strip());
    try {
      return database.inTransaction(
          tx -> {
            Instant now = clock.instant();
            InvitationRepository.Row row =
                invitations
                    .byToken(tx, tokenHash, now)
                    .filter(it -> it.usable(now))
                    .orElseThrow(() -> invalid(origin));
            Invitation invitation = row.invitation();
            UserId user = UserId.random();
            users.insert(
                tx, user, row.agency(), name, invitation.email(), hash, invitation.role(), now);
            users.setAccess(
                tx, user, invitation.role(), invitation.allBrands(), invitation.brandIds());
            invitations.accept(tx, UUID.fromString(invitation.id()), now);
            audit.record(
                tx,
                new AuditEvent(
                    row.agency(),
                    user,
                    invitation.email(),
                    AuditAction.INVITATION_ACCEPTED,
                    invitation.email(),
                    invitation.role().name(),
                    origin));
            return sessions.open(tx, user, "Invitation", origin);
          });
    } catch (DuplicateKeyException e) {
      throw ProblemException.conflict(
          "EMAIL_TAKEN",
          "E-mail already registered",
          "This e-mail already has an Autoposter account. Sign in with it instead.");
    }
  }

  private ProblemException invalid(ClientOrigin origin) {
    limiter.failed(RateLimiter.Action.INVITATION_ACCEPT, null, origin.ip());
    // One answer for expired, revoked, used and unknown links.
    return new ProblemException(
        410,
        "INVITATION_INVALID",
        "This invitation no longer works",
        "The invitation has expired, was revoked or was already used. Ask for a new one.");
  }

  private void send(Caller caller, Invitation invitation, String token) {
    String agencyName = database.inTransaction(tx -> invitations.agencyName(tx, caller.agencyId()));
    String link =
        publicUrl.get()
            + "/invitations/accept?token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    mailer.sendInBackground(
        Emails.invitation(
            invitation.email(),
            agencyName,
            caller.email(),
            invitation.role().name().toLowerCase(java.util.Locale.ROOT),
            link));
  }

  private InvitationRepository.Row find(
      io.autoposter.server.store.Transaction tx, Caller caller, String id, Instant now) {
    try {
      return invitations
          .find(tx, caller.agencyId(), UUID.fromString(id), now)
          .orElseThrow(() -> ProblemException.notFound("There is no such invitation."));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("There is no such invitation.");
    }
  }

  private static ProblemException closed() {
    return ProblemException.conflict(
        "INVITATION_CLOSED",
        "The invitation is closed",
        "This invitation was already accepted or revoked; send a new one instead.");
  }
}
