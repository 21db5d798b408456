package io.autoposter.server.app;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.auth.Registration;
import io.autoposter.server.auth.Sessions;
import io.autoposter.server.brands.Brands;
import io.autoposter.server.sandbox.SocialAccounts;
import java.util.logging.Logger;

/**
 * Makes sure the demo agency, its brands with a sandbox account each and (unless turned off) its
 * sample posts exist; safe to run every start.
 */
final class DemoSeed {
  private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());
  private static final String OWNER_NAME = "Demo Owner";

  /** The configured main brand's look; its name comes from {@code autoposter.demo.brand}. */
  private static final String MAIN_ZONE = "Europe/Rome";

  private static final String MAIN_COLOR = "#B91C1C";

  /** The brands the sample content adds, with their own zones and colours. */
  static final CreateBrandRequest GELATERIA =
      new CreateBrandRequest("Gelateria Sole", "America/New_York", "#D97706");

  static final CreateBrandRequest YOGA =
      new CreateBrandRequest("Studio Lumen Yoga", "Europe/Berlin", "#0F766E");

  private final Registration registration;
  private final Brands brands;
  private final SocialAccounts accounts;
  private final Sessions sessions;
  private final DemoContent content;

  DemoSeed(
      Registration registration,
      Brands brands,
      SocialAccounts accounts,
      Sessions sessions,
      DemoContent content) {
    this.sessions = sessions;
    this.registration = registration;
    this.brands = brands;
    this.accounts = accounts;
    this.content = content;
  }

  private AgencyId signUpQuietly(DemoSettings demo) {
    SessionResponse owner =
        registration.register(
            new SignUpRequest(demo.agency(), OWNER_NAME, demo.email(), demo.password()),
            ClientOrigin.server());
    // Sign-up opens a session; nobody uses the seed's, so it must not linger in "My sessions".
    sessions.discard(owner.token());
    return owner.agencyId();
  }

  void ensure(DemoSettings demo) {
    if (demo.email().isBlank() || demo.password().isBlank()) {
      throw new IllegalStateException(
          "autoposter.demo.seed is true: set autoposter.demo.email and autoposter.demo.password"
              + " (AUTOPOSTER_DEMO_EMAIL, AUTOPOSTER_DEMO_PASSWORD)");
    }
    AgencyId agency = registration.agencyOf(demo.email()).orElseGet(() -> signUpQuietly(demo));
    // Earlier versions named the owner "Demo owner"; keep the name right on every start.
    registration.rename(demo.email(), OWNER_NAME);
    Brand main = brand(agency, new CreateBrandRequest(demo.brand(), MAIN_ZONE, MAIN_COLOR));
    if (demo.content()) {
      DemoPosts.Brands all =
          new DemoPosts.Brands(main, brand(agency, GELATERIA), brand(agency, YOGA));
      Caller owner = registration.onBehalfOf(demo.email()).orElseThrow();
      content.ensure(owner, all);
    }
    LOG.info(() -> "Demo data ready: sign in as " + demo.email());
  }

  /** The brand of that name, created if missing, with its sandbox account connected. */
  private Brand brand(AgencyId agency, CreateBrandRequest wanted) {
    Brand brand =
        brands.findByName(agency, wanted.name()).orElseGet(() -> brands.create(agency, wanted));
    boolean connected =
        accounts.list(agency).stream()
            .anyMatch(
                account ->
                    account.brandId().equals(brand.id()) && account.network() == Network.SANDBOX);
    if (!connected) {
      accounts.connectSandbox(
          agency, new ConnectSandboxRequest(brand.id(), brand.name() + " (sandbox)"));
    }
    return brand;
  }
}
