package io.autoposter.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingPipelineTest {

  @TempDir Path dri;

  @Test
  void linuxWithoutARenderNodeUsesTheSoftwarePipeline() throws Exception {
    Files.createFile(dri.resolve("card0"));

    assertThat(RenderingPipeline.choose("Linux", dri, null)).contains("sw");
    assertThat(RenderingPipeline.choose("Linux", dri.resolve("missing"), null)).contains("sw");
  }

  @Test
  void linuxWithARenderNodeKeepsJavaFxsOrder() throws Exception {
    Files.createFile(dri.resolve("renderD128"));

    assertThat(RenderingPipeline.choose("Linux", dri, null)).isEmpty();
  }

  @Test
  void otherSystemsAndAChosenOrderAreLeftAlone() {
    assertThat(RenderingPipeline.choose("Mac OS X", dri, null)).isEmpty();
    assertThat(RenderingPipeline.choose("Windows 11", dri, null)).isEmpty();
    assertThat(RenderingPipeline.choose("Linux", dri, "es2")).isEmpty();
  }
}
