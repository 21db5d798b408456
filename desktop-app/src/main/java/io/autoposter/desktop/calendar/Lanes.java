package io.autoposter.desktop.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Side-by-side places for a day's posts on the time grid: posts whose blocks overlap share the
 * column's width. A crowd beyond {@code maxLanes} becomes one "+N more" block, so that a day with a
 * hundred posts still draws a handful of nodes.
 */
final class Lanes {

  /**
   * A block from {@code start} to {@code end} (minutes after midnight on the wall clock) in lane
   * {@code lane} of {@code lanes}; {@code item} is null for the "+{@code more}" block.
   */
  record Placed(CalendarItem item, int start, int end, int lane, int lanes, int more) {}

  private Lanes() {}

  /**
   * Places {@code items}: posts less than {@code span} minutes apart share the width; a block is
   * {@code span} tall, or up to twice that when the next post leaves room.
   */
  static List<Placed> place(List<CalendarItem> items, int span, int maxLanes) {
    List<CalendarItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt(Lanes::minute));
    List<Placed> placed = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int end = minute(sorted.get(i)) + span;
      int j = i + 1;
      while (j < sorted.size() && minute(sorted.get(j)) < end) {
        end = Math.max(end, minute(sorted.get(j)) + span);
        j++;
      }
      cluster(sorted.subList(i, j), span, maxLanes, placed);
      i = j;
    }
    List<Placed> sized = new ArrayList<>(placed.size());
    for (Placed p : placed) {
      int next =
          placed.stream().mapToInt(Placed::start).filter(s -> s > p.start()).min().orElse(24 * 60);
      int end = Math.min(24 * 60, Math.max(p.start() + span, Math.min(p.start() + 2 * span, next)));
      sized.add(new Placed(p.item(), p.start(), end, p.lane(), p.lanes(), p.more()));
    }
    return sized;
  }

  private static void cluster(
      List<CalendarItem> cluster, int span, int maxLanes, List<Placed> placed) {
    List<Integer> laneEnds = new ArrayList<>();
    int[] laneOf = new int[cluster.size()];
    for (int k = 0; k < cluster.size(); k++) {
      int start = minute(cluster.get(k));
      int lane = 0;
      while (lane < laneEnds.size() && laneEnds.get(lane) > start) {
        lane++;
      }
      if (lane == laneEnds.size()) {
        laneEnds.add(0);
      }
      laneEnds.set(lane, start + span);
      laneOf[k] = lane;
    }
    int lanes = Math.min(laneEnds.size(), maxLanes);
    boolean crowded = laneEnds.size() > maxLanes;
    int more = 0;
    int moreStart = -1;
    for (int k = 0; k < cluster.size(); k++) {
      if (crowded && laneOf[k] >= maxLanes - 1) {
        more++;
        moreStart = moreStart < 0 ? minute(cluster.get(k)) : moreStart;
      } else {
        placed.add(new Placed(cluster.get(k), minute(cluster.get(k)), 0, laneOf[k], lanes, 0));
      }
    }
    if (more > 0) {
      placed.add(new Placed(null, moreStart, 0, maxLanes - 1, lanes, more));
    }
  }

  /** One block per hour that has posts, counting them: for a day too crowded for chips. */
  static List<Placed> byHour(List<CalendarItem> items) {
    int[] perHour = new int[24];
    items.forEach(item -> perHour[item.wallTime().getHour()]++);
    List<Placed> placed = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      if (perHour[h] > 0) {
        placed.add(new Placed(null, h * 60, h * 60 + 30, 0, 1, perHour[h]));
      }
    }
    return placed;
  }

  static int minute(CalendarItem item) {
    return item.wallTime().getHour() * 60 + item.wallTime().getMinute();
  }
}
