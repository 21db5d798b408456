package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.sync.MutationOutcome;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.server.api.Routes;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every registered route, called by agency A's owner with agency B's ids: the answer is 403 or 404
 * (or, for routes without ids, nothing of B in it), and B's data is unchanged afterwards.
 */
class CrossAgencyMatrixTest {
  @TempDir static Path dataDir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dataDir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRouteIsInTheCatalogOrPublic() {
    Set<String> known = new HashSet<>(RouteCatalog.entries().keySet());
    known.addAll(RouteCatalog.PUBLIC);
    assertThat(server.routes()).extracting(Routes.Route::toString).allMatch(known::contains);
    assertThat(known)
        .containsExactlyInAnyOrderElementsOf(
            server.routes().stream().map(Routes.Route::toString).toList());
  }

  @Test
  void agencyAReachesNothingOfAgencyB() {
    Tenant a = new Tenant(server, "Agency A", false);
    Tenant b = new Tenant(server, "Agency B", false);
    String before = b.snapshot();

    for (Map.Entry<String, RouteCatalog.Entry> route : RouteCatalog.entries().entrySet()) {
      // A fresh session each time: some routes end the session they are called with.
      String token =
          server.signIn(a.owner.email(), TestServer.PASSWORD).as(SessionResponse.class).token();
      RouteCatalog.Call call = route.getValue().call().build(b, token, a.owner.email());
      Reply reply = RouteCatalog.send(server, call, token);
      String what = route.getKey() + " → " + reply.status() + " " + reply.body();

      if (call.path().contains(b.owner.agencyId().toString())
          || call.path().contains(b.brand.id().toString())
          || call.path().contains(b.member.userId().toString())
          || call.path().contains(b.invitationId)
          || call.path().contains(b.account.id().toString())
          || call.method().equals("GET") && call.path().contains(b.mediaSha256)
          || call.method().equals("DELETE") && call.path().startsWith("/api/v1/sessions/")) {
        assertThat(reply.status()).as(what).isIn(403, 404);
      } else if (route.getKey().equals("POST /api/v1/sync/push")) {
        assertThat(reply.status()).as(what).isEqualTo(200);
        var result = reply.as(PushResponse.class).results().getFirst();
        assertThat(result.outcome()).as(what).isEqualTo(MutationOutcome.REJECTED);
        assertThat(result.reasonCode()).as(what).isEqualTo("BRAND_NOT_FOUND");
      } else if (call.body() != null && new String(call.body()).contains(b.brand.id().toString())) {
        assertThat(reply.status()).as(what).isIn(403, 404);
      } else {
        assertThat(reply.status()).as(what).isLessThan(500);
      }
      for (String secret : b.secrets()) {
        assertThat(reply.body()).as(what).doesNotContain(secret);
      }
    }

    assertThat(b.snapshot()).isEqualTo(before);
  }
}
