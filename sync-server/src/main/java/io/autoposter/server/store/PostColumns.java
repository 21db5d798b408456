package io.autoposter.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.json.Json;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The text forms of a post's collection columns and of its merge record; one mapper for all. */
final class PostColumns {
  private static final ObjectMapper MAPPER = Json.tolerant();
  private static final ObjectReader VARIANTS =
      MAPPER.readerFor(new TypeReference<Map<Network, String>>() {});
  private static final ObjectReader TARGETS =
      MAPPER.readerFor(new TypeReference<Set<SocialAccountId>>() {});
  private static final ObjectReader MEDIA =
      MAPPER.readerFor(new TypeReference<List<MediaRef>>() {});
  private static final ObjectReader ALT_TEXTS =
      MAPPER.readerFor(new TypeReference<Map<String, String>>() {});
  private static final ObjectReader TAGS = MAPPER.readerFor(new TypeReference<Set<String>>() {});
  private static final ObjectReader MERGE = MAPPER.readerFor(MergeRecord.class);

  private PostColumns() {}

  static String networks(Set<Network> networks) {
    return networks.stream().map(Network::name).collect(Collectors.joining(","));
  }

  static Set<Network> networks(String text) {
    Set<Network> result = EnumSet.noneOf(Network.class);
    Arrays.stream(text.split(","))
        .filter(name -> !name.isBlank())
        .map(Network::valueOf)
        .forEach(result::add);
    return result;
  }

  static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  // Empty containers are the common case; they skip the parser.

  static Map<Network, String> variants(String json) {
    return json.equals("{}") ? Map.of() : read(VARIANTS, json);
  }

  static Set<SocialAccountId> targets(String json) {
    return json.equals("[]") ? Set.of() : read(TARGETS, json);
  }

  static List<MediaRef> media(String json) {
    return json.equals("[]") ? List.of() : read(MEDIA, json);
  }

  static Map<String, String> altTexts(String json) {
    return json.equals("{}") ? Map.of() : read(ALT_TEXTS, json);
  }

  static Set<String> tags(String json) {
    return json.equals("[]") ? Set.of() : read(TAGS, json);
  }

  static MergeRecord merge(String json) {
    return json == null || json.equals("{}") ? MergeRecord.EMPTY : read(MERGE, json);
  }

  private static <T> T read(ObjectReader reader, String json) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable post column", e);
    }
  }
}
