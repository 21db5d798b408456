package io.autoposter.server.app;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.Network;
import io.autoposter.model.PostingSlot;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.model.api.UpdateBrandRequest;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.auth.Registration;
import io.autoposter.server.auth.Sessions;
import io.autoposter.server.brands.Brands;
import io.autoposter.server.sandbox.SocialAccounts;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
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

  /** The main brand's queue: lunch and dinner on weekdays, brunch at the weekend. */
  static final List<PostingSlot> MAIN_SLOTS =
      List.of(
          new PostingSlot(DayOfWeek.MONDAY, LocalTime.of(11, 30)),
          new PostingSlot(DayOfWeek.TUESDAY, LocalTime.of(18, 0)),
          new PostingSlot(DayOfWeek.WEDNESDAY, LocalTime.of(11, 30)),
          new PostingSlot(DayOfWeek.THURSDAY, LocalTime.of(18, 0)),
          new PostingSlot(DayOfWeek.FRIDAY, LocalTime.of(17, 30)),
          new PostingSlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0)),
          new PostingSlot(DayOfWeek.SUNDAY, LocalTime.of(10, 30)));

  static final List<HashtagGroup> MAIN_HASHTAGS =
      List.of(
          new HashtagGroup("Dinner", List.of("#TrattoriaRoma", "#cena", "#pasta", "#roma")),
          new HashtagGroup(
              "Truffle season", List.of("#tartufo", "#autunno", "#foodie", "#italianfood")),
          new HashtagGroup("Weekend brunch", List.of("#brunch", "#domenica", "#colazione")));

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
      Caller owner = registration.onBehalfOf(demo.email()).orElseThrow();
      main = withQueue(owner, main);
      DemoPosts.Brands all =
          new DemoPosts.Brands(main, brand(agency, GELATERIA), brand(agency, YOGA));
      content.ensure(owner, all);
    }
    LOG.info(() -> "Demo data ready: sign in as " + demo.email());
  }

  /** Posting slots and hashtag groups for the main brand, unless it has some already. */
  private Brand withQueue(Caller owner, Brand main) {
    if (!main.postingSlots().isEmpty() || !main.hashtagGroups().isEmpty()) {
      return main;
    }
    return brands.update(
        owner,
        main.id(),
        UpdateBrandRequest.schedule(MAIN_SLOTS, MAIN_HASHTAGS),
        ClientOrigin.server());
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
