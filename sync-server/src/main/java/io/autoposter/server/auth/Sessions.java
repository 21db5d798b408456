package io.autoposter.server.auth;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in, sign-out and token checks. Sessions expire after 14 idle days and at the latest 30 days
 * after sign-in; last_seen_at is written at most once a minute so reads stay cheap.
 */
public final class Sessions {
  static final Duration IDLE_EXPIRY = Duration.ofDays(14);
  static final Duration ABSOLUTE_EXPIRY = Duration.ofDays(30);
  private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
  private static final String BEARER = "Bearer ";
  private static final int MAX_DEVICE_NAME = 200;

  private final Database database;
  private final Clock clock;
  private final PasswordHasher passwords;
  private final SessionTokens tokens = new SessionTokens();
  private final TenantRepository tenants = new TenantRepository();
  private final SessionRepository sessions = new SessionRepository();
  // Checked when the e-mail is unknown so both failures take the same time.
  private final String decoyHash;

  public Sessions(Database database, Clock clock) {
    this(database, clock, new PasswordHasher());
  }

  Sessions(Database database, Clock clock, PasswordHasher passwords) {
    this.database = database;
    this.clock = clock;
    this.passwords = passwords;
    this.decoyHash = passwords.hash("decoy password that matches nothing");
  }

  public SessionResponse signIn(SignInRequest request, String ip) {
    if (request.email() == null || request.password() == null) {
      throw ProblemException.validation("E-mail and password are required.");
    }
    Optional<UserRecord> user =
        database.inTransaction(tx -> tenants.findByEmail(tx, request.email()));
    boolean matches =
        passwords.matches(request.password(), user.map(UserRecord::passwordHash).orElse(decoyHash));
    if (user.isEmpty() || !matches) {
      // One answer for both cases: the caller must not learn whether the e-mail has an account.
      throw new ProblemException(
          401, "INVALID_CREDENTIALS", "Sign-in failed", "The e-mail or password is not correct.");
    }
    UserRecord found = user.get();
    return database.inTransaction(
        tx -> open(tx, found.agencyId(), found.id(), found.agencyName(), request.deviceName(), ip));
  }

  public void signOut(Caller caller) {
    database.inTransaction(
        tx -> {
          sessions.revoke(tx, caller.sessionId(), clock.instant());
          return null;
        });
  }

  /** Resolves the Authorization header to a caller, or fails with 401 UNAUTHENTICATED. */
  public Caller authenticate(Optional<String> authorization) {
    String token =
        authorization
            .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
            .map(value -> value.substring(BEARER.length()).strip())
            .filter(value -> !value.isEmpty())
            .orElseThrow(ProblemException::unauthenticated);
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
          return new Caller(row.agencyId(), row.userId(), row.id());
        });
  }

  String hashPassword(String password) {
    return passwords.hash(password);
  }

  SessionResponse open(
      Transaction tx,
      AgencyId agency,
      UserId user,
      String agencyName,
      String deviceName,
      String ip) {
    Instant now = clock.instant();
    String token = tokens.newToken();
    Instant absoluteExpiry = now.plus(ABSOLUTE_EXPIRY);
    sessions.insert(
        tx,
        UUID.randomUUID(),
        SessionTokens.hash(token),
        agency,
        user,
        deviceName(deviceName),
        ip == null ? "" : ip,
        now,
        absoluteExpiry);
    // The client is told the earliest moment the session can end: idle expiry, if unused.
    Instant idleExpiry = now.plus(IDLE_EXPIRY);
    return new SessionResponse(token, agency, user, agencyName, idleExpiry);
  }

  private static String deviceName(String name) {
    String cleaned = name == null || name.isBlank() ? "Unknown device" : name.strip();
    return cleaned.length() > MAX_DEVICE_NAME ? cleaned.substring(0, MAX_DEVICE_NAME) : cleaned;
  }
}
