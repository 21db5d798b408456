package io.autoposter.desktop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the week and day views put overlapping posts. */
class LanesTest {

  private static CalendarItem at(int hour, int minute) {
    return new CalendarItem(
        PostId.random(),
        LocalTime.of(hour, minute),
        "%02d:%02d".formatted(hour, minute),
        "caption",
        Set.of(Network.X),
        PostStatus.SCHEDULED,
        true);
  }

  @Test
  void postsCloserThanTheSpanShareTheWidthAndOthersTakeItAll() {
    List<Lanes.Placed> placed =
        Lanes.place(List.of(at(9, 0), at(9, 10), at(9, 30), at(11, 0)), 15, 3);

    assertThat(placed)
        .extracting(Lanes.Placed::start, Lanes.Placed::end, Lanes.Placed::lane, Lanes.Placed::lanes)
        .containsExactly(
            tuple(540, 555, 0, 2),
            tuple(550, 570, 1, 2),
            tuple(570, 600, 0, 1),
            tuple(660, 690, 0, 1));
  }

  @Test
  void aCrowdBeyondTheLanesBecomesOneMoreBlock() {
    List<CalendarItem> crowd = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      crowd.add(at(10, 0));
    }
    List<Lanes.Placed> placed = Lanes.place(crowd, 15, 3);

    assertThat(placed).hasSize(3);
    assertThat(placed.getLast().item()).isNull();
    assertThat(placed.getLast().more()).isEqualTo(38);
    assertThat(placed.getLast().lane()).isEqualTo(2);
  }

  @Test
  void aDayTooCrowdedForChipsCountsItsPostsByHour() {
    List<CalendarItem> day = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      day.add(at(9, i));
    }
    day.add(at(14, 45));

    assertThat(Lanes.byHour(day))
        .extracting(Lanes.Placed::start, Lanes.Placed::more)
        .containsExactly(tuple(540, 30), tuple(840, 1));
  }
}
