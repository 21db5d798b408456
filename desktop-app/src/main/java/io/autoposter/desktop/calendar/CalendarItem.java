package io.autoposter.desktop.calendar;

import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.util.Set;

/** One post on a day of the calendar: its time in the brand's zone and a line of its caption. */
public record CalendarItem(
    PostId id,
    String time,
    String snippet,
    Set<Network> networks,
    PostStatus status,
    boolean movable) {}
