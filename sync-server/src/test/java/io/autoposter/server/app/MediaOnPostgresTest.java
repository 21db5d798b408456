package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.api.MediaInfo;
import io.autoposter.model.api.SessionResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The media migration, row lock and duplicate-key retry on PostgreSQL; runs when {@code
 * AUTOPOSTER_TEST_POSTGRES_URL} is set, like {@link PostgresCompatibilityTest}.
 */
class MediaOnPostgresTest {
  private static final String URL = System.getenv("AUTOPOSTER_TEST_POSTGRES_URL");

  @TempDir Path dataDir;

  @Test
  void chunksApplyOneAtATimeAndBadContentIsDropped() throws Exception {
    Assumptions.assumeTrue(URL != null && !URL.isBlank(), "no PostgreSQL configured");
    Map<String, String> postgres =
        Map.of(
            "autoposter.db.url",
            URL,
            "autoposter.db.user",
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_USER", ""),
            "autoposter.db.password",
            System.getenv().getOrDefault("AUTOPOSTER_TEST_POSTGRES_PASSWORD", ""),
            "autoposter.publisher.enabled",
            "false");

    try (TestServer server = TestServer.start(dataDir, postgres)) {
      SessionResponse owner = server.register("Postgres Media Agency");
      MediaClient media = new MediaClient(server, owner.token());
      byte[] png = TestImages.png(128, 128, System.nanoTime());
      String sha = TestImages.sha256(png);
      int half = png.length / 2;

      List<Integer> firstHalves = race(() -> media.putChunk(sha, png, 0, half).status());
      assertThat(firstHalves).containsOnlyOnce(202).containsOnly(202, 409);
      assertThat(media.status(sha).info())
          .isEqualTo(new MediaInfo(sha, "", png.length, half, false));
      List<Integer> secondHalves = race(() -> media.putChunk(sha, png, half, png.length).status());
      assertThat(secondHalves).containsOnlyOnce(201).containsOnly(201, 200);
      assertThat(media.get(sha).body()).isEqualTo(png);

      byte[] other = TestImages.png(64, 64, System.nanoTime());
      String wrong = TestImages.sha256(new byte[] {1, 2, 3});
      assertThat(media.putAll(wrong, other).status()).isEqualTo(422);
      assertThat(media.status(wrong).status()).isEqualTo(404);
    }
  }

  private static List<Integer> race(Callable<Integer> call) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(pool.submit(call));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    }
  }
}
