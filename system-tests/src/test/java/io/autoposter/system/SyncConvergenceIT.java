package io.autoposter.system;

import io.autoposter.model.sync.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Three laptops — each the real desktop store and sync engine on its own H2 file — edit the same
 * agency against the real server, going offline, losing answers and crashing on the way. After
 * everyone syncs: every replica equals the server, no mutation is lost or applied twice, and every
 * concurrent text edit became a conflict.
 *
 * <p>200 scenarios in {@code verify} ({@code jqwik.tries.default} in junit-platform.properties);
 * more with {@code ./mvnw -pl system-tests -am verify -Dit.test=SyncConvergenceIT
 * -Djqwik.tries.default=2000} (see docs/sync-protocol.md).
 */
class SyncConvergenceIT {
  private static Path serverDir;
  private static RunningServer server;

  @BeforeContainer
  static void startServer() throws IOException {
    serverDir = Files.createTempDirectory("autoposter-convergence");
    server = RunningServer.startWithDemoAgency(serverDir);
  }

  @AfterContainer
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
  void everyLaptopConvergesOnTheServerAndNothingIsLost(
      @ForAll("scenarios") ActionChain<SyncWorld> scenario) {
    try {
      SyncWorld world = scenario.run();
      world.quiesce();
      world.checkInvariants();
    } finally {
      scenario.finalState().ifPresent(SyncWorld::close);
    }
  }

  @Provide
  Arbitrary<ActionChain<SyncWorld>> scenarios() {
    return ActionChain.<SyncWorld>startWith(
            () -> {
              try {
                return new SyncWorld(
                    server.url(),
                    server.databaseUrl(),
                    Files.createTempDirectory(serverDir, "scenario"),
                    3);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .withAction(3, laptopAction("creates a post", (w, l, i, j) -> w.create(w.laptop(l))))
        .withAction(
            5,
            laptopAction(
                "edits the caption of post",
                (w, l, i, j) -> w.editText(w.laptop(l), i, TextField.CAPTION)))
        .withAction(
            2,
            laptopAction(
                "edits the first comment of post",
                (w, l, i, j) -> w.editText(w.laptop(l), i, TextField.FIRST_COMMENT)))
        .withAction(
            2,
            laptopAction(
                "reschedules post", (w, l, i, j) -> w.reschedule(w.laptop(l), i, j, j % 3 != 0)))
        .withAction(
            2,
            laptopAction("toggles a tag on post", (w, l, i, j) -> w.toggleTag(w.laptop(l), i, j)))
        .withAction(
            2,
            laptopAction(
                "toggles a target account on post",
                (w, l, i, j) -> w.toggleTarget(w.laptop(l), i, j)))
        .withAction(
            1,
            laptopAction(
                "toggles an image on post", (w, l, i, j) -> w.toggleMedia(w.laptop(l), i, j)))
        .withAction(
            2,
            laptopAction(
                "writes the alt text of a picture of post",
                (w, l, i, j) -> w.describeImage(w.laptop(l), i, j)))
        .withAction(1, laptopAction("deletes post", (w, l, i, j) -> w.delete(w.laptop(l), i)))
        .withAction(
            2,
            laptopAction(
                "resolves conflict", (w, l, i, j) -> w.resolve(w.laptop(l), i, j % 2 == 0)))
        .withAction(
            2, laptopAction("goes offline", (w, l, i, j) -> w.laptop(l).network.goOffline()))
        .withAction(
            2, laptopAction("comes back online", (w, l, i, j) -> w.laptop(l).network.goOnline()))
        .withAction(5, laptopAction("syncs", (w, l, i, j) -> w.laptop(l).sync()))
        .withAction(1, laptopAction("pushes twice", (w, l, i, j) -> w.pushTwice(w.laptop(l))))
        .withAction(
            1,
            laptopAction(
                "crashes before the push is acknowledged",
                (w, l, i, j) -> w.crashBeforeAcknowledgement(w.laptop(l))))
        .withMaxTransformations(24);
  }

  /** A step one laptop takes, with two small numbers that pick a post, a tag, a conflict … */
  @FunctionalInterface
  private interface Step {
    void run(SyncWorld world, int laptop, int first, int second);
  }

  private static Action.Independent<SyncWorld> laptopAction(String what, Step step) {
    return () ->
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 5))
            .as(
                (laptop, first, second) ->
                    Transformer.mutate(
                        "laptop-%d %s (%d, %d)".formatted(laptop + 1, what, first, second),
                        world -> step.run(world, laptop, first, second)));
  }
}
