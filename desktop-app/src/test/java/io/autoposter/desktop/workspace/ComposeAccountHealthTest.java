package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.accounts.AccountHealthBook;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.TokenHealth;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.rules.Severity;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.PullResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composer flags accounts that could not publish the post, from the last known token health;
 * without the toolkit. The post is due tomorrow, 11 Jan 2026 at 09:00 in Rome (08:00 UTC).
 */
class ComposeAccountHealthTest {

  private static final Brand ROMA = ComposeViewModelTest.ROMA;
  private static final Brand SOLE =
      new Brand(BrandId.random(), "Bar Sole", ZoneId.of("Europe/Rome"), "#15803D");

  @TempDir Path dir;
  private LocalStore store;
  private ComposeViewModel model;
  private final AccountHealthBook book = AccountHealthBook.inMemory();
  private final List<TokenHealth> health = new ArrayList<>();

  @BeforeEach
  void setUp() {
    store = LocalStore.open(dir.resolve("local"));
    store.applyPage(new PullResponse(List.of(new BrandChanged(1, ROMA)), 1, false, 0, 1));
    model =
        new ComposeViewModel(
            new SimpleObjectProperty<>(ROMA),
            store,
            () -> {},
            TaskExecutor.sameThread(),
            ComposeViewModelTest.NOW,
            ZoneId.of("America/New_York"),
            saved -> {},
            () -> {},
            book);
    model.captionProperty().set("Pizza night on Friday!");
    model.networkProperty(Network.X).set(true);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void known(TokenHealth... accounts) {
    health.addAll(List.of(accounts));
    book.record(List.copyOf(health));
  }

  private static TokenHealth account(
      Brand brand, Network network, String name, TokenHealth.State state, String reconnectBy) {
    return new TokenHealth(
        new SocialAccountId(UUID.randomUUID()),
        brand.id(),
        network,
        name,
        state,
        reconnectBy == null ? null : Instant.parse(reconnectBy),
        state == TokenHealth.State.BROKEN ? "X no longer accepts this sign-in" : "",
        state == TokenHealth.State.HEALTHY ? "" : "Reconnect the X account");
  }

  private List<String> codes() {
    return model.findings().stream().map(Finding::code).toList();
  }

  @Test
  void aBrokenAccountIsAnErrorThatBlocksSchedulingButNotTheDraft() {
    known(account(ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.BROKEN, null));

    assertThat(model.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("ACCOUNT_NEEDS_RECONNECTING");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo(
                      "The X account @TrattoriaRoma needs reconnecting. X no longer accepts this"
                          + " sign-in. Reconnect it in Accounts.");
            });
    assertThat(model.canScheduleProperty().get()).isFalse();
    assertThat(model.blockedReasonProperty().get()).contains("Reconnect the account in Accounts");
    assertThat(model.canSaveDraftProperty().get()).isTrue();
  }

