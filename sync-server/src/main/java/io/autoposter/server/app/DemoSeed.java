package io.autoposter.server.app;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.auth.Registration;
import io.autoposter.server.auth.Sessions;
import io.autoposter.server.brands.Brands;
import io.autoposter.server.sandbox.SocialAccounts;
import java.util.logging.Logger;

/** Makes sure the demo agency, its brand and a sandbox account exist; safe to run every start. */
final class DemoSeed {
  private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());
  private static final String DEMO_ZONE = "Europe/Rome";
  private static final String DEMO_COLOR = "#B91C1C";
  private static final String OWNER_NAME = "Demo Owner";

  private final Registration registration;
  private final Brands brands;
  private final SocialAccounts accounts;
  private final Sessions sessions;

  DemoSeed(Registration registration, Brands brands, SocialAccounts accounts, Sessions sessions) {
    this.sessions = sessions;
    this.registration = registration;
    this.brands = brands;
    this.accounts = accounts;
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
    Brand brand =
        brands
            .findByName(agency, demo.brand())
            .orElseGet(
                () ->
                    brands.create(
                        agency, new CreateBrandRequest(demo.brand(), DEMO_ZONE, DEMO_COLOR)));
    boolean connected =
        accounts.list(agency).stream()
            .anyMatch(
                account ->
                    account.brandId().equals(brand.id()) && account.network() == Network.SANDBOX);
    if (!connected) {
      accounts.connectSandbox(
          agency, new ConnectSandboxRequest(brand.id(), brand.name() + " (sandbox)"));
    }
    LOG.info(() -> "Demo data ready: sign in as " + demo.email());
  }
}
