package io.autoposter.server.twofactor;

import io.autoposter.model.UserId;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.TotpEnrollment;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.ratelimit.RateLimiter;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.Transaction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** Enrolment, confirmation, switching off, and the second factor at sign-in. */
public final class TwoFactor {
  static final int RECOVERY_CODES = 10;
  private static final int SECRET_BYTES = 20;
  private static final String CODE_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  private final Database database;
  private final Clock clock;
  private final SecretBox box;
  private final RateLimiter limiter;
  private final AuditLog audit;
  private final TwoFactorRepository users = new TwoFactorRepository();
  private final SecureRandom random = new SecureRandom();

  public TwoFactor(
      Database database, Clock clock, SecretBox box, RateLimiter limiter, AuditLog audit) {
    this.database = database;
    this.clock = clock;
    this.box = box;
    this.limiter = limiter;
    this.audit = audit;
  }

  TotpEnrollment enroll(Caller caller) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    String base32 = Base32.encode(secret);
    List<String> codes = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      String code = recoveryCode();
      codes.add(code);
      hashes.add(recoveryHash(caller.userId(), code));
    }
    database.inTransaction(
        tx -> {
          TwoFactorRepository.State state = users.lock(tx, caller.userId()).orElseThrow();
          if (state.enabled()) {
            throw ProblemException.conflict(
                "TWO_FACTOR_ALREADY_ENABLED",
                "Two-factor is already on",
                "Switch two-factor off first to enrol a new authenticator.");
          }
          users.startEnrollment(
              tx, caller.userId(), box.seal(base32, aad(caller.userId())), hashes);
          return null;
        });
    // Issuer prefix and e-mail stay readable ("Autoposter:ann@agency.com"); other characters are
    // percent-encoded.
    String email =
        URLEncoder.encode(caller.email(), StandardCharsets.UTF_8)
            .replace("+", "%20")
            .replace("%40", "@");
    String uri =
        "otpauth://totp/Autoposter:%s?secret=%s&issuer=Autoposter&algorithm=SHA1&digits=6&period=30"
            .formatted(email, base32);
    return new TotpEnrollment(base32, uri, codes);
  }

  void confirm(Caller caller, String code, ClientOrigin origin) {
    String account = caller.userId().toString();
    limiter.check(RateLimiter.Action.TOTP, account, origin.ip());
    boolean confirmed =
        database.inTransaction(
            tx -> {
              TwoFactorRepository.State state = users.lock(tx, caller.userId()).orElseThrow();
              if (state.sealedPending() == null) {
                throw ProblemException.conflict(
                    "TWO_FACTOR_NOT_STARTED",
                    "No enrolment to confirm",
                    "Start the two-factor enrolment first.");
              }
              String secret = box.open(state.sealedPending(), aad(caller.userId()));
              OptionalLong step = Totp.verify(Base32.decode(secret), code, clock.instant(), 0);
              if (step.isEmpty()) {
                return false;
              }
              users.enable(tx, caller.userId(), state.sealedPending(), step.getAsLong());
              audit.record(
                  tx, AuditEvent.by(caller, origin, AuditAction.TWO_FACTOR_ENABLED, "", ""));
              return true;
            });
    settle(confirmed, account, origin);
  }

  void disable(Caller caller, String code, ClientOrigin origin) {
    String account = caller.userId().toString();
    limiter.check(RateLimiter.Action.TOTP, account, origin.ip());
    boolean disabled =
        database.inTransaction(
            tx -> {
              TwoFactorRepository.State state = users.lock(tx, caller.userId()).orElseThrow();
              if (!state.enabled()) {
                throw ProblemException.conflict(
                    "TWO_FACTOR_NOT_ENABLED",
                    "Two-factor is off",
                    "Two-factor is not switched on.");
              }
              if (state.agencyRequires() && state.role().managesTeam()) {
                throw ProblemException.forbidden(
                    "TWO_FACTOR_REQUIRED_BY_AGENCY",
                    "Two-factor is required",
                    "Your agency requires two-factor sign-in for your role.");
              }
              if (!check(tx, caller.userId(), state, code)) {
                return false;
              }
              users.disable(tx, caller.userId());
              audit.record(
                  tx, AuditEvent.by(caller, origin, AuditAction.TWO_FACTOR_DISABLED, "", ""));
              return true;
            });
    settle(disabled, account, origin);
  }

  /**
   * The second factor at sign-in: a current TOTP code (each time step once) or an unused recovery
   * code (which is then used up). Rate limiting is the caller's job.
   */
  public boolean verifySignIn(UserId user, String code) {
    return database.inTransaction(
        tx -> {
          TwoFactorRepository.State state = users.lock(tx, user).orElseThrow();
          return state.enabled() && check(tx, user, state, code);
        });
  }

  private boolean check(Transaction tx, UserId user, TwoFactorRepository.State state, String code) {
    if (code == null) {
      return false;
    }
    String cleaned = code.strip().replace(" ", "");
    if (cleaned.matches("\\d{6}")) {
      byte[] secret = Base32.decode(box.open(state.sealedSecret(), aad(user)));
      OptionalLong step = Totp.verify(secret, cleaned, clock.instant(), state.lastStep());
      step.ifPresent(used -> users.usedStep(tx, user, used));
      return step.isPresent();
    }
    String normalized = cleaned.toLowerCase(Locale.ROOT).replace("-", "");
    if (normalized.length() != 8) {
      return false;
    }
    return users.useRecoveryCode(tx, user, recoveryHash(user, normalized), clock.instant());
  }

  private void settle(boolean ok, String account, ClientOrigin origin) {
    if (ok) {
      limiter.succeeded(RateLimiter.Action.TOTP, account);
      return;
    }
    limiter.failed(RateLimiter.Action.TOTP, account, origin.ip());
    throw new ProblemException(
        400, "INVALID_ONE_TIME_CODE", "Wrong code", "The code is not correct or has expired.");
  }

  private String recoveryCode() {
    StringBuilder code = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        code.append('-');
      }
      code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return code.toString();
  }

  private String recoveryHash(UserId user, String code) {
    return box.mac(user + ":" + code.toLowerCase(Locale.ROOT).replace("-", ""));
  }

  private static String aad(UserId user) {
    return "totp|" + user;
  }
}