  @Test
  void accessEndingBeforeTheDueTimeIsFlaggedWithTheDayInTheBrandsZone() {
    known(
        account(
            ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.EXPIRING, "2026-01-10T23:30:00Z"));

    assertThat(model.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("ACCOUNT_ACCESS_ENDS_BEFORE_DUE");
              assertThat(f.blocksScheduling()).isTrue();
              // 23:30 UTC on the 10th is already the 11th in Rome: the same day, so the hour too.
              assertThat(f.message())
                  .isEqualTo(
                      "Access to X account @TrattoriaRoma ends on 11 Jan 2026 at 00:30, before"
                          + " this post is due. Reconnect it in Accounts.");
            });
    assertThat(model.canScheduleProperty().get()).isFalse();
  }

  @Test
  void accessEndingAfterTheDueTimeIsNotFlagged() {
    known(
        account(
            ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.EXPIRING, "2026-01-11T08:01:00Z"));

    assertThat(model.findings()).isEmpty();
    assertThat(model.canScheduleProperty().get()).isTrue();
  }

  @Test
  void accessEndingExactlyAtTheDueTimeIsFlagged() {
    known(
        account(
            ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.HEALTHY, "2026-01-11T08:00:00Z"));

    assertThat(codes()).containsExactly("ACCOUNT_ACCESS_ENDS_BEFORE_DUE");
  }

  @Test
  void otherBrandsAccountsAndUnchosenNetworksAreIgnored() {
    known(
        account(ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.HEALTHY, null),
        account(SOLE, Network.X, "@BarSole", TokenHealth.State.BROKEN, null),
        account(ROMA, Network.LINKEDIN, "Trattoria Roma", TokenHealth.State.BROKEN, null),
        account(
            ROMA,
            Network.FACEBOOK,
            "Trattoria Roma",
            TokenHealth.State.EXPIRING,
            "2026-01-10T20:00:00Z"));

    assertThat(model.findings()).isEmpty();

    model.networkProperty(Network.LINKEDIN).set(true);
    assertThat(codes()).containsExactly("ACCOUNT_NEEDS_RECONNECTING");
  }

  @Test
  void movingTheDueTimeBeforeTheEndOfAccessRemovesTheFlag() {
    known(
        account(
            ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.EXPIRING, "2026-01-11T07:00:00Z"));
    assertThat(codes()).containsExactly("ACCOUNT_ACCESS_ENDS_BEFORE_DUE");

    model.dueTimeProperty().set("07:30"); // 06:30 UTC

    assertThat(model.findings()).isEmpty();
    assertThat(model.canScheduleProperty().get()).isTrue();
  }

  @Test
  void aDraftWithoutADueDayHearsOnlyOfBrokenAccounts() {
    known(
        account(
            ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.EXPIRING, "2026-01-10T20:00:00Z"),
        account(ROMA, Network.SANDBOX, "Roma (sandbox)", TokenHealth.State.BROKEN, null));

    model.dueDateProperty().set(null);

    assertThat(codes()).containsExactly("ACCOUNT_NEEDS_RECONNECTING");
  }

  @Test
  void aNewAnswerFromTheServerUpdatesTheOpenForm() {
    assertThat(model.findings()).isEmpty();

    known(account(ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.BROKEN, null));
    assertThat(codes()).containsExactly("ACCOUNT_NEEDS_RECONNECTING");

    health.clear();
    known(account(ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.HEALTHY, null));
    assertThat(model.findings()).isEmpty();
  }

  @Test
  void aFlagComesBeforeTheCaptionRulesFindings() {
    known(account(ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.BROKEN, null));

    model.captionProperty().set("x".repeat(300));

    assertThat(codes().getFirst()).isEqualTo("ACCOUNT_NEEDS_RECONNECTING");
    assertThat(codes()).hasSizeGreaterThan(1);
    assertThat(model.dueDateProperty().get()).isEqualTo(LocalDate.of(2026, 1, 11));
  }

  @Test
  void aChosenNetworkWithoutAnAccountOfTheBrandIsAWarningOnceTheAccountsAreListed() {
    assertThat(model.findings()).as("accounts never listed on this computer").isEmpty();

    known(
        account(SOLE, Network.INSTAGRAM, "@barsole", TokenHealth.State.HEALTHY, null),
        account(ROMA, Network.SANDBOX, "Roma (sandbox)", TokenHealth.State.HEALTHY, null));
    model.networkProperty(Network.INSTAGRAM).set(true);

    List<Finding> accounts = accountFindings();
    assertThat(accounts)
        .extracting(Finding::network, Finding::severity, Finding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Network.INSTAGRAM, Severity.WARNING, "ACCOUNT_NOT_CONNECTED"),
            org.assertj.core.groups.Tuple.tuple(
                Network.X, Severity.WARNING, "ACCOUNT_NOT_CONNECTED"));
    assertThat(accounts.getLast().message())
        .isEqualTo(
            "X is not connected for this brand, so the post would fail at its time. Connect X in"
                + " Accounts.");
    model.networkProperty(Network.INSTAGRAM).set(false);
    assertThat(model.canScheduleProperty().get())
        .as(
            "a warning does not block: %s %s",
            model.blockedReasonProperty().get(), model.findings())
        .isTrue();
    model.networkProperty(Network.INSTAGRAM).set(true);

    known(account(ROMA, Network.X, "@TrattoriaRoma", TokenHealth.State.HEALTHY, null));
    assertThat(accountFindings())
        .singleElement()
        .satisfies(f -> assertThat(f.network()).isEqualTo(Network.INSTAGRAM));
  }

  private List<Finding> accountFindings() {
    return model.findings().stream().filter(f -> f.code().startsWith("ACCOUNT_")).toList();
  }
}
