package io.autoposter.server.auth;

import io.autoposter.model.api.SignUpRequest;
import io.autoposter.server.api.JsonBody;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/tenants}: an agency signs up. */
public final class TenantsEndpoint implements HttpService {
  private final Registration registration;

  public TenantsEndpoint(Registration registration) {
    this.registration = registration;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/register", this::register);
  }

  private void register(ServerRequest request, ServerResponse response) {
    SignUpRequest body = JsonBody.read(request, SignUpRequest.class);
    JsonBody.created(response, registration.register(body, Authenticator.remoteAddress(request)));
  }
}
