package io.autoposter.desktop.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacySchemaTest {

  @TempDir Path dir;

  @Test
  void aSchema2DatabaseIsClearedAndPulledAgainKeepingItsClientId() throws Exception {
    Path file = dir.resolve("local");
    String clientId = "0b6d5c1e-3f4a-4a4e-9f0e-4b8e1a2c3d4e";
    try (Connection db =
            DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
        Statement sql = db.createStatement()) {
      sql.execute(
          "CREATE TABLE posts (id VARCHAR(36) PRIMARY KEY, caption VARCHAR(1000) NOT NULL,"
              + " networks VARCHAR(200) NOT NULL)");
      sql.execute("INSERT INTO posts VALUES ('p', 'old caption', 'SANDBOX')");
      sql.execute(
          "CREATE TABLE outbox (mutation_id BIGINT PRIMARY KEY, post_id VARCHAR(36) NOT NULL,"
              + " mutation_json VARCHAR(100000) NOT NULL, created_at TIMESTAMP NOT NULL)");
      sql.execute(
          "INSERT INTO outbox VALUES (8, 'p', '{\"type\":\"post.upsert\"}', CURRENT_TIMESTAMP)");
      sql.execute(
          "CREATE TABLE sync_state (id INT PRIMARY KEY, client_id VARCHAR(36) NOT NULL,"
              + " pull_cursor BIGINT NOT NULL, last_mutation_id BIGINT NOT NULL,"
              + " next_mutation_id BIGINT NOT NULL, hlc_wall BIGINT NOT NULL,"
              + " hlc_counter INT NOT NULL)");
      sql.execute("INSERT INTO sync_state VALUES (1, '" + clientId + "', 120, 7, 9, 0, 0)");
    }

    try (LocalStore store = LocalStore.open(file)) {
      assertThat(store.clientId().toString()).isEqualTo(clientId);
      assertThat(store.allPosts()).isEmpty();
      assertThat(store.pendingCount()).isZero();
      assertThat(store.syncState().cursor()).isZero();
      assertThat(store.syncState().nextMutationId()).isEqualTo(8);
      store.recordEdit(LocalStoreTest.post("new"));
      assertThat(store.outboxIds()).containsExactly(8L);
    }
  }
}
