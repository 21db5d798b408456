package io.autoposter.desktop.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.testing.InMemoryKeychain;
import io.autoposter.model.AgencyId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the session secret goes: the keychain when it works, else the owner-only file. */
class SessionKeychainTest {

  @TempDir Path dir;
  private final InMemoryKeychain keychain = new InMemoryKeychain();
  private final SavedSession session =
      new SavedSession(
          "http://127.0.0.1:8080/",
          "Ana@agency.test",
          AgencyId.random(),
          UserId.random(),
          "Bellavista",
          "secret-token",
          Instant.parse("2030-01-01T00:00:00Z"),
          Role.ADMIN,
          false);

  @Test
  void withAKeychainTheTokenGoesThereAndNotIntoTheFile() throws Exception {
    SessionStore store = new SessionStore(dir, Optional.of(keychain));
    store.save(session);

    assertThat(keychain.entries)
        .containsEntry("http://127.0.0.1:8080/ana@agency.test", "secret-token");
    String file = Files.readString(store.file());
    assertThat(file).doesNotContain("secret-token").contains("ADMIN").contains("Bellavista");
    assertThat(store.tokenInKeychain()).isTrue();
    assertThat(store.load()).contains(session);
  }

  @Test
  void aLockedKeychainFallsBackToTheFile() throws Exception {
    keychain.broken = true;
    SessionStore store = new SessionStore(dir, Optional.of(keychain));
    store.save(session);

    assertThat(Files.readString(store.file())).contains("secret-token");
    assertThat(store.tokenInKeychain()).isFalse();
    assertThat(store.load()).contains(session);
  }

  @Test
  void withoutAKeychainTheTokenIsInTheFile() throws Exception {
    SessionStore store = new SessionStore(dir, Optional.empty());
    store.save(session);

    assertThat(Files.readString(store.file())).contains("secret-token");
    assertThat(store.load()).contains(session);
  }

  @Test
  void clearRemovesTheKeychainEntryAndTheFile() {
    SessionStore store = new SessionStore(dir, Optional.of(keychain));
    store.save(session);
    store.clear();

    assertThat(keychain.entries).isEmpty();
    assertThat(store.file()).doesNotExist();
    assertThat(store.load()).isEmpty();
  }

  @Test
  void aMissingKeychainEntryMeansSigningInAgain() {
    SessionStore store = new SessionStore(dir, Optional.of(keychain));
    store.save(session);
    keychain.entries.clear();

    assertThat(store.load()).isEmpty();
  }

  @Test
  void aFileFromBeforeTheKeychainStillLoads() throws Exception {
    Files.writeString(
        dir.resolve("session.json"),
        """
        {"serverUrl":"http://x/","email":"a@b.c","agencyId":"%s","userId":"%s",
         "agencyName":"A","token":"old-token","expiresAt":"2030-01-01T00:00:00Z"}
        """
            .formatted(AgencyId.random(), UserId.random()));
    SessionStore store = new SessionStore(dir, Optional.of(keychain));

    assertThat(store.load()).map(SavedSession::token).contains("old-token");
  }
}
