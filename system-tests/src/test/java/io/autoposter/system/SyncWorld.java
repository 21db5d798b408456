package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.ConflictId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.TextField;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * The state of one generated scenario: a fresh agency on the shared server, three laptops, the
 * posts made so far and every text edit made (with the post version it started from), which is what
 * the invariants are checked against once everything has synced.
 */
final class SyncWorld implements AutoCloseable {

  /** A text written on a laptop: the edit the invariants track. Texts are unique per scenario. */
  record TextEdit(
      ClientId client, String laptop, PostId post, String field, String text, long baseVersion) {}

  private static final List<String> TAGS = List.of("launch", "promo", "summer");
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  final List<Replica> laptops = new ArrayList<>();
  final List<PostId> posts = new ArrayList<>();
  final List<TextEdit> textEdits = new ArrayList<>();
  final List<SocialAccountId> accounts =
      List.of(SocialAccountId.random(), SocialAccountId.random(), SocialAccountId.random());
  final List<Path> images = new ArrayList<>();
  private final Path root;
  private final ServerApi api;
  private final String serverDatabaseUrl;
  private final AgencyId agency;
  private final BrandId brand;
  private int counter;

  SyncWorld(String serverUrl, String serverDatabaseUrl, Path root, int laptopCount) {
    this.root = root;
    this.serverDatabaseUrl = serverDatabaseUrl;
    this.api = new ServerApi(serverUrl);
    SessionResponse owner = api.registerAgency("Convergence Agency");
    this.agency = owner.agencyId();
    this.brand = api.createBrand("Trattoria Roma").id();
    for (int i = 1; i <= laptopCount; i++) {
      laptops.add(
          new Replica(
              "laptop-" + i, root.resolve("laptop-" + i), agency, owner.token(), serverUrl));
    }
    for (int i = 0; i < 2; i++) {
      images.add(writePng(root.resolve("image-" + i + ".png"), i));
    }
  }

  Replica laptop(int index) {
    return laptops.get(Math.floorMod(index, laptops.size()));
  }

  /** The post at {@code index} of those created so far, as {@code laptop} has it, if it has it. */
  Optional<LocalPost> postOn(Replica laptop, int index) {
    if (posts.isEmpty()) {
      return Optional.empty();
    }
    return laptop.store().post(posts.get(Math.floorMod(index, posts.size())));
  }

  private String nextText(Replica laptop, String what) {
    return laptop.name + " " + what + " #" + ++counter;
  }

  // ---- actions --------------------------------------------------------------------------------

  void create(Replica laptop) {
    String caption = nextText(laptop, "caption");
    Post post =
        new Post(
            PostId.random(),
            brand,
            caption,
            "",
            Map.of(),
            Set.of(Network.SANDBOX),
            Set.of(),
            List.of(),
            Set.of(),
            null,
            ROME,
            PostStatus.DRAFT,
            "");
    laptop.store().recordEdit(post);
    posts.add(post.id());
    textEdits.add(
        new TextEdit(
            laptop.store().clientId(), laptop.name, post.id(), TextField.CAPTION, caption, 0));
  }

  void editText(Replica laptop, int postIndex, String field) {
    postOn(laptop, postIndex)
        .filter(local -> !local.post().status().isReadOnly())
        .ifPresent(
            local -> {
              String text = nextText(laptop, field);
              Post edited = TextField.patch(field, text).applyTo(local.post());
              laptop.store().recordEdit(edited);
              textEdits.add(
                  new TextEdit(
                      laptop.store().clientId(),
                      laptop.name,
                      local.post().id(),
                      field,
                      text,
                      local.serverVersion()));
            });
  }

  /** Writes the alt text of one of the post's pictures (nothing when it has none). */
  void describeImage(Replica laptop, int postIndex, int imageIndex) {
    postOn(laptop, postIndex)
        .filter(local -> !local.post().media().isEmpty())
        .ifPresent(
            local -> {
              List<MediaRef> media = local.post().media();
              MediaRef image = media.get(Math.floorMod(imageIndex, media.size()));
              editText(laptop, postIndex, TextField.altText(image.sha256()));
            });
  }

