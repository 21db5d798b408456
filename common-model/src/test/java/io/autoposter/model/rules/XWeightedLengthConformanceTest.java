package io.autoposter.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.Network;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * twitter-text's own weighted-length conformance cases (Apache-2.0, attributed in the resource):
 * our X length must equal the expected weighted length.
 */
class XWeightedLengthConformanceTest {

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in =
        XWeightedLengthConformanceTest.class.getResourceAsStream(
            "/rules/twitter-text-weighted-length.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      assertThat(root.get("_attribution").asText()).contains("Apache License");
      return StreamSupport.stream(root.get("cases").spliterator(), false)
          .map(
              c ->
                  Arguments.of(
                      c.get("description").asText(),
                      c.get("text").asText(),
                      c.get("weightedLength").asInt(),
                      c.get("valid").asBoolean()))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void xLengthIsTheWeightedLength(String description, String text, int expected, boolean valid) {
    assertThat(XRules.weightedLength(text)).as(description).isEqualTo(expected);
    assertThat(CaptionRules.measure(Network.X, text).used()).isEqualTo(expected);
    if (valid) {
      assertThat(CaptionRules.check(text, java.util.List.of(Network.X)))
          .noneMatch(f -> f.code().equals("X_TOO_LONG"));
    }
  }
}
