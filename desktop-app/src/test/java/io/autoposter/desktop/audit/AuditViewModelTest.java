package io.autoposter.desktop.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.testing.TestClients;
import io.autoposter.desktop.ui.TaskExecutor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditViewModelTest {

  private final FakeServer server = new FakeServer();
  private final ServerClient client = TestClients.signedIn(server);
  private final AuditViewModel model =
      new AuditViewModel(client.audit(), TaskExecutor.sameThread(), ZoneId.of("Europe/Rome"), 2);

  @BeforeEach
  void entries() {
    for (int i = 1; i <= 5; i++) {
      server.admin().auditEntry(i, i % 2 == 0 ? "SIGN_IN_FAILED" : "SIGN_IN", "ana@b.agency");
    }
  }

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void pagesThroughTheLog() {
    model.search();
    assertThat(model.entries()).hasSize(2);
    assertThat(model.pageTextProperty().get()).isEqualTo("Page 1 of 3");
    assertThat(model.canPreviousProperty().get()).isFalse();

    model.next();
    model.next();
    assertThat(model.pageTextProperty().get()).isEqualTo("Page 3 of 3");
    assertThat(model.entries()).hasSize(1);
    assertThat(model.canNextProperty().get()).isFalse();

    model.previous();
    assertThat(model.pageTextProperty().get()).isEqualTo("Page 2 of 3");
  }

  @Test
  void theActionFilterGoesToTheServerAndStartsAtPageOne() {
    model.search();
    model.next();
    model.actionProperty().set("SIGN_IN_FAILED");
    model.search();

    assertThat(model.entries()).extracting(e -> e.action()).containsOnly("SIGN_IN_FAILED");
    assertThat(model.pageTextProperty().get()).isEqualTo("Page 1 of 1");
    assertThat(server.calls().getLast().path()).isEqualTo("GET /api/v1/audit");
  }

  @Test
  void datesAreWholeLocalDaysWithAnInclusiveEnd() {
    model.fromProperty().set(LocalDate.of(2026, 11, 1));
    model.toProperty().set(LocalDate.of(2026, 11, 2));
    var query = model.query(0);
    assertThat(query.from()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
    assertThat(query.to()).isEqualTo(Instant.parse("2026-11-02T23:00:00Z"));
  }

  @Test
  void actionsReadAsWords() {
    assertThat(AuditActions.describe("SIGN_IN_FAILED")).isEqualTo("Failed sign-in");
    assertThat(AuditActions.describe("POST_PUBLISHED")).isEqualTo("Post published");
  }
}
