package io.autoposter.server.brands;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.UpdateBrandRequest;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.BrandRemoved;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.Transaction;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * An agency's brands: every change goes through the change log ({@code brand} or {@code
 * brand.removed}) so devices learn about it on their next pull.
 */
public final class Brands {
  private final Database database;
  private final Clock clock;
  private final ChangeLogRepository changeLog;
  private final AuditLog audit;
  private final BrandRepository brands = new BrandRepository();
  private final PostRepository posts = new PostRepository();

  public Brands(Database database, Clock clock, ChangeLogRepository changeLog, AuditLog audit) {
    this.database = database;
    this.clock = clock;
    this.changeLog = changeLog;
    this.audit = audit;
  }

  /** The brands the caller may see. */
  public List<Brand> list(Caller caller) {
    return database.inTransaction(tx -> brands.list(tx, caller.agencyId())).stream()
        .filter(brand -> caller.canSee(brand.id()))
        .toList();
  }

  public Brand get(Caller caller, BrandId id) {
    Access.requireBrand(caller, id);
    return database.inTransaction(tx -> find(tx, caller.agencyId(), id));
  }

  public Optional<Brand> findByName(AgencyId agency, String name) {
    return database.inTransaction(tx -> brands.findByName(tx, agency, name));
  }

  /** Creates a brand without an acting member (the demo seed). */
  public Brand create(AgencyId agency, CreateBrandRequest request) {
    return create(agency, request, null);
  }

  public Brand create(Caller caller, CreateBrandRequest request, ClientOrigin origin) {
    return create(
        caller.agencyId(),
        request,
        AuditEvent.by(caller, origin, AuditAction.BRAND_CREATED, request.name(), ""));
  }

  private Brand create(AgencyId agency, CreateBrandRequest request, AuditEvent event) {
    // Brand's constructor checks name and colour; IllegalArgumentException becomes 400.
    Brand brand =
        new Brand(
            BrandId.random(), nullToEmpty(request.name()), zone(request.zone()), request.color());
    return database.inTransaction(
        tx -> {
          changeLog.lockAgency(tx, agency);
          brands.insert(tx, agency, brand, clock.instant());
          changeLog.append(tx, agency, version -> new BrandChanged(version, brand));
          if (event != null) {
            audit.record(tx, event);
          }
          return brand;
        });
  }

  public Brand update(Caller caller, BrandId id, UpdateBrandRequest request, ClientOrigin origin) {
    Access.requireBrand(caller, id);
    return database.inTransaction(
        tx -> {
          changeLog.lockAgency(tx, caller.agencyId());
          Brand current = find(tx, caller.agencyId(), id);
          Brand updated =
              new Brand(
                  id,
                  request.name() == null ? current.name() : request.name(),
                  request.zone() == null ? current.zone() : zone(request.zone()),
                  request.color() == null ? current.color() : request.color(),
                  current.logoSha256(),
                  request.postingSlots() == null ? current.postingSlots() : request.postingSlots(),
                  request.hashtagGroups() == null
                      ? current.hashtagGroups()
                      : request.hashtagGroups());
          brands.update(tx, caller.agencyId(), updated);
          changeLog.append(tx, caller.agencyId(), version -> new BrandChanged(version, updated));
          audit.record(
              tx,
              AuditEvent.by(
                  caller, origin, AuditAction.BRAND_UPDATED, updated.name(), id.toString()));
          return updated;
        });
  }

  /**
   * Deletes the brand: one {@code brand.removed} in the log (devices drop the brand and its posts),
   * its posts marked deleted so they are never published, its logo gone.
   */
  public void delete(Caller caller, BrandId id, ClientOrigin origin) {
    Access.requireBrand(caller, id);
    database.inTransaction(
        tx -> {
          changeLog.lockAgency(tx, caller.agencyId());
          Brand current = find(tx, caller.agencyId(), id);
          brands.markDeleted(tx, caller.agencyId(), id);
          logos().delete(tx, id);
          int removedPosts = posts.deleteAllOfBrand(tx, caller.agencyId(), id, clock.instant());
          changeLog.append(tx, caller.agencyId(), version -> new BrandRemoved(version, id));
          audit.record(
              tx,
              AuditEvent.by(
                  caller,
                  origin,
                  AuditAction.BRAND_DELETED,
                  current.name(),
                  id + ", " + removedPosts + " posts removed"));
          return null;
        });
  }

  Brand find(Transaction tx, AgencyId agency, BrandId id) {
    return brands
        .find(tx, agency, id)
        .orElseThrow(() -> ProblemException.notFound("There is no such brand."));
  }

  /** The change-log-writing part of a logo change, shared with {@link BrandLogos}. */
  Brand withLogo(Transaction tx, Caller caller, BrandId id, String sha256, ClientOrigin origin) {
    changeLog.lockAgency(tx, caller.agencyId());
    Brand current = find(tx, caller.agencyId(), id);
    Brand updated = current.withLogo(sha256);
    brands.update(tx, caller.agencyId(), updated);
    changeLog.append(tx, caller.agencyId(), version -> new BrandChanged(version, updated));
    audit.record(
        tx,
        AuditEvent.by(
            caller,
            origin,
            AuditAction.BRAND_LOGO_CHANGED,
            current.name(),
            sha256 == null ? "logo removed" : "logo " + sha256));
    return updated;
  }

  private static BrandLogoRepository logos() {
    return new BrandLogoRepository();
  }

  /** Accepts IANA region ids only: a fixed offset would ignore daylight saving time. */
  static ZoneId zone(String id) {
    if (id == null || id.isBlank()) {
      throw ProblemException.validation("Choose the brand's time zone, like Europe/Rome.");
    }
    try {
      ZoneId zone = ZoneId.of(id.strip());
      if (zone instanceof ZoneOffset) {
        throw ProblemException.validation(
            "Use a time zone name like Europe/Rome, not a fixed offset.");
      }
      return zone;
    } catch (DateTimeException e) {
      throw ProblemException.validation(
          "'" + id + "' is not a time zone; use one like Europe/Rome.");
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
