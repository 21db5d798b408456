package io.autoposter.simulator.consent;

import io.autoposter.simulator.faults.Conditions;
import io.autoposter.simulator.state.AuthorizationCode;
import io.autoposter.simulator.state.AuthorizationCodes;
import io.autoposter.simulator.web.Html;
import io.autoposter.simulator.web.Params;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Shows consent pages and turns the answer into a redirect with a code or an error. */
public final class Consents {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ConcurrentHashMap<String, ConsentRequest> pending = new ConcurrentHashMap<>();
  private final AuthorizationCodes codes;
  private final Conditions conditions;

  public Consents(AuthorizationCodes codes, Conditions conditions) {
    this.codes = codes;
    this.conditions = conditions;
  }

  /** Redirects at once when auto-approval is on, else renders the consent page. */
  public void ask(ConsentRequest request, ServerResponse response) {
    if (conditions.autoApprove()) {
      approve(request, Optional.empty(), response, Status.FOUND_302);
      return;
    }
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    String ticket = HexFormat.of().formatHex(bytes);
    pending.put(ticket, request);
    Html.send(
        response,
        200,
        request.platformName() + " – authorize",
        ConsentPage.render(ticket, request));
  }

  /**
   * The person's answer: {@code decision=allow} grants the ticked scopes (all requested ones when
   * the form did not offer a choice); anything else is a refusal.
   */
  void decide(String ticket, Params params, ServerResponse response) {
    ConsentRequest request = pending.remove(ticket);
    if (request == null) {
      Html.send(response, 404, "Consent", "<p>This consent page has expired. Start again.</p>");
      return;
    }
    if (!params.getOr("decision", "").equals("allow")) {
      Map<String, String> query = new LinkedHashMap<>(request.denial());
      request.state().ifPresent(s -> query.put("state", s));
      redirect(response, Status.SEE_OTHER_303, request.redirectUri(), query);
      return;
    }
    Optional<Set<String>> ticked = Optional.empty();
    if (params.has("choose")) {
      Set<String> chosen = new LinkedHashSet<>();
      request.requestedScopes().stream()
          .filter(scope -> params.has("grant_" + scope))
          .forEach(chosen::add);
      ticked = Optional.of(chosen);
    }
    approve(request, ticked, response, Status.SEE_OTHER_303);
  }

  public void clear() {
    pending.clear();
  }

  private void approve(
      ConsentRequest request,
      Optional<Set<String>> ticked,
      ServerResponse response,
      Status status) {
    Set<String> withheld = conditions.withheld(request.network());
    Set<String> granted = new LinkedHashSet<>();
    Set<String> declined = new LinkedHashSet<>();
    for (String scope : request.requestedScopes()) {
      boolean grant = !withheld.contains(scope) && ticked.map(t -> t.contains(scope)).orElse(true);
      (grant ? granted : declined).add(scope);
    }
    AuthorizationCode code =
        codes.issue(
            request.network(),
            request.clientId(),
            request.redirectUri(),
            request.subject(),
            granted,
            declined,
            request.codeChallenge(),
            request.challengeMethod());
    Map<String, String> query = new LinkedHashMap<>();
    query.put("code", code.code());
    request.state().ifPresent(s -> query.put("state", s));
    redirect(response, status, request.redirectUri(), query);
  }

  private static void redirect(
      ServerResponse response, Status status, String base, Map<String, String> query) {
    StringBuilder location = new StringBuilder(base).append(base.contains("?") ? '&' : '?');
    query.forEach(
        (name, value) ->
            location
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                .append('&'));
    location.setLength(location.length() - 1);
    response.status(status);
    response.header(HeaderNames.LOCATION, location.toString());
    response.send();
  }
}
