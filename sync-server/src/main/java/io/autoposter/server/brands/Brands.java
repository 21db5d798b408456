package io.autoposter.server.brands;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Lists and creates an agency's brands. */
public final class Brands {
  private final Database database;
  private final Clock clock;
  private final ChangeLogRepository changeLog;
  private final BrandRepository brands = new BrandRepository();

  public Brands(Database database, Clock clock, ChangeLogRepository changeLog) {
    this.database = database;
    this.clock = clock;
    this.changeLog = changeLog;
  }

  public List<Brand> list(AgencyId agency) {
    return database.inTransaction(tx -> brands.list(tx, agency));
  }

  public Optional<Brand> findByName(AgencyId agency, String name) {
    return database.inTransaction(tx -> brands.findByName(tx, agency, name));
  }

  public Brand create(AgencyId agency, CreateBrandRequest request) {
    // Brand's constructor checks name and colour; IllegalArgumentException becomes 400.
    Brand brand =
        new Brand(
            BrandId.random(), nullToEmpty(request.name()), zone(request.zone()), request.color());
    return database.inTransaction(
        tx -> {
          changeLog.lockAgency(tx, agency);
          brands.insert(tx, agency, brand, clock.instant());
          changeLog.append(tx, agency, version -> new BrandChanged(version, brand));
          return brand;
        });
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
