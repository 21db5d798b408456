package io.autoposter.server.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CrashPointsTest {
  @Test
  void parsesPointsWithTheirOddsAndNothingWhenBlank() {
    CrashPoints points = CrashPoints.parse(" after-claim:0.01, AFTER_SEND:1 ");

    assertThat(points.armed()).isTrue();
    assertThat(points).hasToString("{AFTER_CLAIM=0.01, AFTER_SEND=1.0}");
    assertThat(CrashPoints.parse("").armed()).isFalse();
    assertThat(CrashPoints.parse(null)).isSameAs(CrashPoints.NONE);
    // Odds of 0 never halt: the test process is still here.
    CrashPoints.parse("after-attempt:0").at(CrashPoints.Point.AFTER_ATTEMPT);
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThatThrownBy(() -> CrashPoints.parse("after-claim"))
        .hasMessageContaining("write point:odds");
    assertThatThrownBy(() -> CrashPoints.parse("after-claim:2"))
        .hasMessageContaining("from 0 to 1");
    assertThatThrownBy(() -> CrashPoints.parse("before-lunch:0.1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
