package io.autoposter.desktop.calendar;

import io.autoposter.desktop.queue.QueueFixture;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The queue fixture (four brands, 60 posts in December 2026) plus a busy restaurant's calendar:
 * Trattoria Roma posts two to five times a day through November and December, with long captions,
 * emoji, drafts and a failure; and the bakery's night shift on Berlin's 25-hour day.
 */
final class CalendarFixture {

  static final Brand ROMA = QueueFixture.ROMA;
  static final Brand NORDLICHT = QueueFixture.NORDLICHT;

  private static final List<String> CAPTIONS =
      List.of(
          "Buongiorno! Cornetti alla crema fresh out of the oven ☕🥐",
          "Today's lunch special: cacio e pepe with 36-month pecorino, a green salad and a glass"
              + " of Frascati for 14 €. Only until 15:00, only while the pasta lasts 🍝",
          "Aperitivo hour 🍹 Negroni sbagliato and warm focaccia on the terrace heaters.",
          "Tonight: live music with Trio Bellini from 20:00 🎻 A few tables left — call us!",
          "Behind the scenes: Chef Lucia rolling pappardelle by hand for the winter menu. Swipe"
              + " to see the ragù that simmered for nine hours 🔥 #TrattoriaRoma #pastafresca",
          "Christmas menu bookings are open 🎄 Seven fishes on the 24th, as tradition wants.",
          "Grazie for 10,000 followers! 🎉 Tag a friend you'd bring for dinner.");

  private static final List<Set<Network>> NETWORKS =
      List.of(
          EnumSet.of(Network.INSTAGRAM, Network.FACEBOOK),
          EnumSet.of(Network.X),
          EnumSet.of(Network.INSTAGRAM),
          EnumSet.of(Network.FACEBOOK, Network.LINKEDIN),
          EnumSet.of(Network.INSTAGRAM, Network.FACEBOOK, Network.X, Network.LINKEDIN));

  private static final int[][] TIMES = {{8, 0}, {12, 15}, {12, 30}, {17, 45}, {20, 0}};

  private CalendarFixture() {}

  static void fill(LocalStore store) {
    List<Post> posts = new ArrayList<>(QueueFixture.posts());
    posts.addAll(roma());
    posts.addAll(bakeryNightShift());
    QueueFixture.fill(store, QueueFixture.BRANDS, posts);
  }

  private static List<Post> roma() {
    List<Post> posts = new ArrayList<>();
    int n = 0;
    for (LocalDate day = LocalDate.of(2026, 11, 23);
        day.isBefore(LocalDate.of(2027, 1, 1));
        day = day.plusDays(1)) {
      int count = 2 + (day.getDayOfMonth() * 7 + day.getMonthValue()) % 4;
      for (int k = 0; k < count; k++) {
        int[] time = TIMES[(k + day.getDayOfMonth()) % TIMES.length];
        LocalDateTime due = LocalDateTime.of(day, LocalTime.of(time[0], time[1]));
        boolean past = due.isBefore(LocalDateTime.of(2026, 12, 1, 9, 0));
        PostStatus status =
            past
                ? (n % 17 == 5 ? PostStatus.FAILED : PostStatus.PUBLISHED)
                : n % 11 == 3
                    ? PostStatus.DRAFT
                    : n % 23 == 7 ? PostStatus.NEEDS_ATTENTION : PostStatus.SCHEDULED;
        posts.add(
            post(
                ROMA,
                n,
                CAPTIONS.get(n % CAPTIONS.size()),
                NETWORKS.get(n % NETWORKS.size()),
                due,
                status));
        n++;
      }
    }
    return posts;
  }

  private static List<Post> bakeryNightShift() {
    LocalDate day = LocalDate.of(2026, 10, 25);
    return List.of(
        post(
            NORDLICHT,
            900,
            "Die Nachtschicht backt: Ofen an 🔥",
            EnumSet.of(Network.X),
            LocalDateTime.of(day, LocalTime.of(2, 30)),
            PostStatus.PUBLISHED),
        // The second 02:30 of the night, an hour after the first (CET, after the change).
        new Post(
            new PostId(new UUID(0xCA1L, 903)),
            NORDLICHT.id(),
            "Zweite Runde nach der Zeitumstellung: eine Stunde mehr für den Teig ⏰",
            Set.of(Network.INSTAGRAM),
            Instant.parse("2026-10-25T01:30:00Z"),
            NORDLICHT.zone(),
            PostStatus.PUBLISHED,
            ""),
        post(
            NORDLICHT,
            901,
            "Brötchen für den Sonntag 🥨 ab 7 Uhr in allen Filialen",
            EnumSet.of(Network.INSTAGRAM, Network.FACEBOOK),
            LocalDateTime.of(day, LocalTime.of(7, 0)),
            PostStatus.PUBLISHED),
        post(
            NORDLICHT,
            902,
            "Zimtschnecken-Sonntag: 2 für 1 bis Mittag 🌀",
            EnumSet.of(Network.INSTAGRAM),
            LocalDateTime.of(day.minusDays(3), LocalTime.of(9, 0)),
            PostStatus.PUBLISHED));
  }

  private static Post post(
      Brand brand,
      int n,
      String caption,
      Set<Network> networks,
      LocalDateTime due,
      PostStatus status) {
    return new Post(
        new PostId(new UUID(0xCA1L, n)),
        brand.id(),
        caption,
        "",
        Map.of(),
        networks,
        Set.of(),
        List.of(),
        Set.of(),
        due.atZone(brand.zone()).toInstant(),
        brand.zone(),
        status,
        status == PostStatus.FAILED ? "The page token expired; reconnect the account." : "");
  }
}
