package io.autoposter.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden cases in {@code rules/post-rules-cases.json}: a post in, codes and severities out. */
class PostRulesGoldenTest {

  record Expected(Network network, String code, Severity severity) {}

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in =
        PostRulesGoldenTest.class.getResourceAsStream("/rules/post-rules-cases.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      return StreamSupport.stream(root.get("cases").spliterator(), false)
          .map(c -> Arguments.of(c.get("name").asText(), c))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findingsMatchTheGoldenCase(String name, JsonNode c) {
    Set<Network> networks = EnumSet.noneOf(Network.class);
    c.get("networks").forEach(n -> networks.add(Network.valueOf(n.asText())));
    Map<Network, String> variants = new EnumMap<>(Network.class);
    if (c.has("variants")) {
      c.get("variants")
          .properties()
          .forEach(e -> variants.put(Network.valueOf(e.getKey()), e.getValue().asText()));
    }
    List<MediaRef> media = new ArrayList<>();
    Map<String, String> altTexts = new java.util.HashMap<>();
    if (c.has("media")) {
      int i = 0;
      for (JsonNode m : c.get("media")) {
        i++;
        media.add(
            new MediaRef(
                "%064x".formatted(i),
                m.get("type").asText(),
                m.get("size").asLong(),
                m.has("width") ? m.get("width").asInt() : null,
                m.has("height") ? m.get("height").asInt() : null));
        if (m.has("altText")) {
          altTexts.put(media.getLast().sha256(), m.get("altText").asText());
        }
      }
    }
    Post post =
        new Post(
            PostId.random(),
            BrandId.random(),
            c.get("caption").asText(),
            c.has("firstComment") ? c.get("firstComment").asText() : "",
            variants,
            networks,
            Set.of(),
            media,
            altTexts,
            Set.of(),
            null,
            ZoneId.of("UTC"),
            PostStatus.DRAFT,
            null);
    List<Expected> expected = new ArrayList<>();
    c.get("expected")
        .forEach(
            e ->
                expected.add(
                    new Expected(
                        Network.valueOf(e.get("network").asText()),
                        e.get("code").asText(),
                        Severity.valueOf(e.get("severity").asText()))));

    List<Finding> findings = PostRules.check(post);

    assertThat(findings)
        .map(f -> new Expected(f.network(), f.code(), f.severity()))
        .as(name)
        .containsExactlyElementsOf(expected);
    assertThat(findings).allSatisfy(f -> assertThat(f.message()).isNotBlank().endsWith("."));
  }
}
