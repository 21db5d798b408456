package io.autoposter.desktop.app;

import static io.autoposter.desktop.app.FxTestSupport.awaitFx;
import static io.autoposter.desktop.app.FxTestSupport.onFx;
import static io.autoposter.desktop.app.FxTestSupport.screenshot;

import io.autoposter.desktop.testing.FakeAdmin;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Role;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.DeviceSession;
import io.autoposter.model.api.Member;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** PNGs of the sign-in steps and the admin screens, light and dark, for a person to review. */
class AdminScreenshotTest {

  static final Brand LONG =
      new Brand(
          BrandId.parse("33333333-4444-5555-6666-777777777777"),
          "Ristorante & Pizzeria Bellavista al Lago di Como — Catering Division",
          ZoneId.of("America/Argentina/Buenos_Aires"),
          "#7C3AED");

  @TempDir Path dataDir;
  private final FakeServer server =
      new FakeServer()
          .withBrand(FakeServer.ROMA)
          .withBrand(ScreenshotTest.VERDE)
          .withBrand(LONG)
          .requireTwoFactor("654321");
  private final FxRobot robot = new FxRobot();
  private AutoposterApp app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxTestSupport.stop(app);
    }
    server.close();
  }

  private void data() {
    FakeAdmin admin = server.admin();
    admin.brands.add(
        new Brand(
            FakeServer.ROMA.id(),
            FakeServer.ROMA.name(),
            FakeServer.ROMA.zone(),
            FakeServer.ROMA.color(),
            "a".repeat(64)));
    admin.brands.add(ScreenshotTest.VERDE);
    admin.brands.add(LONG);
    admin.member("Marco Bianchi", "marco@bellavista.agency", Role.ADMIN, true, Set.of());
    admin.member(
        "Giulia Francesca Esposito-Montgomery",
        "giulia.francesca.esposito-montgomery@clients.bellavista-marketing.agency",
        Role.EDITOR,
        false,
        Set.of(FakeServer.ROMA.id(), LONG.id()));
    admin.member("Tom Weber", "tom@studio-verde.de", Role.APPROVER, false, Set.of());
    admin.member("", "viewer@bellavista.agency", Role.VIEWER, false, Set.of(FakeServer.ROMA.id()));
    admin.invitations.add(admin.invitation("lea@bellavista.agency", Role.EDITOR, true, Set.of()));
    admin.invitations.add(
        admin.invitation(
            "social-media-team@trattoria-roma-ristorante.it",
            Role.APPROVER,
            false,
            Set.of(FakeServer.ROMA.id())));
    admin.sessions.add(
        new DeviceSession(
            "s-2",
            "Autoposter desktop on Mac OS X",
            "84.17.201.5",
            "Autoposter/0.1",
            Instant.parse("2026-10-02T08:00:00Z"),
            Instant.parse("2026-11-19T17:45:00Z"),
            false));
    admin.sessions.add(
        new DeviceSession(
            "s-3",
            "Chrome on Windows (web)",
            "2a02:8108:1140:5c00:b1e4:3f2a:9d11:4e07",
            "Chrome",
            Instant.parse("2026-09-12T08:00:00Z"),
            Instant.parse("2026-11-02T12:10:00Z"),
            false));
    account(FakeServer.ROMA.id(), Network.INSTAGRAM, "@trattoriaroma");
    account(FakeServer.ROMA.id(), Network.FACEBOOK, "Trattoria Roma — Cucina romana dal 1962");
    account(FakeServer.ROMA.id(), Network.LINKEDIN, "Trattoria Roma S.r.l.");
    account(FakeServer.ROMA.id(), Network.X, "@TrattoriaRoma");
    account(ScreenshotTest.VERDE.id(), Network.SANDBOX, "Studio Verde (sandbox)");
    String[] actions = {
      "SIGN_IN",
      "SIGN_IN_FAILED",
      "INVITATION_CREATED",
      "BRAND_UPDATED",
      "TWO_FACTOR_ENABLED",
      "MEMBER_UPDATED",
      "SESSION_REVOKED",
      "BRAND_CREATED",
      "ACCOUNT_CONNECTED"
    };
    for (int i = 1; i <= 120; i++) {
      admin.auditEntry(i, actions[i % actions.length], i % 3 == 0 ? "Trattoria Roma" : "");
    }
  }

  private void account(BrandId brand, Network network, String name) {
    server.admin().accounts.add(new SocialAccount(SocialAccountId.random(), brand, network, name));
  }

  private int accountCards() {
    return onFx(
        () ->
            robot
                .lookup((Node n) -> n.getId() != null && n.getId().startsWith("accounts-"))
                .queryAll()
                .size());
  }

  private void open(String nav) {
    robot.clickOn("#nav-" + nav);
  }

  private static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** The "Change access" button in the row of the member whose name starts with {@code name}. */
  private Node changeAccessOf(String name) {
    return onFx(
        () ->
            robot
                .lookup("#membersTable")
                .lookup(
                    (Node n) ->
                        n instanceof Button b
                            && "Change access".equals(b.getText())
                            && memberOf(b).startsWith(name))
                .query());
  }

  private static String memberOf(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof TableRow<?> row && row.getItem() instanceof Member m) {
        return m.name();
      }
    }
    return "";
  }

  @SuppressWarnings("unchecked")
  private int rows(String table) {
    return onFx(
        () ->
            robot
                .lookup(table)
                .tryQuery()
                .map(n -> ((TableView<Object>) n).getItems().size())
                .orElse(-1));
  }

  @Test
  void adminScreensInLightAndDark() throws Exception {
    data();
    app = FxTestSupport.start(new AppSettings(dataDir, server.url(), false, null, null));
    onFx(
        () -> {
          robot.lookup("#email").queryTextInputControl().setText("ana@bellavista.agency");
          robot.lookup("#password").queryTextInputControl().setText(FakeServer.PASSWORD);
          return null;
        });
    robot.clickOn("#signIn");
    awaitFx("code step", () -> shown(robot.lookup("#oneTimeCode").query()));
    screenshot("10-sign-in-two-factor");

    robot.clickOn("#backToCredentials");
    robot.clickOn("#forgotPassword");
    awaitFx("reset step", () -> shown(robot.lookup("#resetEmail").query()));
    screenshot("11-forgot-password");
    robot.clickOn("#sendResetLink");
    awaitFx("reset sent", () -> shown(robot.lookup("#resetSentMessage").query()));
    screenshot("12-forgot-password-sent");

    robot.clickOn("#backToSignIn");
    onFx(
        () -> {
          robot.lookup("#password").queryTextInputControl().setText(FakeServer.PASSWORD);
          return null;
        });
    robot.clickOn("#signIn");
    awaitFx("code step", () -> shown(robot.lookup("#oneTimeCode").query()));
    robot.clickOn("#oneTimeCode").write("654321");
    robot.clickOn("#verifyCode");
    awaitFx("shell", () -> robot.lookup("#nav-brands").tryQuery().isPresent());

    open("brands");
    awaitFx(
        "brands",
        () ->
            robot
                    .lookup("#brandList")
                    .tryQuery()
                    .map(n -> ((ListView<?>) n).getItems().size())
                    .orElse(0)
                == 3);
    screenshot("13-brands-list");
    onFx(
        () -> {
          robot.lookup("#brandList").queryListView().getSelectionModel().select(0);
          return null;
        });
    awaitFx("form", () -> shown(robot.lookup("#brandForm").query()));
    screenshot("14-brands-edit");
    onFx(
        () -> {
          robot.lookup("#brandList").queryListView().getSelectionModel().select(2);
          return null;
        });
    awaitFx("logo", () -> shown(robot.lookup("#removeLogo").query()));
    screenshot("31-brands-edit-logo");

    open("team");
    awaitFx("members", () -> rows("#membersTable") == 5);
    screenshot("15-team");
    robot.clickOn("#inviteMember");
    onFx(
        () -> {
          robot
              .lookup("#inviteEmail")
              .queryTextInputControl()
              .setText("new.colleague@bellavista.agency");
          robot
              .lookup("#chosenBrands")
              .queryAs(javafx.scene.control.RadioButton.class)
              .setSelected(true);
          return null;
        });
    screenshot("16-team-invite");
    robot.clickOn("#cancelAccess");
    robot.clickOn(changeAccessOf("Giulia"));
    awaitFx("access sheet", () -> shown(robot.lookup("#submitAccess").query()));
    screenshot("30-team-change-access");
    robot.clickOn("#cancelAccess");

    open("account");
    awaitFx("sessions", () -> rows("#sessionsTable") == 3);
    screenshot("17-account-sessions");
    robot.clickOn("#setUpTwoFactor");
    awaitFx("qr", () -> robot.lookup("#qrCode").tryQuery().isPresent());
    awaitFx("codes", () -> robot.lookup("#totpSecret").queryLabeled().getText().length() > 10);
    screenshot("18-two-factor-enrollment");

    open("audit");
    awaitFx("audit", () -> rows("#auditTable") == 50);
    screenshot("19-audit-log");

    open("accounts");
    awaitFx("account cards", () -> accountCards() == 3);
    screenshot("68-social-accounts");
    robot.clickOn("#connectSandbox-" + LONG.id());
    awaitFx("connected", () -> shown(robot.lookup("#screenMessage").query()));
    awaitFx(
        "sandbox listed",
        () -> server.admin().accounts.stream().anyMatch(a -> a.brandId().equals(LONG.id())));
    screenshot("69-social-accounts-connected");
    connectedWithHealth();
    robot.clickOn("#reloadAccounts");
    awaitFx("health shown", () -> robot.lookup(".account-health-broken").tryQuery().isPresent());
    screenshot("71-social-accounts-health");

    onFx(
        () -> {
          AutoposterApp.applyTheme(true);
          return null;
        });
    open("team");
    awaitFx("members", () -> rows("#membersTable") == 5);
    screenshot("20-team-dark");
    robot.clickOn("#inviteMember");
    screenshot("21-team-invite-dark");
    open("account");
    awaitFx("sessions", () -> rows("#sessionsTable") == 3);
    screenshot("22-account-dark");
    robot.clickOn("#setUpTwoFactor");
    awaitFx("codes", () -> robot.lookup("#totpSecret").queryLabeled().getText().length() > 10);
    screenshot("23-two-factor-enrollment-dark");
    open("brands");
    awaitFx("brands", () -> robot.lookup("#brandList").queryListView().getItems().size() == 3);
    screenshot("24-brands-dark");
    open("accounts");
    awaitFx("account cards", () -> accountCards() == 3);
    awaitFx("health shown", () -> robot.lookup(".account-health-broken").tryQuery().isPresent());
    screenshot("70-social-accounts-dark");
    onFx(
        () -> {
          AutoposterApp.applyTheme(false);
          return null;
        });

    server.admin().brands.clear();
    server.admin().invitations.clear();
    server.admin().members.removeIf(m -> m.role() != Role.OWNER);
    server.admin().audit.clear();
    open("team");
    awaitFx("members", () -> rows("#membersTable") == 1);
    screenshot("25-team-empty");
    open("brands");
    awaitFx("no brands", () -> robot.lookup("#brandList").queryListView().getItems().isEmpty());
    screenshot("26-brands-empty");
    open("audit");
    awaitFx("no audit", () -> rows("#auditTable") == 0);
    screenshot("27-audit-empty");

    server.close();
    open("team");
    awaitFx("offline", () -> shown(robot.lookup("#needsConnection").query()));
    screenshot("28-team-offline");
  }

  @Test
  void requiredEnrolmentGoesStraightToTheSetUp() throws Exception {
    server.requireTwoFactor(null).enrollmentRequired(true);
    app = FxTestSupport.start(new AppSettings(dataDir, server.url(), false, null, null));
    onFx(
        () -> {
          robot.lookup("#email").queryTextInputControl().setText("ana@bellavista.agency");
          robot.lookup("#password").queryTextInputControl().setText(FakeServer.PASSWORD);
          return null;
        });
    robot.clickOn("#signIn");
    awaitFx("explanation", () -> robot.lookup("#enrollmentRequired").tryQuery().isPresent());
    awaitFx("codes", () -> robot.lookup("#totpSecret").queryLabeled().getText().length() > 10);
    screenshot("29-two-factor-required");
  }

  /** The health of Trattoria Roma's Facebook Page, Instagram, LinkedIn and X accounts. */
  private void connectedWithHealth() {
    for (SocialAccount account : server.admin().accounts) {
      if (!account.brandId().equals(FakeServer.ROMA.id())) {
        continue;
      }
      server
          .admin()
          .health
          .add(
              switch (account.network()) {
                case INSTAGRAM ->
                    health(
                        account,
                        TokenHealth.State.BROKEN,
                        null,
                        "Autoposter may not publish to this Instagram account: grant"
                            + " 'instagram_content_publish' when reconnecting.",
                        "Reconnect the Facebook Page");
                case LINKEDIN ->
                    health(
                        account,
                        TokenHealth.State.EXPIRING,
                        Instant.parse("2026-12-16T09:00:00Z"),
                        "LinkedIn ends this sign-in 365 days after it was first given.",
                        "Reconnect the LinkedIn page");
                case X ->
                    health(
                        account,
                        TokenHealth.State.HEALTHY,
                        Instant.parse("2027-11-20T09:00:00Z"),
                        "",
                        "");
                case FACEBOOK, SANDBOX -> health(account, TokenHealth.State.HEALTHY, null, "", "");
              });
    }
  }

  private static TokenHealth health(
      SocialAccount account, TokenHealth.State state, Instant by, String reason, String fix) {
    return new TokenHealth(
        account.id(),
        account.brandId(),
        account.network(),
        account.displayName(),
        state,
        by,
        reason,
        fix);
  }
}
