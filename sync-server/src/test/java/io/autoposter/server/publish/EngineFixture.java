package io.autoposter.server.publish;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.server.accounts.PlatformSettings;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.DatabaseSettings;
import io.autoposter.server.store.MergeRecord;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.StoredPost;
import io.autoposter.server.vault.SecretToken;
import io.autoposter.server.vault.TestMasterKey;
import io.autoposter.server.vault.TokenKind;
import io.autoposter.server.vault.TokenVault;
import io.autoposter.server.vault.VaultSettings;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.SimulatorSettings;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The publishing engine's parts on a real migrated database (an H2 file, or PostgreSQL), with the
 * platform simulator over HTTP: accounts are rows with tokens the simulator issued, stored in a
 * real vault; posts are rows as sync writes them. Tests drive claims and runs by hand.
 */
final class EngineFixture implements AutoCloseable {
  static final String X_SCOPES = "tweet.read tweet.write users.read offline.access media.write";

  final Database database;
  final PlatformSimulator sim;
  final Clock clock;
  final PublishSettings settings;
  final Path mediaRoot;
  final TokenVault vault;
  final ChangeLogRepository changeLog;
  final PostRepository posts = new PostRepository();
  final TargetRepository targets = new TargetRepository();
  final AttemptRepository attempts = new AttemptRepository();
  final TargetAccountRepository accounts = new TargetAccountRepository();
  final PostProgress progress;
  final TargetPlanning planning;
  final TargetClaims claims;
  private final Map<Network, PlatformPublisher> publishers;

  private EngineFixture(
      Database database, PlatformSimulator sim, Clock clock, PublishSettings settings, Path dir) {
    this.database = database;
    this.sim = sim;
    this.clock = clock;
    this.settings = settings;
    this.mediaRoot = dir.resolve("media");
    this.vault =
        TokenVault.open(database, new VaultSettings(null, TestMasterKey.VALUE, false, dir), clock);
    this.changeLog = new ChangeLogRepository(clock);
    this.progress = new PostProgress(clock, changeLog, posts, targets);
    this.planning =
        new TargetPlanning(database, clock, changeLog, posts, targets, accounts, progress);
    this.claims = new TargetClaims(database, clock, settings, targets);
    PlatformSettings platforms =
        new PlatformSettings(
            app(sim, SimulatorSettings.DEMO_FACEBOOK),
            app(sim, SimulatorSettings.DEMO_LINKEDIN),
            app(sim, SimulatorSettings.DEMO_X));
    this.publishers =
        Publisher.publishers(
            database,
            clock,
            platforms,
            (agency, sha) -> "https://autoposter.example/media/public/" + agency + "/" + sha,
            settings);
  }

  static EngineFixture h2(Path dir, PlatformSimulator sim, Clock clock, PublishSettings settings) {
    return new EngineFixture(
        Database.open(
            new DatabaseSettings(
                "jdbc:h2:file:"
                    + dir.resolve("autoposter")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "LOCK_TIMEOUT=10000",
                "",
                "")),
        sim,
        clock,
        settings,
        dir);
  }

  static EngineFixture on(
      DatabaseSettings db, Path dir, PlatformSimulator sim, Clock clock, PublishSettings s) {
    return new EngineFixture(Database.open(db), sim, clock, s, dir);
  }

