package io.autoposter.desktop.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.Post;
import io.autoposter.model.PostingSlot;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.PostConflict;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON the local database keeps posts, outbox mutations, conflicts and brands' posting slots
 * and hashtag groups in.
 */
final class StoredJson {

  private static final ObjectMapper WRITER = Json.strict();
  private static final ObjectMapper READER = Json.tolerant();
  private static final ObjectWriter POST_OUT = WRITER.writerFor(Post.class);
  private static final ObjectReader POST_IN = READER.readerFor(Post.class);
  private static final ObjectWriter MUTATION_OUT = WRITER.writerFor(Mutation.class);
  private static final ObjectReader MUTATION_IN = READER.readerFor(Mutation.class);
  private static final ObjectWriter CONFLICT_OUT = WRITER.writerFor(PostConflict.class);
  private static final ObjectReader CONFLICT_IN = READER.readerFor(PostConflict.class);

  private static final ObjectWriter SLOTS_OUT =
      WRITER.writerFor(new TypeReference<List<PostingSlot>>() {});
  private static final ObjectReader SLOTS_IN =
      READER.readerFor(new TypeReference<List<PostingSlot>>() {});
  private static final ObjectWriter GROUPS_OUT =
      WRITER.writerFor(new TypeReference<List<HashtagGroup>>() {});
  private static final ObjectReader GROUPS_IN =
      READER.readerFor(new TypeReference<List<HashtagGroup>>() {});

  private StoredJson() {}

  static String postingSlots(List<PostingSlot> slots) {
    return write(SLOTS_OUT, slots);
  }

  /** Null (a row written before brands had slots) reads as none. */
  static List<PostingSlot> postingSlots(String json) {
    return json == null || json.isBlank() ? List.of() : read(SLOTS_IN, json);
  }

  static String hashtagGroups(List<HashtagGroup> groups) {
    return write(GROUPS_OUT, groups);
  }

  static List<HashtagGroup> hashtagGroups(String json) {
    return json == null || json.isBlank() ? List.of() : read(GROUPS_IN, json);
  }

  static String post(Post post) {
    return write(POST_OUT, post);
  }

  static Post post(String json) {
    return json == null ? null : read(POST_IN, json);
  }

  static String mutation(Mutation mutation) {
    return write(MUTATION_OUT, mutation);
  }

  static Mutation mutation(String json) {
    return read(MUTATION_IN, json);
  }

  static String conflict(PostConflict conflict) {
    return write(CONFLICT_OUT, conflict);
  }

  static PostConflict conflict(String json) {
    return read(CONFLICT_IN, json);
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(ObjectReader reader, String json) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
