package io.autoposter.server.app;

import io.autoposter.model.Brand;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.server.app.DemoPictures.Size;
import io.autoposter.server.app.DemoPictures.Theme;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The demo's posts: a month of work for three brands, placed around the day the demo was first
 * seeded. Days before it are history (PUBLISHED, and one FAILED as the publisher would have failed
 * it), days after it are SCHEDULED at local times in each brand's zone, and a few DRAFTs are still
 * being written. Scheduled posts pass the rules engine: every Instagram one has a picture.
 */
final class DemoPosts {
  /** The node of the seed's clock stamps. */
  static final String SEED_NODE = "demo-seed";

  /** Pictures are drawn and stored by the caller; the catalogue only says which it needs. */
  interface Pictures {
    MediaRef picture(Theme theme, int variant, Size size);
  }

  /** The three demo brands. */
  record Brands(Brand trattoria, Brand gelateria, Brand yoga) {}

  private static final Set<Network> IG = EnumSet.of(Network.INSTAGRAM);
  private static final Set<Network> IG_FB = EnumSet.of(Network.INSTAGRAM, Network.FACEBOOK);
  private static final Set<Network> FB = EnumSet.of(Network.FACEBOOK);
  private static final Set<Network> LI = EnumSet.of(Network.LINKEDIN);
  private static final Set<Network> LI_X = EnumSet.of(Network.LINKEDIN, Network.X);
  private static final Set<Network> X = EnumSet.of(Network.X);
  private static final Set<Network> SANDBOX = EnumSet.of(Network.SANDBOX);

  private final Instant now;
  private final Pictures pictures;
  private final List<Post> posts = new ArrayList<>();
  private final Map<Theme, Integer> nextVariant = new EnumMap<>(Theme.class);
  private int published;

  private DemoPosts(Instant now, Pictures pictures) {
    this.now = now;
    this.pictures = pictures;
  }

  /** Every demo post, in the order they are created; due times are relative to {@code now}. */
  static List<Post> around(Instant now, Brands brands, Pictures pictures) {
    DemoPosts demo = new DemoPosts(now, pictures);
    demo.trattoria(brands.trattoria());
    demo.gelateria(brands.gelateria());
    demo.yoga(brands.yoga());
    return List.copyOf(demo.posts);
  }

