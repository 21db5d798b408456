package io.autoposter.server.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The publishing state machine as a graph: what may follow what, and that nothing is a trap. */
class TargetStateProperties {

  @Property
  void requireAllowsExactlyTheListedMoves(@ForAll TargetState from, @ForAll TargetState to) {
    assertThat(from.canMoveTo(to)).isEqualTo(from.next().contains(to));
    if (from.canMoveTo(to)) {
      assertThat(from.require(to)).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> from.require(to)).isInstanceOf(IllegalStateException.class);
    }
  }

  /** Random walks through allowed moves keep the promises the engine is built on. */
  @Property(tries = 500)
  void walksKeepTheExactlyOncePromises(@ForAll("walks") List<TargetState> walk) {
    for (int i = 1; i < walk.size(); i++) {
      TargetState before = walk.get(i - 1);
      TargetState after = walk.get(i);
      assertThat(before.canMoveTo(after)).isTrue();
      if (after == TargetState.CALLING) {
        assertThat(before).as("only a fenced claim calls").isEqualTo(TargetState.CLAIMED);
      }
      if (before == TargetState.UNKNOWN) {
        assertThat(after)
            .as("an unknown outcome is never retried blindly")
            .isIn(TargetState.RECONCILING, TargetState.NEEDS_ATTENTION);
      }
      assertThat(before).as("nothing follows PUBLISHED").isNotEqualTo(TargetState.PUBLISHED);
    }
  }

  @Property
  void fromEveryStateAPersonOrTheEngineCanFinish(@ForAll TargetState start) {
    Set<TargetState> reachable = reachableFrom(start);
    if (start != TargetState.PUBLISHED) {
      assertThat(reachable).contains(TargetState.PUBLISHED);
    }
    assertThat(reachable).anyMatch(TargetState::isSettled);
  }

  @Property
  void leasedStatesAreExactlyTheOnesAWorkerHolds(@ForAll TargetState state) {
    assertThat(state.isLeased())
        .isEqualTo(
            EnumSet.of(TargetState.CLAIMED, TargetState.CALLING, TargetState.RECONCILING)
                .contains(state));
    assertThat(state.isLeased() && state.isSettled()).isFalse();
  }

  @Example
  void publishedIsTheOnlyEnd() {
    assertThat(EnumSet.allOf(TargetState.class))
        .filteredOn(s -> s.next().isEmpty())
        .containsExactly(TargetState.PUBLISHED);
  }

  @Provide
  Arbitrary<List<TargetState>> walks() {
    return Arbitraries.integers()
        .between(0, 1_000)
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .map(
            choices -> {
              List<TargetState> walk = new ArrayList<>(List.of(TargetState.SCHEDULED));
              for (int choice : choices) {
                List<TargetState> next = List.copyOf(walk.getLast().next());
                if (next.isEmpty()) {
                  break;
                }
                walk.add(next.get(choice % next.size()));
              }
              return walk;
            });
  }

  private static Set<TargetState> reachableFrom(TargetState start) {
    Set<TargetState> seen = EnumSet.of(start);
    Queue<TargetState> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (TargetState next : queue.remove().next()) {
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return seen;
  }
}
