package io.autoposter.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.storage.SavedSession;
import io.autoposter.desktop.storage.SessionStore;
import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last agency's database opens in the background and is handed over once. */
class StorePreloadTest {

  @TempDir Path dataDir;
  private final AgencyId agency = AgencyId.random();

  @AfterEach
  void tearDown() {
    StorePreload.discardAndWait();
  }

  private void saveSession() {
    new SessionStore(dataDir, Optional.empty())
        .save(
            new SavedSession(
                "http://127.0.0.1:8080/",
                "ana@agency.test",
                agency,
                UserId.random(),
                "Bellavista",
                "secret-token",
                Instant.parse("2030-01-01T00:00:00Z")));
  }

  @Test
  void theSavedSessionsDatabaseIsOpenedAheadAndTakenOnce() {
    saveSession();

    StorePreload.begin(dataDir);
    Optional<LocalStore> taken = StorePreload.take(dataDir, agency);

    assertThat(taken).isPresent();
    try (LocalStore store = taken.get()) {
      assertThat(store.brands()).isEmpty();
    }
    assertThat(StorePreload.take(dataDir, agency)).as("only once").isEmpty();
  }

  @Test
  void anotherAgencyOrNoSessionGetsNothing() {
    StorePreload.begin(dataDir);
    assertThat(StorePreload.take(dataDir, agency)).as("no session saved").isEmpty();

    saveSession();
    StorePreload.begin(dataDir);
    assertThat(StorePreload.take(dataDir, AgencyId.random())).isEmpty();
  }

  @Test
  void theHttpClientForTheSavedServerIsMadeAheadAndTakenOnce() {
    saveSession();

    StorePreload.begin(dataDir);

    assertThat(StorePreload.takeClient("http://127.0.0.1:8080"))
        .as("the same server, without the trailing slash")
        .hasValueSatisfying(
            client -> {
              assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:8080/");
              client.close();
            });
    assertThat(StorePreload.takeClient("http://127.0.0.1:8080/")).as("only once").isEmpty();
    StorePreload.take(dataDir, agency).ifPresent(LocalStore::close);
  }

  @Test
  void aClientForAnotherServerIsNotHandedOut() {
    saveSession();

    StorePreload.begin(dataDir);

    assertThat(StorePreload.takeClient("https://autoposter.example.com/")).isEmpty();
  }
}