  private void trattoria(Brand b) {
    Theme t = Theme.PASTA;
    published(b, -20, "12:00", IG_FB)
        .caption(
            """
            Handmade tagliatelle, rolled at 7 this morning 🍝

            Nonna's recipe: 00 flour, eggs from the farm in Castel Gandolfo, and a lot of patience.
            On the menu until we run out — usually around 9 pm.""")
        .comment("#pasta #roma #tagliatelle #handmade #trattoria #cucinaromana")
        .tags("menu", "pasta")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    published(b, -17, "19:30", SANDBOX)
        .caption("Tonight: cacio e pepe made tableside. Three ingredients, zero shortcuts. 🧀")
        .tags("menu")
        .add();
    published(b, -14, "11:00", FB)
        .caption(
            """
            We're hiring! 👩‍🍳

            Our kitchen team is looking for a line cook for the evening shifts (Tuesday to \
            Saturday). You love Roman classics, you keep your station spotless and you stay calm \
            when table 12 orders six carbonaras at 20:45.

            Send a few lines about yourself to lavoro@trattoriaroma.example — or just drop by \
            after 15:00 and ask for Marco.""")
        .tags("hiring")
        .add();
    published(b, -12, "18:00", IG)
        .caption(
            """
            Sunday lunch, the Roman way: long table, big bowls, nobody in a hurry ☀️

            Swipe for the saltimbocca 👉""")
        .comment("#sundaylunch #roma #saltimbocca #familystyle")
        .tags("weekend")
        .pictures(t, 2, DemoPictures.PORTRAIT)
        .add();
    published(b, -9, "12:30", X)
        .caption("Carbonara rule #1: no cream. Rule #2: see rule #1. 🥚🧀 #carbonara #roma")
        .tags("menu")
        .add();
    published(b, -6, "20:00", IG_FB)
        .caption(
            """
            Tiramisù, made every afternoon at four ☕️

            Mascarpone, savoiardi soaked in espresso from the bar next door, cocoa on top. \
            That's it.""")
        .comment("#tiramisu #dolce #roma #dessert")
        .tags("dessert", "menu")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    published(b, -3, "13:00", SANDBOX)
        .caption("Grazie to the 140 guests who came to our anniversary dinner on Friday! ❤️")
        .tags("events")
        .add();
    failed(
            b,
            -1,
            "18:30",
            IG,
            "Instagram is not connected for this brand — connect it in Accounts.")
        .caption("Artichoke season is here: carciofi alla romana, slow-cooked with mint. 🌿")
        .comment("#carciofi #roma #seasonal")
        .tags("menu", "seasonal")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    // Due within the hour: the publisher publishes it while the user looks around.
    soon(b, SANDBOX)
        .caption("The kitchen opens in an hour — two tables left for tonight. Call 06 555 0199. 📞")
        .tags("bookings")
        .add();
    scheduled(b, 1, "11:30", IG_FB)
        .caption(
            """
            Friday = fish day 🐟

            Baccalà fritto, puntarelle with anchovy dressing and a glass of Frascati. \
            Book a table before noon and the first glass is on us.""")
        .variant(
            Network.FACEBOOK,
            """
            Friday = fish day 🐟 Baccalà fritto, puntarelle with anchovy dressing and a glass \
            of Frascati. Book online: https://trattoriaroma.example/book""")
        .comment("#venerdi #baccala #puntarelle #roma #trattoria")
        .tags("menu", "weekend")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    scheduled(b, 2, "19:00", SANDBOX)
        .caption("Live jazz on the terrace from 21:00, with the Quartetto Trastevere. 🎷")
        .tags("events")
        .add();
    scheduled(b, 4, "12:00", X)
        .caption("Lunch menu today: amatriciana, coda alla vaccinara, puntarelle. €14 with water.")
        .tags("menu")
        .add();
    scheduled(b, 6, "18:30", IG)
        .caption(
            """
            Meet Marco, our head chef for 11 years 👨‍🍳

            He still tastes every sauce before it leaves the pass.""")
        .comment("#team #chef #roma")
        .tags("team")
        .pictures(t, 1, DemoPictures.PORTRAIT)
        .add();
    scheduled(b, 8, "10:00", LI)
        .caption(
            """
            Eleven years ago we opened a 24-seat trattoria in a side street of Trastevere. \
            Today we serve about 300 guests a day, and the thing we are proudest of is not \
            the carbonara.

            It is that nine of our fourteen staff have been with us for more than five years.

            What worked for us: fixed schedules published a month ahead, a shared family meal \
            at 17:00 before every service, and paying for every cook's first trip to the producers \
            we buy from — the cheese makers in Lazio, the oil mill in Sabina.

            We are now looking for a sous-chef who wants to stay. If that is you, or someone you \
            know, write to lavoro@trattoriaroma.example.""")
        .tags("hiring", "team")
        .add();
    scheduled(b, 10, "19:00", FB)
        .caption(
            """
            Wine evening with Cantina Sabina 🍷

            Five wines, five small plates, one winemaker who tells great stories. \
            Thursday at 20:00, €45 per person. Places are limited — reply here or call us.""")
        .tags("events", "wine")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    scheduled(b, 13, "12:00", IG)
        .caption("From the market to the plate in three pictures 🧺🔪🍽️")
        .comment("#mercato #campodefiori #roma #farmtotable")
        .tags("behind the scenes")
        .pictures(t, 3, DemoPictures.SQUARE)
        .add();
    scheduled(b, 16, "18:00", SANDBOX)
        .caption("Closed on Monday for our staff trip to the oil mill. See you on Tuesday! 🫒")
        .tags("opening hours")
        .add();
    scheduled(b, 20, "11:00", IG_FB)
        .caption(
            """
            Supplì, the Roman street food hero 🔥

            Rice, ragù, a heart of mozzarella that stretches like a telephone cord. \
            €3 each at the counter, every day from 11:30.""")
        .comment("#suppli #streetfood #roma")
        .tags("menu")
        .pictures(t, 1, DemoPictures.PORTRAIT)
        .add();
    scheduled(b, 24, "19:30", X)
        .caption("Tables for Saturday are filling up fast. Book now: https://trattoriaroma.example")
        .tags("bookings")
        .add();
    draft(b, null, null, IG)
        .caption("Truffle menu idea — wait for Marco's prices before we announce it 🍄")
        .tags("ideas")
        .add();
    draft(b, 12, "19:00", FB)
        .caption("Wine pairing evening #2 — confirm the date with the winery first.")
        .tags("events")
        .add();
  }

