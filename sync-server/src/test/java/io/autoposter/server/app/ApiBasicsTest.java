package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.autoposter.model.Brand;
import io.autoposter.model.api.Problem;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.model.api.SignUpRequest;
import io.autoposter.model.api.StatusResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiBasicsTest {
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
  void statusIsUpWithDatabaseAndDiskChecks() {
    Reply reply = server.get("/api/v1/status", null);

    assertThat(reply.status()).isEqualTo(200);
    StatusResponse status = reply.as(StatusResponse.class);
    assertThat(status.status()).isEqualTo("UP");
    assertThat(status.version()).isNotBlank();
    assertThat(status.checks())
        .extracting(StatusResponse.Check::name, StatusResponse.Check::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("database", "UP"),
            org.assertj.core.groups.Tuple.tuple("disk", "UP"));
  }

  @Test
  void registerThenSignInReturnsAWorkingToken() {
    String email = "Anna." + UUID.randomUUID() + "@Example.com";
    Reply registered =
        server.post(
            "/api/v1/tenants/register",
            null,
            new SignUpRequest("Rossi Agency", "Anna", email, TestServer.PASSWORD));
    assertThat(registered.status()).isEqualTo(201);

    // E-mail matching ignores case.
    Reply signedIn =
        server.post(
            "/api/v1/auth/sign-in",
            null,
            new SignInRequest(email.toLowerCase(), TestServer.PASSWORD, "Anna's laptop"));

    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
    SessionResponse session = signedIn.as(SessionResponse.class);
    assertThat(session.token()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(session.agencyName()).isEqualTo("Rossi Agency");
    assertThat(server.get("/api/v1/clients", session.token()).status()).isEqualTo(200);
  }

  @Test
  void duplicateEmailIsRefusedWithEmailTaken() {
    String email = "dup-" + UUID.randomUUID() + "@example.com";
    SignUpRequest request = new SignUpRequest("A", "Owner", email, TestServer.PASSWORD);
    assertThat(server.post("/api/v1/tenants/register", null, request).status()).isEqualTo(201);

    Reply again =
        server.post(
            "/api/v1/tenants/register",
            null,
            new SignUpRequest("B", "x", email.toUpperCase(), TestServer.PASSWORD));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.problem().code()).isEqualTo("EMAIL_TAKEN");
  }

  @Test
  void shortPasswordFailsValidation() {
    Reply reply =
        server.post(
            "/api/v1/tenants/register",
            null,
            new SignUpRequest("A", "Owner", "short@example.com", "too-short"));

    assertProblem(reply, 400, "PASSWORD_LENGTH");
  }

  @Test
  void commonPasswordIsRefusedWhateverItsCase() {
    Reply reply =
        server.post(
            "/api/v1/tenants/register",
            null,
            new SignUpRequest("A", "Owner", "common@example.com", "PassWord1234"));

    assertProblem(reply, 400, "PASSWORD_TOO_COMMON");
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    String registeredEmail = "known-" + UUID.randomUUID() + "@example.com";
    server.post(
        "/api/v1/tenants/register",
        null,
        new SignUpRequest("Known", "Owner", registeredEmail, TestServer.PASSWORD));

    Reply wrongPassword =
        server.post(
            "/api/v1/auth/sign-in",
            null,
            new SignInRequest(registeredEmail, "not the right password", null));
    Reply unknownEmail =
        server.post(
            "/api/v1/auth/sign-in",
            null,
            new SignInRequest("nobody-" + UUID.randomUUID() + "@example.com", "whatever", null));

    assertProblem(wrongPassword, 401, "INVALID_CREDENTIALS");
    assertProblem(unknownEmail, 401, "INVALID_CREDENTIALS");
    assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
  }

  @Test
  void signOutRevokesTheToken() {
    SessionResponse owner = server.register("Leaving Agency");

    Reply signOut = server.post("/api/v1/auth/sign-out", owner.token(), "");

    assertThat(signOut.status()).isEqualTo(204);
    assertProblem(server.get("/api/v1/clients", owner.token()), 401, "UNAUTHENTICATED");
  }

  @Test
  void missingOrUnknownTokenIsUnauthenticated() {
    assertProblem(server.get("/api/v1/clients", null), 401, "UNAUTHENTICATED");
    assertProblem(server.get("/api/v1/clients", "not-a-real-token"), 401, "UNAUTHENTICATED");
  }

  @Test
  void malformedJsonIsInvalidJson() {
    assertProblem(server.post("/api/v1/auth/sign-in", null, "{\"email\": "), 400, "INVALID_JSON");
  }

  @Test
  void unknownFieldIsInvalidJson() {
    Reply reply =
        server.post(
            "/api/v1/auth/sign-in",
            null,
            "{\"email\":\"a@b.co\",\"password\":\"x\",\"deviceName\":\"d\",\"admin\":true}");

    assertProblem(reply, 400, "INVALID_JSON");
    assertThat(reply.problem().detail()).contains("admin");
  }

  @Test
  void oversizedBodyIsPayloadTooLarge() {
    String huge = "{\"email\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";

    assertProblem(server.post("/api/v1/auth/sign-in", null, huge), 413, "PAYLOAD_TOO_LARGE");
  }

  @Test
  void unknownRouteIsNotFoundProblem() {
    assertProblem(server.get("/api/v1/nothing-here", null), 404, "NOT_FOUND");
  }

  @Test
  void brandsAreCreatedAndListedPerAgency() {
    SessionResponse first = server.register("First");
    SessionResponse second = server.register("Second");
    Brand brand = server.createBrand(first.token(), "Pizzeria Napoli");

    List<Brand> firstBrands =
        server.get("/api/v1/clients", first.token()).as(new TypeReference<List<Brand>>() {});
    List<Brand> secondBrands =
        server.get("/api/v1/clients", second.token()).as(new TypeReference<List<Brand>>() {});

    assertThat(firstBrands).containsExactly(brand);
    assertThat(secondBrands).isEmpty();
  }

  @Test
  void brandWithUnknownZoneFailsValidation() {
    SessionResponse owner = server.register("Zones");

    Reply reply =
        server.post(
            "/api/v1/clients",
            owner.token(),
            "{\"name\":\"Cafe\",\"zone\":\"Mars/Olympus\",\"color\":\"#000000\"}");

    assertProblem(reply, 400, "VALIDATION_FAILED");
  }

  @Test
  void sandboxAccountForAnotherAgencysBrandIsNotFound() {
    SessionResponse owner = server.register("Owner");
    SessionResponse intruder = server.register("Intruder");
    Brand brand = server.createBrand(owner.token(), "Private Brand");

    Reply reply =
        server.post(
            "/api/v1/accounts/sandbox",
            intruder.token(),
            new io.autoposter.model.api.ConnectSandboxRequest(brand.id(), "mine now"));

    assertProblem(reply, 404, "NOT_FOUND");
  }

  static void assertProblem(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith(Problem.MEDIA_TYPE);
    Problem problem = reply.problem();
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.status()).isEqualTo(status);
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at io.");
  }
}
