package io.autoposter.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.autoposter.model.Brand;
import io.autoposter.model.ClientId;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.ConnectAccountRequest;
import io.autoposter.model.api.ConnectAccountStart;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.SyncProtocol;
import io.autoposter.simulator.PlatformSimulator;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.SimulatedNetwork;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Server processes sharing one PostgreSQL and the platform simulator, for the crash and fencing
 * tests of issue 7: the database, the settings every instance gets, the agency with its Facebook
 * Pages, a burst of posts, and what ended where.
 */
final class PublishingCluster {
  /** The shared database, from {@code AUTOPOSTER_TEST_POSTGRES_*}. */
  record Postgres(String url, String user, String password) {
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    /** Drops everything: before a harness, and after it, for the next test on this database. */
    void empty() throws SQLException {
      try (Connection db = connect();
          Statement statement = db.createStatement()) {
        statement.execute("DROP SCHEMA public CASCADE");
        statement.execute("CREATE SCHEMA public");
      }
    }
  }

  /** One target as the database ended it. */
  record Target(String state, String errorMessage, String platformPostId, String caption) {}

  private PublishingCluster() {}

  /** The configured PostgreSQL, emptied; the test is skipped (with why) without one. */
  static Postgres postgres(String test) throws SQLException {
    assumeTrue(
        configuredPostgres(),
        test
            + " needs PostgreSQL: set AUTOPOSTER_TEST_POSTGRES_URL (and _USER, _PASSWORD), as"
            + " .ci/run does");
    Postgres pg =
        new Postgres(
            System.getenv("AUTOPOSTER_TEST_POSTGRES_URL"),
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_USER", "autoposter"),
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_PASSWORD", "autoposter"));
    // Each harness starts from nothing: the schema of earlier tests in this database goes.
    pg.empty();
    return pg;
  }

  static boolean configuredPostgres() {
    String url = System.getenv("AUTOPOSTER_TEST_POSTGRES_URL");
    return url != null && !url.isBlank();
  }

  /**
   * What every instance is started with: the database ({@code pg}, or embedded H2 when null), the
   * simulator, one vault key.
   */
  static Map<String, String> settings(PlatformSimulator sim, Postgres pg) {
    Map<String, String> settings = new HashMap<>(sim.autoposterServerSettings());
    if (pg != null) { // else each instance has its embedded H2
      settings.put("autoposter.db.url", pg.url());
      settings.put("autoposter.db.user", pg.user());
      settings.put("autoposter.db.password", pg.password());
    }
    settings.put("autoposter.vault.master-key", masterKey());
    settings.put("autoposter.publisher.claim-lease", "PT5S");
    settings.put("autoposter.publisher.call-lease", "PT10S");
    settings.put("autoposter.publisher.reconcile-delay", "PT1S");
    settings.put("autoposter.publisher.retry-base", "PT1S");
    settings.put("autoposter.publisher.retry-max", "PT5S");
    settings.put("autoposter.publisher.max-reconciles", "8");
    return settings;
  }

  /**
   * Server processes named {@code names}, each with a data directory of its own, sharing what
   * several instances must share besides the database and the vault key: the media folder and the
   * two-factor key (README, "Several instances").
   */
  static List<PublishingProcess> servers(Path dir, Map<String, String> settings, String... names) {
    Path jar = Path.of(System.getProperty("autoposter.server.jar"));
    List<PublishingProcess> servers = new ArrayList<>();
    for (String name : names) {
      Map<String, String> own = new HashMap<>(settings);
      own.put("autoposter.data-dir", dir.resolve(name).toString());
      own.put("autoposter.media.dir", dir.resolve("shared").resolve("media").toString());
      own.put(
          "autoposter.two-factor.key-file",
          dir.resolve("shared").resolve("two-factor.key").toString());
      servers.add(new PublishingProcess(name, jar, logs(), own));
    }
    return servers;
  }

  /** The processes' logs, kept after the test in {@code target/harness-logs}. */
  private static Path logs() {
    try {
      return java.nio.file.Files.createDirectories(Path.of("target", "harness-logs"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Connects every Facebook Page the simulated user manages; returns how many. */
  static int connectFacebookPages(ServerApi api, Brand brand) throws Exception {
    HttpResponse<String> started =
        api.postRaw(
            "/api/v1/accounts/connect", new ConnectAccountRequest(brand.id(), Network.FACEBOOK));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    ConnectAccountStart start =
        Json.tolerant().readValue(started.body(), ConnectAccountStart.class);
    ConsentBrowser browser = new ConsentBrowser().ticking(box -> box.startsWith("FACEBOOK:"));
    browser.accept(URI.create(start.startUrl().toString()));
    HttpResponse<byte[]> accounts = api.getRaw("/api/v1/accounts");
    int pages =
        Json.tolerant().readTree(accounts.body()).findValues("network").stream()
            .filter(n -> n.asText().equals("FACEBOOK"))
            .toList()
            .size();
    assertThat(pages).as("Facebook Pages connected").isPositive();
    return pages;
  }

  /** Pushes {@code count} posts with unique captions due at {@code due}, as a desktop would. */
  static List<String> pushBurst(ServerApi api, Brand brand, int count, Instant due)
      throws Exception {
    ClientId client = ClientId.random();
    List<String> captions = new ArrayList<>();
    long mutationId = 0;
    for (int from = 0; from < count; from += SyncProtocol.MAX_PUSH_MUTATIONS) {
      List<Mutation> batch = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + SyncProtocol.MAX_PUSH_MUTATIONS); i++) {
        String caption = "Harness post " + i + " of " + count + " " + PostId.random();
        captions.add(caption);
        Post post =
            new Post(
                PostId.random(),
                brand.id(),
                caption,
                Set.of(Network.FACEBOOK),
                due,
                ZoneId.of("Europe/Rome"),
                PostStatus.SCHEDULED,
                "");
        batch.add(
            new CreatePost(
                ++mutationId, new HybridTimestamp(System.currentTimeMillis(), 0, "harness"), post));
      }
      HttpResponse<String> pushed =
          api.postRaw(
              "/api/v1/sync/push", new PushRequest(client, SyncProtocol.SCHEMA_VERSION, batch));
      assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
      PushResponse response = Json.tolerant().readValue(pushed.body(), PushResponse.class);
      assertThat(response.results())
          .as("every post accepted")
          .allSatisfy(r -> assertThat(r.reasonCode()).isEmpty());
    }
    return captions;
  }

  /** Targets by state; empty before the schema exists. */
  static Map<String, Integer> targetStates(Postgres pg) throws SQLException {
    try (Connection db = pg.connect();
        Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery("SELECT state, COUNT(*) FROM publish_targets GROUP BY state")) {
      Map<String, Integer> states = new HashMap<>();
      while (rows.next()) {
        states.put(rows.getString(1), rows.getInt(2));
      }
      return states;
    } catch (SQLException e) {
      if (e.getMessage().contains("publish_targets")) {
        return Map.of(); // not migrated yet
      }
      throw e;
    }
  }

  /** Whether every one of {@code expected} targets exists and no worker will touch it again. */
  static boolean settled(Map<String, Integer> states, int expected) {
    int done =
        states.getOrDefault("PUBLISHED", 0)
            + states.getOrDefault("NEEDS_ATTENTION", 0)
            + states.getOrDefault("FAILED", 0);
    int all = states.values().stream().mapToInt(Integer::intValue).sum();
    return all >= expected && done == all;
  }

  /** The unsettled targets with their claims, for a failure message. */
  static String describeUnsettled(Postgres pg) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection db = pg.connect();
        Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT id, state, fence, claimed_by, lease_until, attempts, reconciles,"
                    + " next_attempt_at, error_code FROM publish_targets WHERE state NOT IN"
                    + " ('PUBLISHED', 'NEEDS_ATTENTION', 'FAILED') LIMIT 20")) {
      while (rows.next()) {
        out.append("\n  ");
        for (int column = 1; column <= 9; column++) {
          out.append(rows.getString(column)).append(column < 9 ? " | " : "");
        }
      }
    }
    return out.toString();
  }

