package io.autoposter.simulator.consent;

import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /_sim/consent/{ticket}}: the consent form posts here (a GET link works too). */
public final class ConsentEndpoint implements HttpService {
  private final Consents consents;

  public ConsentEndpoint(Consents consents) {
    this.consents = consents;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/{ticket}", this::decide).get("/{ticket}", this::decide);
  }

  private void decide(ServerRequest request, ServerResponse response) {
    consents.decide(request.path().pathParameters().get("ticket"), Params.of(request), response);
  }
}
