package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Role;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PushResponse;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For each role and each non-public route, the expected allow/deny from {@link RouteCatalog}: a
 * viewer cannot write, an editor cannot manage the team, only an owner changes agency settings.
 */
class RoleMatrixTest {
  @TempDir static Path dataDir;
  static TestServer server;
  static Tenant agency;
  static final Map<Role, SessionResponse> MEMBERS = new EnumMap<>(Role.class);

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir);
    agency = new Tenant(server, "Role Agency", true);
    MEMBERS.put(Role.OWNER, agency.owner);
    for (Role role : Set.of(Role.ADMIN, Role.EDITOR, Role.APPROVER, Role.VIEWER)) {
      MEMBERS.put(role, server.member(agency.owner.token(), role, true, Set.of()));
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void eachRouteAllowsExactlyItsRoles(Role role) {
    String email = MEMBERS.get(role).email();
    for (var route : RouteCatalog.entries().entrySet()) {
      String token = server.signIn(email, TestServer.PASSWORD).as(SessionResponse.class).token();
      RouteCatalog.Call call = route.getValue().call().build(agency, token, email);
      Reply reply = RouteCatalog.send(server, call, token);
      boolean allowed = route.getValue().allowed().contains(role);
      String what = role + " " + route.getKey() + " → " + reply.status() + " " + reply.body();

      if (route.getKey().equals("POST /api/v1/sync/push")) {
        assertThat(reply.status()).as(what).isEqualTo(200);
        MutationResult result = reply.as(PushResponse.class).results().getFirst();
        assertThat(result.outcome() == MutationOutcome.APPLIED).as(what).isEqualTo(allowed);
        if (!allowed) {
          assertThat(result.reasonCode()).as(what).isEqualTo("ROLE_CANNOT_WRITE");
        }
      } else if (allowed) {
        assertThat(reply.status()).as(what).isNotIn(401, 403, 404).isLessThan(500);
      } else {
        assertThat(reply.status()).as(what).isEqualTo(403);
        assertThat(reply.problem().code()).as(what).isEqualTo("FORBIDDEN");
      }
    }
  }
}
