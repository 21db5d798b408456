package io.autoposter.server.brands;

import io.autoposter.model.BrandId;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.UpdateBrandRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.autoposter.server.api.ProblemException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;
import java.util.UUID;

/** {@code /api/v1/clients}: the agency's brands, their logos and their posting quotas. */
public final class BrandsEndpoint implements HttpService {
  private final Brands brands;
  private final BrandLogos logos;
  private final BrandQuotas quotas;
  private final Access access;

  public BrandsEndpoint(Brands brands, BrandLogos logos, BrandQuotas quotas, Access access) {
    this.brands = brands;
    this.logos = logos;
    this.quotas = quotas;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .get("/", this::list)
        .post("/", this::create)
        .get("/{id}", this::get)
        .patch("/{id}", this::update)
        .delete("/{id}", this::delete)
        .put("/{id}/logo", this::putLogo)
        .get("/{id}/logo", this::getLogo)
        .delete("/{id}/logo", this::deleteLogo)
        .get("/{id}/quota", this::quota);
  }

  private void list(ServerRequest request, ServerResponse response) {
    JsonBody.ok(response, brands.list(access.require(request, Permission.MEMBER)));
  }

  private void create(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    CreateBrandRequest body = JsonBody.read(request, CreateBrandRequest.class);
    JsonBody.created(response, brands.create(caller, body, access.origin(request)));
  }

  private void get(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, brands.get(caller, id(request)));
  }

  private void update(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    BrandId id = id(request);
    UpdateBrandRequest body = JsonBody.read(request, UpdateBrandRequest.class);
    JsonBody.ok(response, brands.update(caller, id, body, access.origin(request)));
  }

  private void delete(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    brands.delete(caller, id(request), access.origin(request));
    response.status(Status.NO_CONTENT_204).send();
  }

  private void putLogo(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    BrandId id = id(request);
    byte[] bytes = request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
    JsonBody.ok(response, logos.put(caller, id, bytes, access.origin(request)));
  }

  private void getLogo(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    BrandLogos.Image image = logos.get(caller, id(request));
    response.header(HeaderNames.CONTENT_TYPE, image.contentType());
    response.header(HeaderNames.CACHE_CONTROL, "private, max-age=300");
    response.send(image.bytes());
  }

  private void deleteLogo(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    JsonBody.ok(response, logos.delete(caller, id(request), access.origin(request)));
  }

  private void quota(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MEMBER);
    JsonBody.ok(response, Map.of("quotas", quotas.usage(caller, id(request))));
  }

  /** A malformed id is as unknown as a missing one. */
  static BrandId id(ServerRequest request) {
    try {
      return new BrandId(UUID.fromString(request.path().pathParameters().get("id")));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("There is no such brand.");
    }
  }
}