  private void gelateria(Brand b) {
    Theme t = Theme.GELATO;
    published(b, -19, "15:00", IG)
        .caption(
            """
            Opening day! ☀️🍦

            Twenty-four flavours, all churned this morning in the back of the shop. \
            Come say hi on Bedford Avenue.""")
        .comment("#gelato #brooklyn #williamsburg #opening #icecream")
        .tags("launch")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    published(b, -15, "12:00", FB)
        .caption(
            "Our summer hours: 11 am to 11 pm, every day. Yes, even when it rains — gelato is a"
                + " mood, not a forecast. 🌧️🍨")
        .tags("opening hours")
        .add();
    published(b, -11, "16:30", X)
        .caption("Hot take: pistachio gelato should be green-brown, not neon. Ours is. 🟢 #gelato")
        .tags("flavours")
        .add();
    published(b, -8, "14:00", IG_FB)
        .caption(
            """
            Flavour of the week: salted caramel with roasted pecans 🥜

            The caramel is cooked until it almost burns. That's where the flavour is.""")
        .comment("#saltedcaramel #gelato #brooklyn #flavouroftheweek")
        .tags("flavours")
        .pictures(t, 2, DemoPictures.SQUARE)
        .add();
    published(b, -5, "18:00", SANDBOX)
        .caption("Thank you Brooklyn! 1,000 cones in our first two weeks. 🎉")
        .tags("milestones")
        .add();
    published(b, -2, "13:00", IG)
        .caption("Sorbetto al limone, made with Amalfi lemons. Dairy-free, sunshine-full. 🍋")
        .comment("#sorbetto #vegan #dairyfree #gelato")
        .tags("flavours", "vegan")
        .pictures(t, 1, DemoPictures.PORTRAIT)
        .add();
    scheduled(b, 1, "12:00", IG)
        .caption(
            """
            نكهة هذا الأسبوع: فستق حلبي مع ماء الورد 🌹🍦

            نصنعها كل صباح في المحل. تعالوا جرّبوها في بروكلين!""")
        .comment("#gelato #pistachio #brooklyn #arabic")
        .tags("flavours")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    scheduled(b, 2, "15:00", X)
        .caption("Cone or cup? Reply with your answer. Wrong answers only. 🍦🥤")
        .tags("engagement")
        .add();
    scheduled(b, 3, "17:00", SANDBOX)
        .caption("Happy hour, 5–7 pm: second scoop free. Bring a friend (or don't). 😉")
        .tags("offers")
        .add();
    scheduled(b, 5, "11:00", IG_FB)
        .caption(
            """
            How we make stracciatella 🍫

            Fior di latte base, then dark chocolate drizzled in at the very last turn of the \
            machine, so it shatters into thin flakes.""")
        .comment("#stracciatella #gelato #behindthescenes")
        .tags("behind the scenes", "flavours")
        .pictures(t, 3, DemoPictures.SQUARE)
        .add();
    scheduled(b, 7, "13:30", FB)
        .caption(
            """
            We're looking for weekend scoopers! 🍨

            Saturdays and Sundays, 12–8 pm, $20/hour plus tips and all the gelato you can taste \
            responsibly. Apply in store or at https://gelateriasole.example/jobs""")
        .tags("hiring")
        .add();
    scheduled(b, 9, "16:00", IG)
        .caption("Affogato: a scoop of fior di latte drowned in a shot of espresso. ☕️🍦")
        .comment("#affogato #espresso #gelato")
        .tags("menu")
        .pictures(t, 1, DemoPictures.PORTRAIT)
        .add();
    scheduled(b, 11, "12:00", LI)
        .caption(
            """
            Three weeks ago we opened a gelateria in Brooklyn. A few things we learned:

            1. Make less, more often. We churn four times a day; nothing sits in the case \
            for more than six hours.

            2. Price the small cup for the first visit and the large one for the second.

            3. The line outside is the best advertising we have. We stopped pre-scooping to \
            speed it up — people wait, and they post about it.

            If you run a small food business in New York and want to swap notes, my inbox is \
            open.""")
        .tags("founder")
        .add();
    scheduled(b, 14, "14:00", IG_FB)
        .caption("Gelato cakes are back for birthdays 🎂 Order 48 hours ahead.")
        .variant(
            Network.FACEBOOK,
            "Gelato cakes are back for birthdays 🎂 Order 48 hours ahead at"
                + " https://gelateriasole.example/cakes — pick-up in store.")
        .comment("#gelatocake #birthday #brooklyn")
        .tags("offers")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    scheduled(b, 17, "17:30", SANDBOX)
        .caption("Movie night on the sidewalk this Friday: Roman Holiday, 8 pm. Free scoop! 🎬")
        .tags("events")
        .add();
    scheduled(b, 19, "12:00", X)
        .caption("New flavour drops Monday. Hint: it's orange and it's not orange. 🥕 #gelato")
        .tags("flavours")
        .add();
    scheduled(b, 22, "15:00", IG)
        .caption(
            """
            The whole lineup for this weekend 😍

            Which one are you having first?""")
        .comment("#gelato #flavours #weekend #brooklyn #nyc")
        .tags("flavours", "weekend")
        .pictures(t, 2, DemoPictures.PORTRAIT)
        .add();
    scheduled(b, 25, "11:00", FB)
        .caption("Closed Monday for a deep clean of the machines. Back Tuesday, 11 am! 🧽")
        .tags("opening hours")
        .add();
    draft(b, null, null, IG_FB)
        .caption("Collab with the bakery next door? Cannoli + gelato sandwich 🤔")
        .tags("ideas")
        .add();
    draft(b, 8, "18:00", X)
        .caption("Poll: which flavour should we retire this fall? (options TBD)")
        .tags("engagement")
        .add();
  }

