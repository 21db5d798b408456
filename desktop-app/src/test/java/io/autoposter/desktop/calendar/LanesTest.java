package io.autoposter.desktop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

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
        "",
        Set.of(Network.X),
        PostStatus.SCHEDULED,
        true);
  }

  @Test
  void postsThatOverlapShareTheWidthAndOthersTakeItAll() {
    List<Lanes.Placed> placed = Lanes.place(List.of(at(9, 0), at(9, 15), at(11, 0)), 30, 3);

    assertThat(placed)
        .extracting(Lanes.Placed::start, Lanes.Placed::lane, Lanes.Placed::lanes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(540, 0, 2),
            org.assertj.core.groups.Tuple.tuple(555, 1, 2),
            org.assertj.core.groups.Tuple.tuple(660, 0, 1));
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
}
