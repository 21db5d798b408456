package io.autoposter.server.auth;

import io.autoposter.model.api.SignUpRequest;
import io.autoposter.model.api.UpdateAgencyRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/tenants}: an agency signs up; members read it, owners change its settings. */
public final class TenantsEndpoint implements HttpService {
  private final Registration registration;
  private final Agencies agencies;
  private final Access access;

  public TenantsEndpoint(Registration registration, Agencies agencies, Access access) {
    this.registration = registration;
    this.agencies = agencies;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/register", this::register).get("/{id}", this::get).patch("/{id}", this::update);
  }

  private void register(ServerRequest request, ServerResponse response) {
    SignUpRequest body = JsonBody.read(request, SignUpRequest.class);
    JsonBody.created(response, registration.register(body, access.origin(request)));
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, agencies.get(caller, request.path().pathParameters().get("id")));
  }

  private void update(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.OWNER);
    UpdateAgencyRequest body = JsonBody.read(request, UpdateAgencyRequest.class);
    JsonBody.ok(
        response,
        agencies.update(
            caller, request.path().pathParameters().get("id"), body, access.origin(request)));
  }
}