  private void yoga(Brand b) {
    Theme t = Theme.YOGA;
    published(b, -18, "07:00", IG)
        .caption(
            """
            Guten Morgen, Berlin 🌅

            Our 7 am flow is back on the rooftop until the end of the season. Mats are on us.""")
        .comment("#yoga #berlin #morningyoga #rooftop #kreuzberg")
        .tags("classes")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    published(b, -16, "17:00", FB)
        .caption(
            """
            Our new studio in Kreuzberg is open! 🎉

            Two rooms, underfloor heating, showers that actually work, and tea after every \
            class. First class free for new students until the end of the month.""")
        .tags("launch")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    published(b, -13, "09:00", LI)
        .caption(
            """
            Why do companies book us for their teams? Not for flexibility.

            In the last year we ran 140 sessions in Berlin offices. When we ask people \
            afterwards what changed, the most common answer is: "I noticed I was holding my \
            breath in meetings."

            Twenty minutes of breathing and easy movement, in work clothes, at a desk. \
            That's the whole programme. It fits between two calls.

            If your team could use it, our calendar for the autumn is open.""")
        .tags("corporate")
        .add();
    published(b, -10, "18:00", SANDBOX)
        .caption("Tonight's Yin class is full — join the waiting list in the app. 🧘")
        .tags("classes")
        .add();
    published(b, -7, "08:00", IG)
        .caption("Five minutes of this every morning. That's the whole secret. 🌿")
        .comment("#breathwork #yoga #selfcare")
        .tags("tips")
        .pictures(t, 1, DemoPictures.PORTRAIT)
        .add();
    published(b, -4, "12:00", X)
        .caption("Reminder: you don't need to touch your toes to start yoga. You need to start. 🙏")
        .tags("tips")
        .add();
    scheduled(b, 1, "07:30", IG)
        .caption(
            """
            Neue Woche, neuer Kurs: Vinyasa für Anfänger*innen, jeden Dienstag um 19 Uhr 🧘‍♀️

            New week, new class: beginners' vinyasa, every Tuesday at 7 pm. In German and \
            English.""")
        .comment("#yogaberlin #vinyasa #anfänger #beginners")
        .tags("classes")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    scheduled(b, 2, "18:00", SANDBOX)
        .caption(
            "Community class on Sunday: pay what you can, all of it goes to the Kältehilfe. 💚")
        .tags("community", "events")
        .add();
    scheduled(b, 3, "09:00", LI_X)
        .caption(
            """
            We are opening applications for our 200-hour teacher training, starting in March.

            It is a part-time programme over six months: two weekends a month plus one evening \
            a week, so you can keep your job while you train. Anatomy with a physiotherapist, \
            philosophy with people who have read the texts, and a lot of supervised teaching \
            from week three on.

            We take twelve people per round. Last year's graduates now teach in nine studios \
            across Berlin and Brandenburg.

            Information evening on the 15th, 19:00, at the studio in Kreuzberg and online.""")
        .variant(
            Network.X,
            "Applications are open for our 200-hour yoga teacher training (part-time, 6 months,"
                + " 12 places). Info evening on the 15th, 7 pm, Kreuzberg + online. 🧘")
        .tags("teacher training")
        .add();
    scheduled(b, 4, "18:30", SANDBOX)
        .caption("Full moon class on Thursday, candles only. Bring a blanket. 🌕")
        .tags("events")
        .add();
    scheduled(b, 6, "08:00", IG)
        .caption("Three poses for people who sit all day 👇 Save this for your next break.")
        .comment("#deskyoga #posture #yogatips #berlin")
        .tags("tips")
        .pictures(t, 3, DemoPictures.PORTRAIT)
        .add();
    scheduled(b, 9, "10:00", LI)
        .caption(
            """
            A small experiment with a client team of 40 software engineers:

            Week 1–2: nothing changed. Week 3–6: a ten-minute guided break at 15:00, \
            camera off, optional.

            Attendance started at 8 people and ended at 31. Nobody was asked to come.

            The team lead's summary: "The afternoon stand-up got shorter." We'll take it.""")
        .tags("corporate")
        .add();
    scheduled(b, 12, "07:00", IG_FB)
        .caption(
            """
            Sunrise session at Tempelhofer Feld ☀️

            Sunday, 6:45 am, by the old runway. Free, all levels, bring water.""")
        .comment("#tempelhof #sunriseyoga #berlin #outdooryoga")
        .tags("events")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    scheduled(b, 15, "19:00", SANDBOX)
        .caption("New: 30-minute lunch flow, Mon/Wed/Fri at 12:30. Back at your desk by 13:05. ⏱️")
        .tags("classes")
        .add();
    scheduled(b, 18, "12:00", X)
        .caption("Breathe in for 4, hold for 4, out for 6. Repeat five times. You're welcome. 🌬️")
        .tags("tips")
        .add();
    scheduled(b, 21, "08:30", IG)
        .caption("Meet Lena, who teaches our Yin classes on Wednesdays 🌙")
        .comment("#yinyoga #teacher #berlin")
        .tags("team")
        .pictures(t, 1, DemoPictures.PORTRAIT)
        .add();
    scheduled(b, 23, "18:00", FB)
        .caption(
            """
            Gift cards for the holidays 🎁

            10-class passes at 20% off until the end of the month, in the studio or online.""")
        .tags("offers")
        .pictures(t, 1, DemoPictures.SQUARE)
        .add();
    draft(b, null, null, LI)
        .caption("Case study with the insurance client — waiting for their OK to name them.")
        .tags("corporate")
        .add();
    draft(b, 10, "20:00", IG)
        .caption("Retreat in Brandenburg next spring? Poll the newsletter first 🌲")
        .tags("ideas")
        .add();
  }

