package io.autoposter.desktop.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.AgencyId;
import io.autoposter.model.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {

  @TempDir Path dir;

  @Test
  void sessionRoundTripsAndIsReadableByOwnerOnly() throws Exception {
    SessionStore store = new SessionStore(dir);
    SavedSession session =
        new SavedSession(
            "http://127.0.0.1:8080/",
            "ana@agency.test",
            AgencyId.random(),
            UserId.random(),
            "Bellavista",
            "secret-token",
            Instant.parse("2030-01-01T00:00:00Z"));

    store.save(session);

    assertThat(store.load()).contains(session);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
        .isEqualTo("rw-------");
    assertThat(session.toString()).doesNotContain("secret-token");
    assertThat(session.matches("http://127.0.0.1:8080", "ANA@agency.test")).isTrue();
  }

  @Test
  void damagedFileMeansNoSession() throws Exception {
    SessionStore store = new SessionStore(dir);
    Files.writeString(store.file(), "{not json");
    assertThat(store.load()).isEmpty();
  }
}
