package io.autoposter.desktop.app;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Picks JavaFX's software pipeline up front on a Linux machine without a GPU render node (virtual
 * machines, remote desktops, Xvfb). There JavaFX would first try OpenGL, and GTK would open its own
 * OpenGL support, both through Mesa's software rasteriser, which maps LLVM and its buffers (~60 MB
 * resident) before JavaFX fails over to the same software pipeline. Asking for it directly, and
 * telling GTK ({@code GDK_GL=disable}, set in the process environment before GTK starts) not to
 * open OpenGL, keeps that memory out of the app's budget (ADR 0011). Machines with a GPU, and a
 * {@code prism.order} or {@code GDK_GL} chosen by the user, are left alone.
 */
final class RenderingPipeline {

  static final String PROPERTY = "prism.order";

  private RenderingPipeline() {}

  /** Sets {@code prism.order=sw} and {@code GDK_GL=disable} when {@link #choose} says so. */
  static void applyDefault() {
    choose(System.getProperty("os.name", ""), Path.of("/dev/dri"), System.getProperty(PROPERTY))
        .ifPresent(
            order -> {
              System.setProperty(PROPERTY, order);
              setEnvironmentIfAbsent("GDK_GL", "disable");
            });
  }

  /** libc's {@code setenv(name, value, 0)}: GTK reads the process environment, not Java's. */
  private static void setEnvironmentIfAbsent(String name, String value) {
    if (System.getenv(name) != null) {
      return;
    }
    try (Arena arena = Arena.ofConfined()) {
      Linker linker = Linker.nativeLinker();
      MethodHandle setenv =
          linker.downcallHandle(
              linker.defaultLookup().find("setenv").orElseThrow(),
              FunctionDescriptor.of(
                  ValueLayout.JAVA_INT,
                  ValueLayout.ADDRESS,
                  ValueLayout.ADDRESS,
                  ValueLayout.JAVA_INT));
      int unused = (int) setenv.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 0);
    } catch (Throwable e) {
      // Only memory is at stake: GTK then opens OpenGL as usual.
      java.util.logging.Logger.getLogger(RenderingPipeline.class.getName())
          .fine("could not set " + name + ": " + e);
    }
  }

  /** The pipeline order to set, if any, for this OS, DRI device folder and current setting. */
  static Optional<String> choose(String osName, Path dri, String current) {
    if (current != null && !current.isBlank()) {
      return Optional.empty();
    }
    if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
      return Optional.empty();
    }
    return hasRenderNode(dri) ? Optional.empty() : Optional.of("sw");
  }

  private static boolean hasRenderNode(Path dri) {
    if (!Files.isDirectory(dri)) {
      return false;
    }
    try (Stream<Path> nodes = Files.list(dri)) {
      return nodes.anyMatch(p -> p.getFileName().toString().startsWith("renderD"));
    } catch (IOException e) {
      return true; // cannot tell: let JavaFX try its usual order
    }
  }
}
