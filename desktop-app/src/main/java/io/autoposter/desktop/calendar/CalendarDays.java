package io.autoposter.desktop.calendar;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.ui.Snippets;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.quota.PostingQuota;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Sorts a page's posts into its days on the brand's clock and counts each day's quota. */
final class CalendarDays {

  private CalendarDays() {}

  /** The page's days with their posts. */
  static List<DayCell> build(
      CalendarPage page, List<LocalPost> posts, ZoneId zone, LocalDate today) {
    Map<LocalDate, List<CalendarItem>> byDay = new HashMap<>();
    for (LocalPost local : posts) {
      Post post = local.post();
      ZonedDateTime due = post.dueAt().atZone(zone);
      byDay
          .computeIfAbsent(due.toLocalDate(), d -> new ArrayList<>())
          .add(
              new CalendarItem(
                  post.id(),
                  due.toLocalTime(),
                  Moves.chipTime(due),
                  post.caption(),
                  post.networks(),
                  post.status(),
                  !post.status().isReadOnly()));
    }
    List<DayCell> cells = new ArrayList<>(page.days());
    for (int i = 0; i < page.days(); i++) {
      LocalDate date = page.first().plusDays(i);
      List<CalendarItem> items = byDay.getOrDefault(date, List.of());
      Usage usage = usage(items);
      cells.add(
          new DayCell(
              date,
              page.inFocus(date),
              date.equals(today),
              List.copyOf(items),
              usage.label(),
              usage.over(),
              ClockChange.on(date, zone)));
    }
    return cells;
  }

  /** A day's use of the posting quotas: "IG 3/100 · X 2/100", over when one is exceeded. */
  private record Usage(String label, boolean over) {}

  /**
   * The day's planned posts (drafts and cancelled ones left out) on each network with a posting
   * quota (Instagram, X; PostingQuota, ADR 0016), against its documented limit per 24 hours.
   */
  private static Usage usage(List<CalendarItem> items) {
    List<String> parts = new ArrayList<>();
    boolean over = false;
    for (Network network : List.of(Network.INSTAGRAM, Network.X)) {
      PostingQuota quota = PostingQuota.defaultFor(network).orElseThrow();
      long used =
          items.stream()
              .filter(item -> item.networks().contains(network))
              .filter(item -> item.status() != PostStatus.DRAFT)
              .filter(item -> item.status() != PostStatus.CANCELLED)
              .count();
      if (used > 0) {
        parts.add((network == Network.INSTAGRAM ? "IG " : "X ") + used + "/" + quota.limit());
        over |= used > quota.limit();
      }
    }
    return new Usage(String.join(" · ", parts), over);
  }

  /**
   * A chip's tooltip: "Scheduled · Instagram, X", the time on the person's clock ({@code userZone})
   * if it differs, more of the caption. Made when the pointer reaches the chip, not for every post.
   */
  static String details(Post post, ZoneId zone, ZoneId userZone) {
    ZonedDateTime due = post.dueAt().atZone(zone);
    String networks =
        post.networks().stream()
            .map(Network::displayName)
            .sorted()
            .collect(Collectors.joining(", "));
    StringBuilder text =
        new StringBuilder(statusName(post.status())).append(" · ").append(networks);
    text.append('\n').append(Moves.chipTime(due)).append(" in ").append(Moves.city(due.getZone()));
    ZonedDateTime mine = due.withZoneSameInstant(userZone);
    if (!mine.getOffset().equals(due.getOffset())) {
      text.append(" · ")
          .append(Moves.DAY.format(mine))
          .append(", ")
          .append(Moves.TIME.format(mine))
          .append(" your time (")
          .append(Moves.city(userZone))
          .append(')');
    }
    return text.append('\n').append(Snippets.of(post.caption(), 240)).toString();
  }

  static String statusName(PostStatus status) {
    String name = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
