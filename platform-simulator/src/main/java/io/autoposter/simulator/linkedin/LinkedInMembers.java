package io.autoposter.simulator.linkedin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.web.Json;
import io.autoposter.simulator.web.Params;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.Set;

/** Who the member is ({@code /v2/userinfo}) and which organizations they administer. */
final class LinkedInMembers {
  private static final Set<String> ADMIN_SCOPES =
      Set.of(
          "rw_organization_admin",
          "r_organization_admin",
          "r_organization_social",
          "w_organization_social");

  private final LinkedInContext linkedIn;

  LinkedInMembers(LinkedInContext linkedIn) {
    this.linkedIn = linkedIn;
  }

  /** {@code GET /v2/userinfo} (OpenID Connect): needs {@code openid} and {@code profile}. */
  void userinfo(ServerRequest request, ServerResponse response) {
    Optional<IssuedToken> token = linkedIn.caller(request, response);
    if (token.isEmpty()) {
      return;
    }
    if (!token.get().hasScope("openid") || !token.get().hasScope("profile")) {
      LinkedInErrors.accessDenied(response, "/userinfo");
      return;
    }
    if (linkedIn.gate().refuse(SimulatedNetwork.LINKEDIN, null, response, LinkedInContext.ERRORS)) {
      return;
    }
    Seed.LinkedInMember member = linkedIn.seed().linkedInMember();
    ObjectNode body = Json.object().put("sub", member.id());
    body.put("name", member.givenName() + " " + member.familyName());
    body.put("given_name", member.givenName()).put("family_name", member.familyName());
    body.putObject("locale").put("country", "US").put("language", "en");
    if (token.get().hasScope("email")) {
      body.put("email", member.email()).put("email_verified", true);
    }
    Json.ok(response, body);
  }

  /** {@code GET /rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED}. */
  void organizationAcls(ServerRequest request, ServerResponse response) {
    if (!LinkedInContext.versionAccepted(request, response)) {
      return;
    }
    Optional<IssuedToken> token = linkedIn.caller(request, response);
    if (token.isEmpty()) {
      return;
    }
    if (token.get().scopes().stream().noneMatch(ADMIN_SCOPES::contains)) {
      LinkedInErrors.accessDenied(response, "organizationAcls.FINDER-roleAssignee");
      return;
    }
    Params params = Params.of(request);
    if (!params.getOr("q", "").equals("roleAssignee")) {
      LinkedInErrors.send(response, 400, 0, null, "Invalid query parameters passed to request");
      return;
    }
    if (linkedIn.gate().refuse(SimulatedNetwork.LINKEDIN, null, response, LinkedInContext.ERRORS)) {
      return;
    }
    String role = params.getOr("role", "ADMINISTRATOR");
    String state = params.getOr("state", "APPROVED");
    ArrayNode elements = Json.array();
    if (role.equals("ADMINISTRATOR") && state.equals("APPROVED")) {
      for (Seed.LinkedInOrganization org : linkedIn.seed().organizations()) {
        elements
            .addObject()
            .put("role", "ADMINISTRATOR")
            .put("organization", org.urn())
            .put("roleAssignee", linkedIn.seed().linkedInMember().urn())
            .put("state", "APPROVED");
      }
    }
    ObjectNode body = Json.object();
    body.putObject("paging")
        .put("start", 0)
        .put("count", 10)
        .put("total", elements.size())
        .putArray("links");
    body.set("elements", elements);
    Json.ok(response, body);
  }

  /** {@code GET /rest/organizations/{id}}: name and vanity name. */
  void organization(ServerRequest request, ServerResponse response) {
    if (!LinkedInContext.versionAccepted(request, response)
        || linkedIn.caller(request, response).isEmpty()) {
      return;
    }
    String raw = request.path().pathParameters().get("id");
    Optional<Seed.LinkedInOrganization> org = Optional.empty();
    try {
      org = linkedIn.seed().organization(Long.parseLong(raw));
    } catch (NumberFormatException e) {
      // answered as not found below
    }
    if (org.isEmpty()) {
      LinkedInErrors.send(response, 404, 0, "NOT_FOUND", "Organization " + raw + " not found");
      return;
    }
    ObjectNode body = Json.object().put("id", org.get().id());
    body.put("localizedName", org.get().name()).put("vanityName", org.get().vanityName());
    body.putObject("name").putObject("localized").put("en_US", org.get().name());
    Json.ok(response, body);
  }
}
