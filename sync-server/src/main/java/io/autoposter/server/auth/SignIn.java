package io.autoposter.server.auth;

import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.ratelimit.RateLimiter;
import io.autoposter.server.store.Database;
import io.autoposter.server.twofactor.TwoFactor;
import java.util.Optional;

/**
 * Password sign-in with the optional second factor. Unknown e-mails and wrong passwords get the
 * same answer after the same work (a decoy hash is checked), so nobody learns who has an account.
 */
public final class SignIn {
  private final Database database;
  private final Sessions sessions;
  private final PasswordHasher passwords;
  private final TwoFactor twoFactor;
  private final RateLimiter limiter;
  private final AuditLog audit;
  private final TenantRepository tenants = new TenantRepository();
  private final String decoyHash;

  public SignIn(
      Database database,
      Sessions sessions,
      PasswordHasher passwords,
      TwoFactor twoFactor,
      RateLimiter limiter,
      AuditLog audit) {
    this.database = database;
    this.sessions = sessions;
    this.passwords = passwords;
    this.twoFactor = twoFactor;
    this.limiter = limiter;
    this.audit = audit;
    this.decoyHash = passwords.hash("decoy password that matches nothing");
  }

  public SessionResponse signIn(SignInRequest request, ClientOrigin origin) {
    if (request.email() == null || request.password() == null || request.email().isBlank()) {
      throw ProblemException.validation("E-mail and password are required.");
    }
    String email = TenantRepository.normalize(request.email());
    limiter.check(RateLimiter.Action.SIGN_IN, email, origin.ip());
    Optional<UserRecord> user = database.inTransaction(tx -> tenants.findByEmail(tx, email));
    boolean matches =
        passwords.matches(request.password(), user.map(UserRecord::passwordHash).orElse(decoyHash));
    if (user.isEmpty() || !matches) {
      limiter.failed(RateLimiter.Action.SIGN_IN, email, origin.ip());
      audit.record(
          new AuditEvent(
              user.map(UserRecord::agencyId).orElse(null),
              user.map(UserRecord::id).orElse(null),
              email,
              AuditAction.SIGN_IN_FAILED,
              email,
              "wrong e-mail or password",
              origin));
      // One answer for both cases: the caller must not learn whether the e-mail has an account.
      throw new ProblemException(
          401, "INVALID_CREDENTIALS", "Sign-in failed", "The e-mail or password is not correct.");
    }
    UserRecord found = user.get();
    if (found.totpEnabled()) {
      secondFactor(found, request.oneTimeCode(), origin);
    }
    limiter.succeeded(RateLimiter.Action.SIGN_IN, email);
    return database.inTransaction(
        tx -> {
          SessionResponse session = sessions.open(tx, found, request.deviceName(), origin);
          audit.record(
              tx,
              new AuditEvent(
                  found.agencyId(),
                  found.id(),
                  found.email(),
                  AuditAction.SIGN_IN,
                  found.email(),
                  request.deviceName() == null ? "" : "device: " + request.deviceName(),
                  origin));
          return session;
        });
  }

  private void secondFactor(UserRecord user, String code, ClientOrigin origin) {
    if (code == null || code.isBlank()) {
      throw new ProblemException(
          401,
          "TWO_FACTOR_REQUIRED",
          "Enter your one-time code",
          "Send the 6-digit code from your authenticator app (or a recovery code).");
    }
    String account = user.id().toString();
    limiter.check(RateLimiter.Action.TOTP, account, origin.ip());
    if (!twoFactor.verifySignIn(user.id(), code)) {
      limiter.failed(RateLimiter.Action.TOTP, account, origin.ip());
      audit.record(
          new AuditEvent(
              user.agencyId(),
              user.id(),
              user.email(),
              AuditAction.SIGN_IN_FAILED,
              user.email(),
              "wrong one-time code",
              origin));
      throw new ProblemException(
          401, "INVALID_ONE_TIME_CODE", "Wrong code", "The code is not correct or has expired.");
    }
    limiter.succeeded(RateLimiter.Action.TOTP, account);
  }
}
