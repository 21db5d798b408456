package io.autoposter.server.brands;

import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.server.api.JsonBody;
import io.autoposter.server.auth.Authenticator;
import io.autoposter.server.auth.Caller;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/clients}: the agency's brands. */
public final class BrandsEndpoint implements HttpService {
  private final Brands brands;
  private final Authenticator authenticator;

  public BrandsEndpoint(Brands brands, Authenticator authenticator) {
    this.brands = brands;
    this.authenticator = authenticator;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::list).post("/", this::create);
  }

  private void list(ServerRequest request, ServerResponse response) {
    Caller caller = authenticator.require(request);
    JsonBody.ok(response, brands.list(caller.agencyId()));
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = authenticator.require(request);
    CreateBrandRequest body = JsonBody.read(request, CreateBrandRequest.class);
    JsonBody.created(response, brands.create(caller.agencyId(), body));
  }
}