  /** Short waits, so a test that goes through retries does not wait for production backoffs. */
  static PublishSettings quick() {
    return new PublishSettings(
        Duration.ofSeconds(30),
        Duration.ofMinutes(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(1),
        Duration.ofSeconds(4),
        5,
        Duration.ZERO,
        4,
        16);
  }

  private static PlatformSettings.App app(
      PlatformSimulator sim, io.autoposter.simulator.state.ClientCredentials client) {
    String base = sim.baseUri().toString();
    return new PlatformSettings.App(base, base, client.clientId(), client.clientSecret());
  }

  TargetRun worker(String name) {
    return new TargetRun(
        database,
        clock,
        settings,
        changeLog,
        posts,
        targets,
        attempts,
        accounts,
        progress,
        vault,
        publishers,
        mediaRoot,
        name);
  }

  AgencyId agency() {
    AgencyId agency = AgencyId.random();
    database.inTransaction(
        tx -> {
          tx.update(
              "INSERT INTO agencies (id, name, created_at) VALUES (?, ?, ?)",
              agency.value(),
              "Agency " + agency.value(),
              clock.instant());
          changeLog.createAgency(tx, agency);
          return null;
        });
    return agency;
  }

  BrandId brand(AgencyId agency) {
    BrandId brand = BrandId.random();
    database.inTransaction(
        tx ->
            tx.update(
                "INSERT INTO brands (id, agency_id, name, zone, color, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)",
                brand.value(),
                agency.value(),
                "Trattoria Roma",
                "Europe/Rome",
                "#112233",
                clock.instant()));
    return brand;
  }

  SocialAccountId connectX(AgencyId agency, BrandId brand) {
    String user = sim.seed().xUser().id();
    IssuedToken token =
        sim.tokens()
            .issue(
                SimulatedNetwork.X,
                IssuedToken.Kind.ACCESS,
                SimulatorSettings.DEMO_X.clientId(),
                user,
                Optional.empty(),
                Set.of(X_SCOPES.split(" ")),
                Set.of(),
                Duration.ofHours(2));
    return account(agency, brand, Network.X, user, "@trattoriaroma", TokenKind.ACCESS, token);
  }

  SocialAccountId connectFacebookPage(AgencyId agency, BrandId brand) {
    String page = sim.seed().pages().getFirst().id();
    IssuedToken token =
        sim.tokens()
            .issue(
                SimulatedNetwork.FACEBOOK,
                IssuedToken.Kind.ACCESS,
                SimulatorSettings.DEMO_FACEBOOK.clientId(),
                sim.seed().facebookUser().id(),
                Optional.of(page),
                scopes(
                    Set.of(),
                    "pages_show_list",
                    "pages_manage_posts",
                    "pages_read_engagement",
                    "instagram_basic",
                    "instagram_content_publish"),
                Set.of(),
                null);
    return account(agency, brand, Network.FACEBOOK, page, "Trattoria Roma", TokenKind.PAGE, token);
  }

  SocialAccountId connectInstagram(AgencyId agency, BrandId brand) {
    return connectInstagram(agency, brand, Set.of());
  }

  /** Instagram with the publishing scopes and {@code extra} ones (instagram_manage_comments). */
  SocialAccountId connectInstagram(AgencyId agency, BrandId brand, Set<String> extra) {
    var page = sim.seed().pages().getFirst();
    IssuedToken token =
        sim.tokens()
            .issue(
                SimulatedNetwork.FACEBOOK,
                IssuedToken.Kind.ACCESS,
                SimulatorSettings.DEMO_FACEBOOK.clientId(),
                sim.seed().facebookUser().id(),
                Optional.of(page.id()),
                scopes(
                    extra,
                    "pages_show_list",
                    "pages_manage_posts",
                    "pages_read_engagement",
                    "instagram_basic",
                    "instagram_content_publish"),
                Set.of(),
                null);
    return account(
        agency,
        brand,
        Network.INSTAGRAM,
        page.instagram().orElseThrow().id(),
        "@trattoriaroma",
        TokenKind.PAGE,
        token);
  }

  SocialAccountId connectLinkedIn(AgencyId agency, BrandId brand) {
    String organization = sim.seed().organizations().getFirst().urn();
    IssuedToken token =
        sim.tokens()
            .issue(
                SimulatedNetwork.LINKEDIN,
                IssuedToken.Kind.ACCESS,
                SimulatorSettings.DEMO_LINKEDIN.clientId(),
                sim.seed().linkedInMember().id(),
                Optional.empty(),
                Set.of("openid", "profile", "w_organization_social", "r_organization_admin"),
                Set.of(),
                Duration.ofDays(60));
    return account(
        agency, brand, Network.LINKEDIN, organization, "Trattoria Roma", TokenKind.ACCESS, token);
  }

  private SocialAccountId account(
      AgencyId agency,
      BrandId brand,
      Network network,
      String externalId,
      String name,
      TokenKind kind,
      IssuedToken token) {
    SocialAccountId id = SocialAccountId.random();
    database.inTransaction(
        tx -> {
          tx.update(
              "INSERT INTO social_accounts (id, agency_id, brand_id, network, display_name,"
                  + " created_at, external_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
              id.value(),
              agency.value(),
              brand.value(),
              network.name(),
              name,
              clock.instant(),
              externalId);
          vault.store(tx, agency, id, network, kind, new SecretToken(token.value()), null);
          return null;
        });
    return id;
  }

  private static Set<String> scopes(Set<String> extra, String... base) {
    Set<String> all = new java.util.HashSet<>(Set.of(base));
    all.addAll(extra);
    return all;
  }

  /** A scheduled post as sync stores it, due at {@code due}. */
  PostId post(
      AgencyId agency,
      BrandId brand,
      String caption,
      Set<Network> networks,
      Instant due,
      List<MediaRef> media) {
    return post(agency, brand, caption, "", Map.of(), networks, due, media);
  }

  /** A scheduled post with a first comment and alt texts (by media SHA-256). */
  PostId post(
      AgencyId agency,
      BrandId brand,
      String caption,
      String firstComment,
      Map<String, String> altTexts,
      Set<Network> networks,
      Instant due,
      List<MediaRef> media) {
    Post post =
        new Post(
            PostId.random(),
            brand,
            caption,
            firstComment,
            Map.of(),
            networks,
            Set.of(),
            media,
            altTexts,
            Set.of(),
            due,
            ZoneId.of("Europe/Rome"),
            PostStatus.SCHEDULED,
            "");
    database.inTransaction(
        tx -> {
          posts.insert(
              tx,
              agency,
              post,
              0,
              new HybridTimestamp(clock.millis(), 0, "test"),
              MergeRecord.EMPTY,
              clock.instant());
          return null;
        });
    return post.id();
  }

  /** A picture in the server's media folder, as an upload leaves it. */
  MediaRef picture(AgencyId agency, byte[] bytes) {
    try {
      String sha = sha(bytes);
      Path file = mediaRoot.resolve(agency.toString()).resolve(sha);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return new MediaRef(sha, "image/png", bytes.length, 1080, 1080);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A video in the server's media folder. */
  MediaRef video(AgencyId agency, byte[] bytes) {
    MediaRef stored = picture(agency, bytes);
    return new MediaRef(stored.sha256(), "video/mp4", bytes.length, 1080, 1920);
  }

  List<PublishTarget> targetsOf(AgencyId agency, PostId post) {
    return database.inTransaction(tx -> targets.ofPost(tx, agency, post));
  }

  PublishTarget only(AgencyId agency, PostId post) {
    List<PublishTarget> all = targetsOf(agency, post);
    if (all.size() != 1) {
      throw new AssertionError("expected one target, found " + all);
    }
    return all.getFirst();
  }

  Post stored(PostId post) {
    return database.inTransaction(tx -> posts.find(tx, post)).map(StoredPost::post).orElseThrow();
  }

  List<AttemptRepository.Attempt> attemptsOf(UUID target) {
    return database.inTransaction(tx -> attempts.ofTarget(tx, target));
  }

  /** Claims and runs whatever is due with this worker until nothing is; returns the runs made. */
  int drain(TargetRun worker) {
    int runs = 0;
    for (int round = 0; round < 50; round++) {
      List<Claim> claimed = claims.claimDue(worker.worker(), 16);
      if (claimed.isEmpty()) {
        return runs;
      }
      for (Claim claim : claimed) {
        worker.run(claim);
        runs++;
      }
    }
    throw new AssertionError("still claiming after 50 rounds");
  }

  @Override
  public void close() {
    database.close();
  }

  static String sha(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
