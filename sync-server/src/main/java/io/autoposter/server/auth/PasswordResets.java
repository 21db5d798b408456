package io.autoposter.server.auth;

import io.autoposter.model.UserId;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.PasswordResetConfirmation;
import io.autoposter.model.api.PasswordResetRequest;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.mail.Emails;
import io.autoposter.server.mail.Mailer;
import io.autoposter.server.ratelimit.RateLimiter;
import io.autoposter.server.store.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Password reset by an e-mailed one-time link, valid 30 minutes. The request is answered 202 at
 * once and all the work (lookup, token, e-mail) happens on a virtual thread, so the answer and its
 * timing are the same whether or not the address has an account.
 */
public final class PasswordResets {
  static final Duration VALIDITY = Duration.ofMinutes(30);

  private final Database database;
  private final Clock clock;
  private final PasswordHasher passwords;
  private final Sessions sessions;
  private final Mailer mailer;
  private final Supplier<String> publicUrl;
  private final RateLimiter limiter;
  private final AuditLog audit;
  private final SessionTokens tokens = new SessionTokens();
  private final TenantRepository tenants = new TenantRepository();
  private final PasswordResetRepository resets = new PasswordResetRepository();

  public PasswordResets(
      Database database,
      Clock clock,
      PasswordHasher passwords,
      Sessions sessions,
      Mailer mailer,
      Supplier<String> publicUrl,
      RateLimiter limiter,
      AuditLog audit) {
    this.database = database;
    this.clock = clock;
    this.passwords = passwords;
    this.sessions = sessions;
    this.mailer = mailer;
    this.publicUrl = publicUrl;
    this.limiter = limiter;
    this.audit = audit;
  }

  public void request(PasswordResetRequest request, ClientOrigin origin) {
    if (request.email() == null || request.email().isBlank() || request.email().length() > 320) {
      throw ProblemException.validation("Enter the e-mail address of your account.");
    }
    String email = TenantRepository.normalize(request.email());
    limiter.check(RateLimiter.Action.PASSWORD_RESET_REQUEST, email, origin.ip());
    // Every request counts: it sends mail, so it must not be repeatable without limit.
    limiter.failed(RateLimiter.Action.PASSWORD_RESET_REQUEST, email, origin.ip());
    Thread.ofVirtual().name("password-reset").start(() -> sendLink(email, origin));
  }

  private void sendLink(String email, ClientOrigin origin) {
    String token = tokens.newToken();
    Optional<UserRecord> user =
        database.inTransaction(
            tx -> {
              Optional<UserRecord> found = tenants.findByEmail(tx, email);
              found.ifPresent(
                  it -> {
                    Instant now = clock.instant();
                    resets.insert(tx, SessionTokens.hash(token), it.id(), now, now.plus(VALIDITY));
                    audit.record(
                        tx,
                        new AuditEvent(
                            it.agencyId(),
                            it.id(),
                            it.email(),
                            AuditAction.PASSWORD_RESET_REQUESTED,
                            it.email(),
                            "",
                            origin));
                  });
              return found;
            });
    user.ifPresent(
        it ->
            mailer.sendNow(
                Emails.passwordReset(
                    it.email(),
                    publicUrl.get()
                        + "/password-reset?token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))));
  }

  /**
   * Whether the reset link behind {@code token} still works, so its page can say so before the user
   * types a new password; a dead link counts as a failed attempt for the rate limit.
   */
  public boolean linkWorks(String token, ClientOrigin origin) {
    limiter.check(RateLimiter.Action.PASSWORD_RESET_CONFIRM, null, origin.ip());
    String hash = SessionTokens.hash(token == null ? "" : token.strip());
    boolean works =
        database.inTransaction(tx -> resets.usable(tx, hash, clock.instant()).isPresent());
    if (!works) {
      limiter.failed(RateLimiter.Action.PASSWORD_RESET_CONFIRM, null, origin.ip());
    }
    return works;
  }

  /** Sets the new password and ends every session; returns the account's e-mail. */
  public String confirm(PasswordResetConfirmation confirmation, ClientOrigin origin) {
    limiter.check(RateLimiter.Action.PASSWORD_RESET_CONFIRM, null, origin.ip());
    String password = PasswordPolicy.check(confirmation.newPassword());
    String token = confirmation.token() == null ? "" : confirmation.token().strip();
    String hash = passwords.hash(password);
    Optional<String> email =
        database.inTransaction(
            tx -> {
              Instant now = clock.instant();
              Optional<UserId> user = resets.usable(tx, SessionTokens.hash(token), now);
              if (user.isEmpty()) {
                return Optional.<String>empty();
              }
              UserRecord record = tenants.findById(tx, user.get()).orElseThrow();
              tenants.setPassword(tx, record.id(), hash);
              resets.useAll(tx, record.id(), now);
              sessions.endAll(tx, record.id());
              audit.record(
                  tx,
                  new AuditEvent(
                      record.agencyId(),
                      record.id(),
                      record.email(),
                      AuditAction.PASSWORD_RESET_COMPLETED,
                      record.email(),
                      "every session ended",
                      origin));
              return Optional.of(record.email());
            });
    if (email.isEmpty()) {
      limiter.failed(RateLimiter.Action.PASSWORD_RESET_CONFIRM, null, origin.ip());
      throw new ProblemException(
          410,
          "RESET_LINK_INVALID",
          "This link no longer works",
          "The reset link has expired or was already used. Ask for a new one.");
    }
    return email.get();
  }
}