  private Plan published(Brand brand, int day, String time, Set<Network> networks) {
    return new Plan(brand, at(brand, day, time), networks, PostStatus.PUBLISHED);
  }

  private Plan failed(Brand brand, int day, String time, Set<Network> networks, String outcome) {
    Plan plan = new Plan(brand, at(brand, day, time), networks, PostStatus.FAILED);
    plan.outcome = outcome;
    return plan;
  }

  private Plan scheduled(Brand brand, int day, String time, Set<Network> networks) {
    return new Plan(brand, at(brand, day, time), networks, PostStatus.SCHEDULED);
  }

  /** Due at the next full quarter hour at least 45 minutes from now. */
  private Plan soon(Brand brand, Set<Network> networks) {
    Instant due = now.plus(Duration.ofMinutes(45 + 14)).truncatedTo(ChronoUnit.MINUTES);
    long minute = due.getEpochSecond() / 60 % 15;
    due = due.minus(Duration.ofMinutes(minute));
    return new Plan(brand, due, networks, PostStatus.SCHEDULED);
  }

  /** A draft; {@code day} and {@code time} null for one that has no date yet. */
  private Plan draft(Brand brand, Integer day, String time, Set<Network> networks) {
    Instant due = day == null ? null : at(brand, day, time);
    return new Plan(brand, due, networks, PostStatus.DRAFT);
  }

