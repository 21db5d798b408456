package io.autoposter.server.audit;

import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.Permission;
import io.autoposter.server.api.JsonBody;
import io.autoposter.server.api.ProblemException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code /api/v1/audit}: the agency's audit log for owners and admins. */
public final class AuditEndpoint implements HttpService {
  private final AuditLog audit;
  private final Access access;

  public AuditEndpoint(AuditLog audit, Access access) {
    this.audit = audit;
    this.access = access;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::page);
  }

  private void page(ServerRequest request, ServerResponse response) {
    Caller caller = access.require(request, Permission.MANAGE);
    var query = request.query();
    JsonBody.ok(
        response,
        audit.page(
            caller.agencyId(),
            number(query.first("page").orElse("0")),
            number(query.first("size").orElse("50")),
            query.first("action").orElse(null),
            query.first("actor").orElse(null),
            query.first("from").orElse(null),
            query.first("to").orElse(null)));
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.validation("page and size must be whole numbers.");
    }
  }
}
