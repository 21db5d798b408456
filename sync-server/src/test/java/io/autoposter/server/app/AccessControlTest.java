package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostStatus;
import io.autoposter.model.Role;
import io.autoposter.model.api.Member;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.UpdateMemberRequest;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.BrandRemoved;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostPatch;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roles and per-brand access on the REST routes and in sync. */
class AccessControlTest {
  @TempDir static Path dataDir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void limitedEditorSeesAndWritesOnlyTheirBrands() {
    SessionResponse owner = server.register("Limited Agency");
    Brand mine = server.createBrand(owner.token(), "Mine");
    Brand hidden = server.createBrand(owner.token(), "Hidden");
    SessionResponse editor = server.member(owner.token(), Role.EDITOR, false, Set.of(mine.id()));

    assertThat(brands(editor)).extracting(Brand::id).containsExactly(mine.id());
    assertThat(server.get("/api/v1/clients/" + hidden.id(), editor.token()).status())
        .isEqualTo(404);
    assertThat(server.get("/api/v1/clients/" + mine.id(), editor.token()).status()).isEqualTo(200);

    SyncClient client = new SyncClient(server, editor.token());
    List<MutationResult> results =
        client.push(client.create(post(mine.id())), client.create(post(hidden.id()))).results();

    assertThat(results)
        .extracting(MutationResult::outcome)
        .containsExactly(MutationOutcome.APPLIED, MutationOutcome.REJECTED);
    assertThat(results.get(1).reasonCode()).isEqualTo("BRAND_NOT_FOUND");
  }

  @Test
  void viewersAndApproversCannotWrite() {
    SessionResponse owner = server.register("Readers Agency");
    Brand brand = server.createBrand(owner.token(), "Brand");
    for (Role role : List.of(Role.VIEWER, Role.APPROVER)) {
      SessionResponse reader = server.member(owner.token(), role, true, Set.of());
      SyncClient client = new SyncClient(server, reader.token());

      MutationResult result = client.push(client.create(post(brand.id()))).results().getFirst();

      assertThat(result.outcome()).isEqualTo(MutationOutcome.REJECTED);
      assertThat(result.reasonCode()).isEqualTo("ROLE_CANNOT_WRITE");
      assertThat(server.post("/api/v1/clients", reader.token(), "{}").status()).isEqualTo(403);
    }
  }

  @Test
  void pullShowsOnlyVisibleBrandsAndRemovesABrandWhenAccessShrinks() {
    SessionResponse owner = server.register("Pull Agency");
    Brand a = server.createBrand(owner.token(), "A");
    Brand b = server.createBrand(owner.token(), "B");
    SyncClient ownerClient = new SyncClient(server, owner.token());
    Post postA = post(a.id());
    Post postB = post(b.id());
    ownerClient.push(ownerClient.create(postA), ownerClient.create(postB));
    SessionResponse viewer =
        server.member(owner.token(), Role.VIEWER, false, Set.of(a.id(), b.id()));
    SyncClient viewerClient = new SyncClient(server, viewer.token());
    List<Change> first = viewerClient.pullAll();
    assertThat(postIds(first)).contains(postA.id(), postB.id());
    long cursor = first.getLast().version();

    Reply narrowed =
        server.patch(
            "/api/v1/users/" + viewer.userId(),
            owner.token(),
            new UpdateMemberRequest(null, false, Set.of(a.id())));
    assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(200);
    assertThat(narrowed.as(Member.class).brandIds()).containsExactly(a.id());
    ownerClient.push(
        ownerClient.edit(
            postB.id(),
            0,
            new PostPatch(null, null, null, null, null, PostStatus.DRAFT, null, null, null, null)));

    List<Change> after = viewerClient.pull(cursor, 1000).changes();
    assertThat(after)
        .filteredOn(BrandRemoved.class::isInstance)
        .extracting(change -> ((BrandRemoved) change).brandId())
        .containsExactly(b.id());
    assertThat(postIds(after)).doesNotContain(postB.id());
    // The owner never sees member-addressed entries.
    assertThat(ownerClient.pullAll()).noneMatch(BrandRemoved.class::isInstance);

    long cursor2 = viewerClient.pull(cursor, 1000).cursor();
    server.patch(
        "/api/v1/users/" + viewer.userId(),
        owner.token(),
        new UpdateMemberRequest(null, true, null));
    List<Change> regained = viewerClient.pull(cursor2, 1000).changes();
    assertThat(regained)
        .filteredOn(BrandChanged.class::isInstance)
        .extracting(change -> ((BrandChanged) change).brand().id())
        .containsExactly(b.id());
    // The brand's posts come again (an older entry may also become visible: harmless repeats).
    assertThat(postIds(regained)).containsOnly(postB.id());
  }