  static List<Target> targets(Postgres pg) throws SQLException {
    List<Target> targets = new ArrayList<>();
    try (Connection db = pg.connect();
        Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT t.state, t.error_message, t.platform_post_id, p.caption FROM"
                    + " publish_targets t JOIN posts p ON p.id = t.post_id")) {
      while (rows.next()) {
        targets.add(
            new Target(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
      }
    }
    return targets;
  }

  /** The posts on the simulator's Facebook Pages. */
  static List<PublishedItem> pagePosts(PlatformSimulator sim) {
    return sim.published()
        .select(
            item ->
                item.network() == SimulatedNetwork.FACEBOOK
                    && item.kind() == PublishedItem.Kind.FACEBOOK_POST);
  }

  /**
   * The proof: no page shows a text twice, every post has a target per page, each PUBLISHED or
   * NEEDS_ATTENTION with a reason, and each published one names a post that is on its page.
   */
  static void checkExactlyOnce(
      List<PublishedItem> onPages, List<Target> targets, int posts, int pages) {
    List<String> twice =
        onPages.stream()
            .collect(
                Collectors.groupingBy(
                    item -> item.account() + " " + item.text(), Collectors.counting()))
            .entrySet()
            .stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .toList();
    assertThat(twice).as("posts that appear twice on a page").isEmpty();
    assertThat(targets).as("every post has a target per page").hasSize(posts * pages);
    assertThat(targets)
        .as("every target is PUBLISHED, or NEEDS_ATTENTION with a reason: none lost")
        .allSatisfy(
            t -> {
              assertThat(t.state()).as(t.caption()).isIn("PUBLISHED", "NEEDS_ATTENTION");
              if (t.state().equals("NEEDS_ATTENTION")) {
                assertThat(t.errorMessage()).as("the reason for " + t.caption()).isNotBlank();
              }
            });
    Set<String> onSimulator = onPages.stream().map(PublishedItem::id).collect(Collectors.toSet());
    assertThat(
            targets.stream().filter(t -> t.state().equals("PUBLISHED")).map(Target::platformPostId))
        .as("every published target names a post that is on the page")
        .allSatisfy(id -> assertThat(onSimulator).contains(id));
  }

  private static String masterKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
