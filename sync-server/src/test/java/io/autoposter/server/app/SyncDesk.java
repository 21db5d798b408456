package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.Role;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostPatch;
import io.autoposter.model.sync.Schedule;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One agency with a brand and its people, for merge scenarios: laptops are {@link SyncClient}s
 * (each its own client id) of the owner or of an editor, so edits come from different clients of
 * the same user or of different users.
 */
final class SyncDesk {
  static final String OWNER_NAME = "Owner";
  static final String EDITOR_NAME = "Member " + Role.EDITOR;

  final TestServer server;
  final SessionResponse owner;
  final SessionResponse editor;
  final Brand brand;

  SyncDesk(TestServer server, String agency) {
    this.server = server;
    this.owner = server.register(agency);
    this.brand = server.createBrand(owner.token(), "Trattoria");
    this.editor = server.member(owner.token(), Role.EDITOR, true, Set.of());
  }

  /** A new laptop of the owner. */
  SyncClient ownerLaptop() {
    return new SyncClient(server, owner.token());
  }

  /** A new laptop of the editor (another user). */
  SyncClient editorLaptop() {
    return new SyncClient(server, editor.token());
  }

  /** A draft with every kind of field filled in. */
  Post draft(String caption) {
    return new Post(
        PostId.random(),
        brand.id(),
        caption,
        "First comment",
        Map.of(Network.X, "Short for X"),
        Set.of(Network.SANDBOX, Network.X),
        Set.of(),
        List.of(),
        Set.of("launch"),
        null,
        ZoneId.of("Europe/Rome"),
        PostStatus.DRAFT,
        "");
  }

  /** Creates the post from {@code laptop} and returns its version on the server. */
  long created(SyncClient laptop, Post post) {
    applied(laptop, laptop.create(post));
    return laptop.version(post.id());
  }

  /** Pushes one mutation and checks it was applied. */
  static void applied(SyncClient laptop, Mutation mutation) {
    MutationResult result = laptop.push(mutation).results().getFirst();
    assertThat(result.outcome()).as(result.toString()).isEqualTo(MutationOutcome.APPLIED);
  }

  /** Pushes one mutation, checks it was rejected and returns the reason code. */
  static String rejected(SyncClient laptop, Mutation mutation) {
    MutationResult result = laptop.push(mutation).results().getFirst();
    assertThat(result.outcome()).as(result.toString()).isEqualTo(MutationOutcome.REJECTED);
    assertThat(result.message()).isNotBlank();
    return result.reasonCode();
  }

  /** A patch that schedules the post at {@code due}, in the brand's zone (Europe/Rome). */
  static PostPatch scheduled(Instant due) {
    return PostPatch.EMPTY
        .withSchedule(new Schedule(due, ZoneId.of("Europe/Rome")))
        .withStatus(PostStatus.SCHEDULED);
  }
}
