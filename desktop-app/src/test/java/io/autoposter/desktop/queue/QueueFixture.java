package io.autoposter.desktop.queue;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PullResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Realistic content for the queue and CSV import tests and screenshots: four brands in four time
 * zones and 60 posts across December 2026 (plus November's history) with long captions, emoji and
 * one right-to-left caption, put into a {@link LocalStore} as the server would send them.
 */
public final class QueueFixture {

  /** "Now" for every test: Tuesday 1 December 2026, 09:00 in Rome. */
  public static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  public static final Brand ROMA =
      new Brand(
          BrandId.parse("11111111-0000-0000-0000-000000000001"),
          "Trattoria Roma",
          ZoneId.of("Europe/Rome"),
          "#B91C1C");
  public static final Brand NORDLICHT =
      new Brand(
          BrandId.parse("11111111-0000-0000-0000-000000000002"),
          "Nordlicht Bäckerei",
          ZoneId.of("Europe/Berlin"),
          "#2563EB");
  public static final Brand BIKES =
      new Brand(
          BrandId.parse("11111111-0000-0000-0000-000000000003"),
          "Brooklyn Bikes Co.",
          ZoneId.of("America/New_York"),
          "#059669");
  public static final Brand LISBOA =
      new Brand(
          BrandId.parse("11111111-0000-0000-0000-000000000004"),
          "Café Olé — Lisboa",
          ZoneId.of("Europe/Lisbon"),
          "#D97706");

  public static final List<Brand> BRANDS = List.of(ROMA, NORDLICHT, BIKES, LISBOA);

  static final String RTL_CAPTION =
      "عرض خاص: بيتزا مارغريتا بنصف السعر كل ثلاثاء! احجز طاولتك الآن 🍕";

  private static final Map<Brand, List<String>> CAPTIONS =
      Map.of(
          ROMA,
          List.of(
              "Our winter menu is here! Slow-cooked ragù, hand-rolled pappardelle and a pumpkin"
                  + " risotto that tastes like Sunday at nonna's. Book your table for the launch"
                  + " weekend — the first 50 guests get a free glass of Chianti 🍷 #TrattoriaRoma",
              "Buongiorno! Fresh cornetti are out of the oven ☕🥐",
              "Live music this Friday with Trio Bellini. Doors at 19:00 🎻",
              "Wine tasting with our sommelier: six Tuscan reds, one long table.",
              RTL_CAPTION,
              "Christmas Eve menu — seven fishes, as tradition wants 🐟🎄"),
          NORDLICHT,
          List.of(
              "Frisch aus dem Ofen: Zimtschnecken mit Kardamom 🌀 Nur solange der Vorrat reicht!",
              "Stollen season is open 🎄 Butter, rum-soaked raisins, marzipan — order yours for"
                  + " the holidays at any of our six Hamburg shops or online with free delivery"
                  + " over 30 €.",
              "Sauerteig-Workshop am Samstag: 8 Plätze, 3 Stunden, 1 Brot zum Mitnehmen 🍞",
              "Wir suchen Verstärkung! Bäcker:in (m/w/d) für die Frühschicht in Altona."),
          BIKES,
          List.of(
              "Winter tune-up special: $49 through December 🚲❄️ Chains, brakes, gears.",
              "Group ride Sunday 8am from Grand Army Plaza — all levels welcome, coffee after ☕",
              "New e-cargo bikes just landed. Test ride one this weekend and see why half of Park"
                  + " Slope does the school run on two wheels now. Financing available, trade-ins"
                  + " welcome, and every bike comes with a free first-year service plan 🔧",
              "Holiday hours: closed Dec 25 and Jan 1. Happy riding! 🎉"),
          LISBOA,
          List.of(
              "Pastéis de nata quentinhos a sair agora! 🥧 Come early, they go fast.",
              "Jazz brunch every Sunday in December 🎷 Reservations recommended.",
              "Our new single-origin from São Tomé has notes of cacao and red fruit ☕",
              "Fado night on the terrace — blankets provided, port wine included 🍷"));

  private static final List<Set<String>> TAGS =
      List.of(
          Set.of("winter menu", "launch"),
          Set.of(),
          Set.of("events"),
          Set.of("promo", "weekend"),
          Set.of(),
          Set.of("holidays"));

  private static final List<Set<Network>> NETWORKS =
      List.of(
          EnumSet.of(Network.INSTAGRAM, Network.FACEBOOK),
          EnumSet.of(Network.X),
          EnumSet.of(Network.LINKEDIN, Network.FACEBOOK),
          EnumSet.of(Network.INSTAGRAM),
          EnumSet.of(Network.FACEBOOK, Network.INSTAGRAM, Network.X, Network.LINKEDIN),
          EnumSet.of(Network.SANDBOX));

  private QueueFixture() {}

  /** The 60 posts: 40 in December's queue, 8 drafts, 12 in November's history. */
  public static List<Post> posts() {
    Random random = new Random(42);
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Brand brand = BRANDS.get(i % BRANDS.size());
      List<String> captions = CAPTIONS.get(brand);
      String caption = captions.get((i / BRANDS.size()) % captions.size());
      PostStatus status;
      LocalDateTime due;
      if (i < 40) {
        status =
            i == 7
                ? PostStatus.NEEDS_ATTENTION
                : i == 13 ? PostStatus.FAILED : PostStatus.SCHEDULED;
        due = LocalDateTime.of(2026, 12, 1 + (i * 30 / 40), 8 + random.nextInt(11), 15 * (i % 4));
      } else if (i < 48) {
        status = PostStatus.DRAFT;
        due = i % 2 == 0 ? null : LocalDateTime.of(2026, 12, 20 + (i - 40), 10, 0);
      } else {
        status =
            i == 50 ? PostStatus.FAILED : i == 53 ? PostStatus.CANCELLED : PostStatus.PUBLISHED;
        due = LocalDateTime.of(2026, 11, 2 + (i - 48) * 2, 9 + random.nextInt(9), 30);
      }
      Set<Network> networks = NETWORKS.get(i % NETWORKS.size());
      posts.add(
          new Post(
              new PostId(new UUID(0x5150L, i + 1)),
              brand.id(),
              caption,
              i % 3 == 0 ? "Link in bio — see you soon!" : "",
              Map.of(),
              networks,
              Set.of(),
              List.of(),
              TAGS.get(i % TAGS.size()),
              due == null ? null : due.atZone(brand.zone()).toInstant(),
              brand.zone(),
              status,
              status == PostStatus.FAILED
                  ? "The page token expired; reconnect the account."
                  : status == PostStatus.PUBLISHED ? "sandbox-post-" + (1000 + i) : ""));
    }
    return posts;
  }

  /** Puts the brands and {@code posts} into {@code store} as one server page. */
  public static void fill(LocalStore store, List<Brand> brands, List<Post> posts) {
    HybridTimestamp stamp = new HybridTimestamp(NOW.toEpochMilli(), 0, "server");
    List<Change> changes = new ArrayList<>();
    long version = 0;
    for (Brand brand : brands) {
      changes.add(new BrandChanged(++version, brand));
    }
    for (Post post : posts) {
      changes.add(new PostChanged(++version, post, stamp));
    }
    store.applyPage(new PullResponse(changes, version, false, 0, version));
  }

  /** The four brands and the 60 posts. */
  public static void fill(LocalStore store) {
    fill(store, BRANDS, posts());
  }
}
