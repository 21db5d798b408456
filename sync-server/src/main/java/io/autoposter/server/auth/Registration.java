package io.autoposter.server.auth;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.DuplicateKeyException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Creates an agency with its owner and signs the owner in. */
public final class Registration {
  private static final int MAX_NAME = 200;
  private static final int MAX_EMAIL = 320;
  // Deliberately loose: one @, no spaces, a dot in the domain. Real proof is a confirmation mail.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Database database;
  private final Clock clock;
  private final Sessions sessions;
  private final ChangeLogRepository changeLog;
  private final PasswordHasher passwords;
  private final AuditLog audit;
  private final TenantRepository tenants = new TenantRepository();

  public Registration(
      Database database,
      Clock clock,
      Sessions sessions,
      ChangeLogRepository changeLog,
      PasswordHasher passwords,
      AuditLog audit) {
    this.database = database;
    this.clock = clock;
    this.sessions = sessions;
    this.changeLog = changeLog;
    this.passwords = passwords;
    this.audit = audit;
  }

  public SessionResponse register(SignUpRequest request, ClientOrigin origin) {
    String agencyName = requireName(request.agencyName(), "Agency name");
    String ownerName = requireName(request.ownerName(), "Your name");
    String email = request.email() == null ? "" : request.email().strip();
    if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
      throw ProblemException.validation("Enter an e-mail address like name@agency.com.");
    }
    String password = PasswordPolicy.check(request.password());
    // Hash outside the transaction: it takes tens of milliseconds and needs no rows.
    String hash = passwords.hash(password);
    try {
      return database.inTransaction(
          tx -> {
            if (tenants.findByEmail(tx, email).isPresent()) {
              throw emailTaken();
            }
            Instant now = clock.instant();
            AgencyId agency = AgencyId.random();
            UserId owner = UserId.random();
            tenants.insertAgency(tx, agency, agencyName, now);
            changeLog.createAgency(tx, agency);
            tenants.insertUser(tx, owner, agency, ownerName, email, hash, Role.OWNER, now);
            audit.record(
                tx,
                new AuditEvent(
                    agency, owner, email, AuditAction.AGENCY_CREATED, agencyName, "", origin));
            return sessions.open(tx, owner, "Sign-up", origin);
          });
    } catch (DuplicateKeyException e) {
      // Two sign-ups with the same e-mail raced; the unique constraint decided.
      throw emailTaken();
    }
  }

  /** The agency an e-mail belongs to, if any; used by the demo seed to stay idempotent. */
  public Optional<AgencyId> agencyOf(String email) {
    return database.inTransaction(tx -> tenants.findByEmail(tx, email).map(UserRecord::agencyId));
  }

  /**
   * An owner or admin as a caller without a session, for what the server writes on their behalf
   * (the demo seed's posts); empty when nobody has this e-mail.
   *
   * @throws IllegalStateException for a role that may be limited to some brands
   */
  public Optional<Caller> onBehalfOf(String email) {
    return database
        .inTransaction(tx -> tenants.findByEmail(tx, email))
        .map(
            user -> {
              if (user.role().canBeLimitedToBrands()) {
                throw new IllegalStateException("only an owner or admin can be acted for");
              }
              return new Caller(
                  user.agencyId(),
                  user.id(),
                  null,
                  user.email(),
                  user.role(),
                  true,
                  Set.of(),
                  false);
            });
  }

  /** Sets a user's display name (the demo seed names its owner). */
  public void rename(String email, String name) {
    database.inTransaction(
        tx -> {
          tenants.findByEmail(tx, email).ifPresent(user -> tenants.setName(tx, user.id(), name));
          return null;
        });
  }

  private static ProblemException emailTaken() {
    return ProblemException.conflict(
        "EMAIL_TAKEN", "E-mail already registered", "Sign in instead, or use another e-mail.");
  }

  private static String requireName(String value, String label) {
    String name = value == null ? "" : value.strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw ProblemException.validation("%s needs 1 to %d characters.".formatted(label, MAX_NAME));
    }
    return name;
  }
}
