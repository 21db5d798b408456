package io.autoposter.server.auth;

import io.autoposter.model.UserId;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.DeviceSession;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.CallerResolver;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Opaque device sessions (ADR 0006): 256-bit bearer tokens of which only the SHA-256 is stored,
 * ending after 14 idle days and at the latest 30 days after sign-in. last_seen_at is written at
 * most once a minute so token checks stay cheap.
 */
public final class Sessions implements CallerResolver {
  static final Duration IDLE_EXPIRY = Duration.ofDays(14);
  static final Duration ABSOLUTE_EXPIRY = Duration.ofDays(30);
  private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
  private static final int MAX_DEVICE_NAME = 200;

  private final Database database;
  private final Clock clock;
  private final AuditLog audit;
  private final SessionTokens tokens = new SessionTokens();
  private final TenantRepository tenants = new TenantRepository();
  private final SessionRepository sessions = new SessionRepository();

  public Sessions(Database database, Clock clock, AuditLog audit) {
    this.database = database;
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  public Caller resolve(String token) {
    Instant now = clock.instant();
    return database.inTransaction(
        tx -> {
          SessionRepository.SessionRow row =
              sessions
                  .findByTokenHash(tx, SessionTokens.hash(token))
                  .filter(it -> it.revokedAt() == null)
                  .filter(it -> now.isBefore(it.expiresAt()))
                  .filter(it -> now.isBefore(it.lastSeenAt().plus(IDLE_EXPIRY)))
                  .orElseThrow(ProblemException::unauthenticated);
          if (!now.isBefore(row.lastSeenAt().plus(TOUCH_INTERVAL))) {
            sessions.touch(tx, row.id(), now);
          }
          boolean limited = !row.allBrands() && row.role().canBeLimitedToBrands();
          boolean enrol =
              row.agencyRequiresTwoFactor() && row.role().managesTeam() && !row.totpEnabled();
          return new Caller(
              row.agencyId(),
              row.userId(),
              row.id(),
              row.email(),
              row.role(),
              !limited,
              limited ? sessions.brandAccess(tx, row.userId()) : Set.of(),
              enrol);
        });
  }

  /** Opens a session for a user inside the caller's transaction (invitation acceptance). */
  public SessionResponse open(
      Transaction tx, UserId userId, String deviceName, ClientOrigin origin) {
    UserRecord user = tenants.findById(tx, userId).orElseThrow();
    return open(tx, user, deviceName, origin);
  }

  SessionResponse open(Transaction tx, UserRecord user, String deviceName, ClientOrigin origin) {
    Instant now = clock.instant();
    String token = tokens.newToken();
    sessions.insert(
        tx,
        UUID.randomUUID(),
        SessionTokens.hash(token),
        user,
        deviceName(deviceName),
        origin,
        now,
        now.plus(ABSOLUTE_EXPIRY));
    // The client is told the earliest moment the session can end: idle expiry, if unused.
    return new SessionResponse(
        token,
        user.agencyId(),
        user.id(),
        user.agencyName(),
        now.plus(IDLE_EXPIRY),
        user.role(),
        user.email(),
        user.enrollmentRequired());
  }

  /**
   * Ends a session nobody will use, quietly: the one opened by accepting an invitation in a
   * browser, or by the demo seed's sign-up. Not a user action, so not audited.
   */
  public void discard(String token) {
    Caller caller = resolve(token);
    database.inTransaction(
        tx -> {
          sessions.revoke(tx, caller.sessionId(), clock.instant());
          return null;
        });
  }

  public void signOut(Caller caller, ClientOrigin origin) {
    database.inTransaction(
        tx -> {
          sessions.revoke(tx, caller.sessionId(), clock.instant());
          audit.record(tx, AuditEvent.by(caller, origin, AuditAction.SIGN_OUT, "", ""));
          return null;
        });
  }

  public List<DeviceSession> list(Caller caller) {
    return database.inTransaction(
        tx -> sessions.live(tx, caller.userId(), caller.sessionId(), clock.instant()));
  }

  /** Ends one of the caller's own sessions; another user's session id is answered 404. */
  public void revoke(Caller caller, String id, ClientOrigin origin) {
    UUID sessionId;
    try {
      sessionId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("There is no such session.");
    }
    database.inTransaction(
        tx -> {
          if (!sessions.revokeOwn(tx, caller.userId(), sessionId, clock.instant())) {
            throw ProblemException.notFound("There is no such session.");
          }
          audit.record(
              tx,
              AuditEvent.by(caller, origin, AuditAction.SESSION_REVOKED, sessionId.toString(), ""));
          return null;
        });
  }

  public void revokeOthers(Caller caller, ClientOrigin origin) {
    database.inTransaction(
        tx -> {
          int ended =
              sessions.revokeAllExcept(tx, caller.userId(), caller.sessionId(), clock.instant());
          audit.record(
              tx,
              AuditEvent.by(
                  caller,
                  origin,
                  AuditAction.SESSION_REVOKED,
                  "all other sessions",
                  ended + " ended"));
          return null;
        });
  }

  /** Ends every session of the user (password reset, removal from the agency). */
  public void endAll(Transaction tx, UserId user) {
    sessions.revokeAll(tx, user, clock.instant());
  }

  private static String deviceName(String name) {
    String cleaned = name == null || name.isBlank() ? "Unknown device" : name.strip();
    return cleaned.length() > MAX_DEVICE_NAME ? cleaned.substring(0, MAX_DEVICE_NAME) : cleaned;
  }
}