  /** {@code time} on the day {@code day} days from today, both in the brand's zone. */
  private Instant at(Brand brand, int day, String time) {
    LocalDate today = LocalDate.ofInstant(now, brand.zone());
    return today.plusDays(day).atTime(LocalTime.parse(time)).atZone(brand.zone()).toInstant();
  }

  /** The outcome the publisher writes for a post published on every one of its networks. */
  private String publishedOutcome(Set<Network> networks) {
    List<String> parts = new ArrayList<>();
    for (Network network : networks) {
      published++;
      parts.add(
          network == Network.SANDBOX
              ? "Published to sandbox as sbx-demo-" + published + "."
              : "Published to %s as %s-demo-%d."
                  .formatted(
                      network.displayName(), network.name().toLowerCase(Locale.ROOT), published));
    }
    return String.join(" ", parts);
  }

  /** One post being described; {@link #add} builds it. */
  private final class Plan {
    private final Brand brand;
    private final Instant due;
    private final Set<Network> networks;
    private final PostStatus status;
    private String caption = "";
    private String comment = "";
    private final Map<Network, String> variants = new EnumMap<>(Network.class);
    private Set<String> tags = Set.of();
    private final List<MediaRef> media = new ArrayList<>();
    private String outcome = "";

    private Plan(Brand brand, Instant due, Set<Network> networks, PostStatus status) {
      this.brand = brand;
      this.due = due;
      this.networks = networks;
      this.status = status;
    }

    Plan caption(String text) {
      caption = text.strip();
      return this;
    }

    Plan comment(String text) {
      comment = text;
      return this;
    }

    Plan variant(Network network, String text) {
      variants.put(network, text.strip());
      return this;
    }

    Plan tags(String... names) {
      tags = Set.of(names);
      return this;
    }

    /** {@code count} new pictures of the theme (more than one makes a carousel). */
    Plan pictures(Theme theme, int count, Size size) {
      for (int i = 0; i < count; i++) {
        int variant = nextVariant.merge(theme, 1, Integer::sum);
        media.add(pictures.picture(theme, variant, size));
      }
      return this;
    }

    void add() {
      String finalOutcome = status == PostStatus.PUBLISHED ? publishedOutcome(networks) : outcome;
      posts.add(
          new Post(
              PostId.random(),
              brand.id(),
              caption,
              comment,
              variants,
              networks,
              Set.of(),
              media,
              tags,
              due,
              brand.zone(),
              status,
              finalOutcome));
    }
  }
}
