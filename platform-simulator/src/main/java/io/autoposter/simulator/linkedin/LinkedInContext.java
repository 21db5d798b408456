package io.autoposter.simulator.linkedin;

import io.autoposter.simulator.consent.Consents;
import io.autoposter.simulator.state.AuthorizationCodes;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.IdSequence;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.autoposter.simulator.state.TokenCheck;
import io.autoposter.simulator.state.Tokens;
import io.autoposter.simulator.web.Gate;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.function.Supplier;

/** What the LinkedIn handlers share, and the bearer-token check. */
record LinkedInContext(
    Seed seed,
    Tokens tokens,
    AuthorizationCodes codes,
    Consents consents,
    PublishedLog published,
    Images images,
    Gate gate,
    IdSequence ids,
    ClientCredentials client,
    Supplier<String> publicUrl) {

  static final LinkedInErrors ERRORS = new LinkedInErrors();

  Optional<IssuedToken> caller(ServerRequest request, ServerResponse response) {
    String header = request.headers().first(HeaderNames.AUTHORIZATION).orElse("");
    String value =
        header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    TokenCheck check = tokens.check(value, SimulatedNetwork.LINKEDIN, IssuedToken.Kind.ACCESS);
    if (check instanceof TokenCheck.Valid valid) {
      return Optional.of(valid.token());
    }
    LinkedInErrors.token(response, check);
    return Optional.empty();
  }

  /** True when the member may act as the author urn (themselves or an organization they run). */
  boolean mayActAs(IssuedToken token, String author) {
    if (author.equals(seed.linkedInMember().urn())) {
      return token.subject().equals(seed.linkedInMember().id());
    }
    return seed.organizations().stream().anyMatch(o -> o.urn().equals(author))
        && token.subject().equals(seed.linkedInMember().id());
  }

  /**
   * Every {@code /rest} call names its version: {@code LinkedIn-Version: YYYYMM}, from 202401 to
   * this month. False when refused (answered).
   */
  static boolean versionAccepted(ServerRequest request, ServerResponse response) {
    Optional<String> version = request.headers().first(LINKEDIN_VERSION);
    if (version.isEmpty()) {
      LinkedInErrors.send(
          response,
          400,
          0,
          "VERSION_MISSING",
          "A version must be present. Please"
              + " specify a version by adding the LinkedIn-Version header.");
      return false;
    }
    String current =
        java.time.YearMonth.now(java.time.ZoneOffset.UTC)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMM"));
    String asked = version.get().strip();
    if (!asked.matches("\\d{6}") || asked.compareTo("202401") < 0 || asked.compareTo(current) > 0) {
      LinkedInErrors.send(
          response, 426, 0, "NONEXISTENT_VERSION", "Requested version " + asked + " is not active");
      return false;
    }
    return true;
  }

  static final io.helidon.http.HeaderName LINKEDIN_VERSION =
      io.helidon.http.HeaderNames.create("LinkedIn-Version");
  static final io.helidon.http.HeaderName RESTLI_PROTOCOL =
      io.helidon.http.HeaderNames.create("X-Restli-Protocol-Version");

  static boolean isOrganization(String author) {
    return author.startsWith("urn:li:organization:");
  }
}