  @Test
  void deletedBrandReachesDevicesAsBrandRemoved() {
    SessionResponse owner = server.register("Delete Agency");
    Brand brand = server.createBrand(owner.token(), "Short-lived");
    SessionResponse editor = server.member(owner.token(), Role.EDITOR, false, Set.of(brand.id()));
    SyncClient client = new SyncClient(server, editor.token());
    client.push(client.create(post(brand.id())));

    assertThat(server.delete("/api/v1/clients/" + brand.id(), owner.token()).status())
        .isEqualTo(204);

    assertThat(client.pullAll()).last().isInstanceOf(BrandRemoved.class);
    assertThat(brands(editor)).isEmpty();
    assertThat(server.get("/api/v1/clients/" + brand.id(), owner.token()).status()).isEqualTo(404);
  }

  @Test
  void onlyOwnersGrantAdminAndTheLastOwnerStays() {
    SessionResponse owner = server.register("Owner Rules Agency");
    SessionResponse admin = server.member(owner.token(), Role.ADMIN, true, Set.of());
    SessionResponse editor = server.member(owner.token(), Role.EDITOR, true, Set.of());

    Reply promote =
        server.patch(
            "/api/v1/users/" + editor.userId(),
            admin.token(),
            new UpdateMemberRequest(Role.ADMIN, null, null));
    assertThat(promote.status()).isEqualTo(403);
    Reply demoteSelf =
        server.patch(
            "/api/v1/users/" + owner.userId(),
            owner.token(),
            new UpdateMemberRequest(Role.EDITOR, null, null));
    assertThat(demoteSelf.problem().code()).isEqualTo("LAST_OWNER");
    Reply editorManages =
        server.patch(
            "/api/v1/users/" + admin.userId(),
            editor.token(),
            new UpdateMemberRequest(Role.VIEWER, null, null));
    assertThat(editorManages.status()).isEqualTo(403);

    assertThat(server.delete("/api/v1/users/" + editor.userId(), admin.token()).status())
        .isEqualTo(204);
    assertThat(server.get("/api/v1/users/me", editor.token()).status()).isEqualTo(401);
  }

  @Test
  void agencyCanRequireTwoFactorForAdmins() {
    SessionResponse owner = server.register("Strict Agency");
    Reply updated =
        server.patch(
            "/api/v1/tenants/" + owner.agencyId(),
            owner.token(),
            new io.autoposter.model.api.UpdateAgencyRequest(null, true));
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);

    assertThat(server.get("/api/v1/clients", owner.token()).problem().code())
        .isEqualTo("TWO_FACTOR_ENROLLMENT_REQUIRED");
    assertThat(server.get("/api/v1/users/me", owner.token()).status()).isEqualTo(200);
    assertThat(server.post("/api/v1/auth/totp/enrollment", owner.token(), "{}").status())
        .isEqualTo(201);
  }

  private static List<Brand> brands(SessionResponse session) {
    return server.get("/api/v1/clients", session.token()).as(new TypeReference<List<Brand>>() {});
  }

  private static List<io.autoposter.model.PostId> postIds(List<Change> changes) {
    return changes.stream()
        .filter(PostChanged.class::isInstance)
        .map(change -> ((PostChanged) change).post().id())
        .toList();
  }

  static Post post(BrandId brand) {
    return SyncClient.post(
        brand,
        PostStatus.SCHEDULED,
        Instant.parse("2031-01-01T10:00:00Z"),
        Set.of(Network.SANDBOX));
  }
}
