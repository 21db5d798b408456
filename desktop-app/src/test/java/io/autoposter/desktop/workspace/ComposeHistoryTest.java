package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ComposeHistoryTest {
  private static final Instant T0 = Instant.parse("2026-01-10T12:00:00Z");

  private final ComposeHistory<String> history = new ComposeHistory<>(3, Duration.ofSeconds(1), "");

  @Test
  void typingInOneFieldWithinABurstIsOneStep() {
    history.record("T", "caption", T0);
    history.record("Tr", "caption", T0.plusMillis(300));
    history.record("Tru", "caption", T0.plusMillis(900));

    assertThat(history.undo()).contains("");
    assertThat(history.canUndo()).isFalse();
  }

  @Test
  void aPauseLongerThanTheBurstStartsANewStep() {
    history.record("Truffle", "caption", T0);
    history.record("Truffle risotto", "caption", T0.plusSeconds(5));

    assertThat(history.undo()).contains("Truffle");
    assertThat(history.undo()).contains("");
  }

  @Test
  void anotherFieldOrAChangeWithoutAFieldIsAStepOfItsOwn() {
    history.record("a", "caption", T0);
    history.record("a+comment", "firstComment", T0);
    history.record("a+comment+X", null, T0);
    history.record("a+comment+X+Y", null, T0);

    assertThat(history.undo()).contains("a+comment+X");
    assertThat(history.undo()).contains("a+comment");
  }

  @Test
  void redoGivesBackWhatUndoTookUntilSomethingNewIsDone() {
    history.record("one", null, T0);
    history.record("two", null, T0);
    history.undo();

    assertThat(history.redo()).contains("two");
    history.undo();
    history.record("other", null, T0);

    assertThat(history.canRedo()).isFalse();
    assertThat(history.redo()).isEmpty();
  }

  @Test
  void typingAfterAnUndoDoesNotMergeIntoTheRestoredStep() {
    history.record("Hello", "caption", T0);
    history.undo();
    history.record("H", "caption", T0.plusMillis(10));

    assertThat(history.undo()).contains("");
  }

  @Test
  void theHistoryKeepsOnlyTheNewestSteps() {
    for (int i = 1; i <= 5; i++) {
      history.record("state " + i, null, T0);
    }

    assertThat(history.undo()).contains("state 4");
    assertThat(history.undo()).contains("state 3");
    assertThat(history.undo()).contains("state 2");
    assertThat(history.undo()).isEmpty();
    assertThat(history.current()).isEqualTo("state 2");
  }

  @Test
  void recordingTheSameStateIsNoStep() {
    history.record("", "caption", T0);

    assertThat(history.canUndo()).isFalse();
  }

  @Test
  void breakingTheBurstMakesTheNextKeystrokeANewStep() {
    history.record("Truffle", "caption", T0);
    history.breakBurst();
    history.record("Truffle!", "caption", T0.plusMillis(10));

    assertThat(history.undo()).contains("Truffle");
  }

  @Test
  void replacingTheCurrentStateKeepsEarlierStepsReachable() {
    history.record("mine", null, T0);
    history.replaceCurrent("mine, as the server has it");

    assertThat(history.undo()).contains("");
    assertThat(history.redo()).contains("mine, as the server has it");
  }

  @Test
  void resetForgetsEveryStep() {
    history.record("one", null, T0);
    history.reset("loaded");

    assertThat(history.canUndo()).isFalse();
    assertThat(history.canRedo()).isFalse();
    assertThat(history.current()).isEqualTo("loaded");
  }
}