  void reschedule(Replica laptop, int postIndex, int daysAhead, boolean schedule) {
    Instant due =
        Instant.now().plus(Duration.ofDays(30 + daysAhead)).truncatedTo(ChronoUnit.MINUTES);
    edit(
        laptop,
        postIndex,
        post ->
            rebuild(
                post,
                post.tags(),
                post.targets(),
                post.media(),
                schedule ? due : post.dueAt(),
                schedule ? PostStatus.SCHEDULED : PostStatus.DRAFT));
  }

  void toggleTag(Replica laptop, int postIndex, int tagIndex) {
    String tag = TAGS.get(Math.floorMod(tagIndex, TAGS.size()));
    edit(
        laptop,
        postIndex,
        post ->
            rebuild(
                post,
                toggled(post.tags(), tag),
                post.targets(),
                post.media(),
                post.dueAt(),
                post.status()));
  }

  void toggleTarget(Replica laptop, int postIndex, int accountIndex) {
    SocialAccountId account = accounts.get(Math.floorMod(accountIndex, accounts.size()));
    edit(
        laptop,
        postIndex,
        post ->
            rebuild(
                post,
                post.tags(),
                toggled(post.targets(), account),
                post.media(),
                post.dueAt(),
                post.status()));
  }

  void toggleMedia(Replica laptop, int postIndex, int imageIndex) {
    MediaRef image;
    try {
      image = laptop.store().importMedia(images.get(Math.floorMod(imageIndex, images.size())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    edit(
        laptop,
        postIndex,
        post -> {
          List<MediaRef> media = new ArrayList<>(post.media());
          if (!media.remove(image)) {
            media.add(image);
          }
          return rebuild(post, post.tags(), post.targets(), media, post.dueAt(), post.status());
        });
  }

  void delete(Replica laptop, int postIndex) {
    postOn(laptop, postIndex)
        .filter(local -> !local.post().status().isReadOnly())
        .ifPresent(local -> laptop.store().recordDelete(local.post().id()));
  }

  /** Resolves one of the laptop's open conflicts: a merged text, or keep/delete the post. */
  void resolve(Replica laptop, int conflictIndex, boolean deletePost) {
    List<PostConflict> open = laptop.store().openConflicts();
    if (open.isEmpty()) {
      return;
    }
    PostConflict conflict = open.get(Math.floorMod(conflictIndex, open.size()));
    long base = laptop.store().post(conflict.postId()).map(LocalPost::serverVersion).orElse(0L);
    switch (conflict.kind()) {
      case TEXT -> {
        String merged = nextText(laptop, "merged " + conflict.field());
        laptop.store().recordResolution(conflict.id(), merged, false);
        textEdits.add(
            new TextEdit(
                laptop.store().clientId(),
                laptop.name,
                conflict.postId(),
                conflict.field(),
                merged,
                base));
      }
      case DELETE -> laptop.store().recordResolution(conflict.id(), "", deletePost);
    }
  }

  /** The server applies the push but the answer never arrives; the laptop syncs again. */
  void pushTwice(Replica laptop) {
    laptop.network.cutNext("POST /api/v1/sync/push", FaultyProxy.Direction.RESPONSE, 0);
    laptop.sync();
    laptop.network.disarm();
    laptop.sync();
  }

  /** The server applies the push, the answer is lost, and the app dies before hearing it. */
  void crashBeforeAcknowledgement(Replica laptop) {
    laptop.network.cutNext("POST /api/v1/sync/push", FaultyProxy.Direction.RESPONSE, 0);
    laptop.sync();
    laptop.network.disarm();
    laptop.crashAndRestart();
  }

  private void edit(Replica laptop, int postIndex, UnaryOperator<Post> change) {
    postOn(laptop, postIndex)
        .filter(local -> !local.post().status().isReadOnly())
        .ifPresent(local -> laptop.store().recordEdit(change.apply(local.post())));
  }

  private static Post rebuild(
      Post post,
      Set<String> tags,
      Set<SocialAccountId> targets,
      List<MediaRef> media,
      Instant dueAt,
      PostStatus status) {
    return new Post(
        post.id(),
        post.brandId(),
        post.caption(),
        post.firstComment(),
        post.variants(),
        post.networks(),
        targets,
        media,
        tags,
        status == PostStatus.SCHEDULED && dueAt == null
            ? Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.MINUTES)
            : dueAt,
        post.zone(),
        status,
        post.outcome());
  }

  private static <T> Set<T> toggled(Set<T> set, T element) {
    Set<T> copy = new LinkedHashSet<>(set);
    if (!copy.remove(element)) {
      copy.add(element);
    }
    return copy;
  }

  // ---- quiescence and invariants ---------------------------------------------------------------

  /**
   * Everyone online, syncing until nothing is waiting anywhere and a whole round pulled nothing.
   */
  void quiesce() {
    laptops.forEach(
        laptop -> {
          laptop.network.disarm();
          laptop.network.goOnline();
        });
    for (int round = 0; round < 6; round++) {
      for (Replica laptop : laptops) {
        // A connection pooled before the network came back may fail once, as it would in the app,
        // whose next round follows after a short backoff.
        boolean synced = laptop.sync() || laptop.sync();
        assertThat(synced)
            .as("%s syncs with the network up: %s", laptop, laptop.lastFailure())
            .isTrue();
      }
      boolean idle =
          laptops.stream()
              .allMatch(
                  laptop ->
                      laptop.store().pendingCount() == 0
                          && laptop.store().pendingUploads().isEmpty());
      if (idle && round >= 1) {
        // One more full round so every laptop pulls what the last pusher produced.
        laptops.forEach(Replica::sync);
        return;
      }
    }
    throw new AssertionError("outboxes did not drain: " + describeOutboxes());
  }

  private String describeOutboxes() {
    return laptops.stream()
        .map(l -> l + "=" + l.store().pendingCount() + "/" + l.store().pendingUploads().size())
        .collect(Collectors.joining(", "));
  }

  void checkInvariants() {
    List<Change> history = api.fullHistory();
    Map<PostId, Post> serverPosts = new LinkedHashMap<>();
    Map<ConflictId, PostConflict> conflicts = new LinkedHashMap<>();
    for (Change change : history) {
      switch (change) {
        case PostChanged c -> serverPosts.put(c.post().id(), c.post());
        case PostRemoved c -> serverPosts.remove(c.postId());
        case ConflictChanged c -> conflicts.put(c.conflict().id(), c.conflict());
        default -> {}
      }
    }
    Set<ConflictId> openOnServer =
        conflicts.values().stream()
            .filter(PostConflict::isOpen)
            .map(PostConflict::id)
            .collect(Collectors.toSet());

    for (Replica laptop : laptops) {
      // 1. Every replica equals the server: the same posts, field for field, and the same
      // conflicts.
      Map<PostId, Post> local = new HashMap<>();
      for (LocalPost post : laptop.store().allPosts()) {
        local.put(post.post().id(), post.post());
      }
      assertThat(local).as("%s has exactly the server's posts", laptop).isEqualTo(serverPosts);
      assertThat(laptop.store().openConflicts().stream().map(PostConflict::id))
          .as("%s shows exactly the server's open conflicts", laptop)
          .containsExactlyInAnyOrderElementsOf(openOnServer);
      // 2. No acknowledged mutation is lost: the server processed every mutation the laptop made.
      long made = laptop.store().syncState().nextMutationId() - 1;
      assertThat(api.lastMutationId(laptop.store().clientId()))
          .as("%s: the server processed every mutation made", laptop)
          .isEqualTo(made);
      assertThat(laptop.store().pendingCount()).as("%s outbox", laptop).isZero();
    }

    checkEveryTextEditIsAppliedOrSurfaced(history, conflicts.values());
    checkNoMutationAppliedTwice();
  }

  /**
   * Walks the log: every change of a text field must come from a tracked edit that was not
   * concurrent with another laptop's applied change of that field (else it had to be a conflict),
   * and every tracked edit must have been applied, kept in a conflict record, or refused with its
   * text shown on the laptop.
   */
  private void checkEveryTextEditIsAppliedOrSurfaced(
      List<Change> history, java.util.Collection<PostConflict> conflicts) {
    Map<String, TextEdit> byText = new HashMap<>();
    textEdits.forEach(edit -> byText.put(edit.text(), edit));
    record Applied(long version, ClientId client) {}
    Map<String, List<Applied>> appliedByField = new HashMap<>();
    Map<String, String> lastText = new HashMap<>();
    Set<String> appliedTexts = new HashSet<>();
    for (Change change : history) {
      if (!(change instanceof PostChanged changed)) {
        continue;
      }
      List<String> fields = new ArrayList<>(List.of(TextField.CAPTION, TextField.FIRST_COMMENT));
      changed.post().media().forEach(image -> fields.add(TextField.altText(image.sha256())));
      for (String field : fields) {
        String key = changed.post().id() + "/" + field;
        String text = TextField.read(changed.post(), field);
        boolean altText = TextField.mediaOf(field).isPresent();
        // An alt text empties when its picture is taken off the post (and stays gone if it
        // returns): that is the picture's edit, not a text edit.
        if (text.equals(lastText.get(key))
            || (text.isEmpty() && (altText || !lastText.containsKey(key)))) {
          continue;
        }
        lastText.put(key, text);
        TextEdit edit = byText.get(text);
        assertThat(edit)
            .as("the %s text '%s' comes from an edit someone made", field, text)
            .isNotNull();
        List<Applied> earlier = appliedByField.computeIfAbsent(key, k -> new ArrayList<>());
        for (Applied other : earlier) {
          assertThat(other.version() > edit.baseVersion() && !other.client().equals(edit.client()))
              .as(
                  "'%s' (based on version %d) was applied at %d although another laptop changed"
                      + " the %s at %d: a concurrent edit must become a conflict",
                  text, edit.baseVersion(), changed.version(), field, other.version())
              .isFalse();
        }
        earlier.add(new Applied(changed.version(), edit.client()));
        appliedTexts.add(text);
      }
    }
    Set<String> surfaced =
        conflicts.stream().map(c -> c.incoming().text()).collect(Collectors.toSet());
    String errors =
        laptops.stream()
            .flatMap(laptop -> laptop.store().allPosts().stream())
            .map(LocalPost::syncError)
            .collect(Collectors.joining("\n"));
    for (TextEdit edit : textEdits) {
      boolean kept =
          appliedTexts.contains(edit.text())
              || surfaced.contains(edit.text())
              || errors.contains(edit.text());
      assertThat(kept)
          .as("the edit '%s' is on the server, in a conflict or shown", edit.text())
          .isTrue();
    }
  }

  /** The change log records which client mutation wrote each entry; none may appear twice. */
  private void checkNoMutationAppliedTwice() {
    try (Connection db = DriverManager.getConnection(serverDatabaseUrl, "", "");
        var query =
            db.prepareStatement(
                "SELECT client_id, mutation_id, kind, entity_id, COUNT(*) FROM change_log"
                    + " WHERE agency_id = ? AND client_id IS NOT NULL"
                    + " GROUP BY client_id, mutation_id, kind, entity_id HAVING COUNT(*) > 1")) {
      query.setObject(1, agency.value());
      List<String> twice = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          twice.add(rows.getString(1) + "#" + rows.getLong(2) + " " + rows.getString(3));
        }
      }
      assertThat(twice).as("mutations applied more than once").isEmpty();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the server's change log", e);
    }
  }

  private static Path writePng(Path file, int seed) {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 8; x++) {
      for (int y = 0; y < 8; y++) {
        image.setRGB(x, y, (x * 31 + y * 17 + seed * 101) * 0x010203);
      }
    }
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(image, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    laptops.forEach(Replica::close);
    deleteTree(root);
  }

  private static void deleteTree(Path root) {
    try (var files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Leftovers in target/ are harmless.
    }
  }
}
