package io.autoposter.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.UserId;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.Schedule;
import io.autoposter.model.sync.SetDelta;
import io.autoposter.model.sync.TextField;
import io.autoposter.server.store.MergeRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The merge rules without a server: stored post + merge record + patch → merged post. */
class PostMergeTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final ClientId LAPTOP = ClientId.random();
  private static final ClientId TABLET = ClientId.random();
  private static final UserId USER = UserId.random();

  private final Post post =
      new Post(
          PostId.random(),
          BrandId.random(),
          "Caption",
          "",
          Map.of(),
          Set.of(Network.SANDBOX),
          Set.of(),
          List.of(),
          Set.of("launch"),
          null,
          ROME,
          PostStatus.DRAFT,
          "");

  private static Author author(ClientId client, long wallMillis, long version) {
    return new Author(
        client, USER, new HybridTimestamp(wallMillis, 0, client.toString()), NOW, version);
  }

  private static PostPatch schedule(Instant due) {
    return new PostPatch(
        null, null, null, null, new Schedule(due, ROME), null, null, null, null, null);
  }

  @Test
  void aPostFromBeforeMergeRecordsCountsAsSetByItsRowStampAtVersionZero() {
    HybridTimestamp row = new HybridTimestamp(NOW.toEpochMilli(), 0, "old");

    PostMerge.Result older =
        PostMerge.edit(
            post,
            row,
            MergeRecord.EMPTY,
            schedule(NOW),
            0,
            author(LAPTOP, NOW.toEpochMilli() - 1, 5));
    PostMerge.Result newer =
        PostMerge.edit(
            post,
            row,
            MergeRecord.EMPTY,
            schedule(NOW).withCaption("New"),
            0,
            author(LAPTOP, NOW.toEpochMilli() + 1, 5));

    assertThat(older.postChanged()).isFalse();
    assertThat(newer.post().dueAt()).isEqualTo(NOW);
    assertThat(newer.post().caption()).as("no text record: no conflict").isEqualTo("New");
    assertThat(newer.merge().texts().get(TextField.CAPTION).version()).isEqualTo(5);
    assertThat(newer.merge().edits()).containsKey(LAPTOP.toString());
  }

  @Test
  void aCreatedPostOwnsEveryFieldAndElement() {
    MergeRecord record = PostMerge.created(post, author(LAPTOP, 100, 3));

    assertThat(record.clocks()).containsOnlyKeys("schedule", "status", "brand");
    assertThat(record.texts()).containsOnlyKeys(TextField.CAPTION);
    assertThat(record.adds().get(MergeRecord.TAGS)).containsOnlyKeys("launch");
    assertThat(record.adds().get(MergeRecord.NETWORKS)).containsOnlyKeys("SANDBOX");
    assertThat(record.deleted()).isNull();
  }

  @Test
  void anotherClientsTextAfterTheBaseConflictsAndNothingChanges() {
    MergeRecord record = PostMerge.created(post, author(LAPTOP, 100, 3));

    PostMerge.Result result =
        PostMerge.edit(
            post,
            new HybridTimestamp(100, 0, "x"),
            record,
            PostPatch.EMPTY.withCaption("Tablet"),
            2,
            author(TABLET, 200, 4));

    assertThat(result.postChanged()).isFalse();
    assertThat(result.merge()).isEqualTo(record);
    assertThat(result.conflicts())
        .singleElement()
        .satisfies(
            conflict -> {
              assertThat(conflict.field()).isEqualTo(TextField.CAPTION);
              assertThat(conflict.keptText()).isEqualTo("Caption");
              assertThat(conflict.incomingText()).isEqualTo("Tablet");
              assertThat(conflict.kept().client()).isEqualTo(LAPTOP);
            });
  }

  @Test
  void reAddingAnElementThePostHasIsLoggedButChangesNothingElse() {
    MergeRecord record = PostMerge.created(post, author(LAPTOP, 100, 3));

    PostMerge.Result result =
        PostMerge.edit(
            post,
            new HybridTimestamp(100, 0, "x"),
            record,
            new PostPatch(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new SetDelta<>(List.of("launch"), List.of())),
            3,
            author(TABLET, 200, 4));

    assertThat(result.post()).isEqualTo(post);
    assertThat(result.reAdded()).isTrue();
    assertThat(result.logged()).isTrue();
    assertThat(result.merge().adds().get(MergeRecord.TAGS).get("launch"))
        .isEqualTo(new MergeRecord.Add(4, TABLET));
    assertThat(result.merge().edits()).doesNotContainKey(TABLET.toString());
  }

  @Test
  void anInvalidMergedPostIsRefused() {
    PostPatch scheduledWithoutTime =
        new PostPatch(null, null, null, null, null, PostStatus.SCHEDULED, null, null, null, null);

    assertThatThrownBy(
            () ->
                PostMerge.edit(
                    post,
                    new HybridTimestamp(100, 0, "x"),
                    MergeRecord.EMPTY,
                    scheduledWithoutTime,
                    0,
                    author(LAPTOP, 200, 4)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
