package io.autoposter.desktop.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Post;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.api.Problem;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Stands in for the sync server at the HTTP boundary (mockwebserver3), speaking the contract's
 * JSON: sign-in, push (applies everything unless told to reject) and a paged pull of a change log.
 */
public final class FakeServer implements AutoCloseable {

  public static final String TOKEN = "test-token-0123456789";
  public static final String PASSWORD = "correct horse battery";
  public static final AgencyId AGENCY = AgencyId.parse("5b0e7a55-3c57-4a4e-9f0e-4b8e1a2c3d4e");
  public static final Brand ROMA =
      new Brand(
          BrandId.parse("11111111-2222-3333-4444-555555555555"),
          "Trattoria Roma",
          ZoneId.of("Europe/Rome"),
          "#C2410C");

  public static final UserId USER = UserId.parse("99999999-8888-7777-6666-555555555555");

  static final ObjectMapper JSON = Json.strict();

  private final MockWebServer server = new MockWebServer();
  private final List<Change> log = new CopyOnWriteArrayList<>();
  private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
  private final Map<Long, String> rejections = new ConcurrentHashMap<>();
  private final FakeAdmin admin = new FakeAdmin();
  private volatile String twoFactorCode;
  private volatile long rateLimitSeconds;
  private volatile Role role = Role.OWNER;
  private volatile boolean enrollmentRequired;
  private volatile long lastMutationId;
  private volatile int pageSize = 1_000;

  /** One request the fake received, with its parsed body. */
  public record RecordedCall(String path, String authorization, Object body) {}

  public FakeServer() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            try {
              return handle(request);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  public FakeServer withBrand(Brand brand) {
    log.add(new BrandChanged(log.size() + 1, brand));
    return this;
  }

  public FakeServer withPost(Post post) {
    log.add(new PostChanged(log.size() + 1, post));
    return this;
  }

  /** The admin routes' state: members, invitations, sessions, brands, audit. */
  public FakeAdmin admin() {
    return admin;
  }

  /** Sign-in needs this one-time code after the password (401 TWO_FACTOR_REQUIRED first). */
  public FakeServer requireTwoFactor(String code) {
    this.twoFactorCode = code;
    return this;
  }

  /** Every sign-in answers 429 RATE_LIMITED with this Retry-After. */
  public FakeServer rateLimit(long seconds) {
    this.rateLimitSeconds = seconds;
    return this;
  }

  public FakeServer role(Role newRole) {
    this.role = newRole;
    return this;
  }

  public FakeServer enrollmentRequired(boolean required) {
    this.enrollmentRequired = required;
    return this;
  }

  public void rejectMutation(long mutationId, String message) {
    rejections.put(mutationId, message);
  }

  public void pageSize(int size) {
    this.pageSize = size;
  }

  public List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  public List<PushRequest> pushes() {
    return calls.stream()
        .filter(c -> c.body() instanceof PushRequest)
        .map(c -> (PushRequest) c.body())
        .toList();
  }

  private MockResponse handle(RecordedRequest request) throws IOException {
    String path = request.getUrl().encodedPath();
    String method = request.getMethod();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    String auth = request.getHeaders().get("Authorization");
    switch (path) {
      case "/api/v1/auth/sign-in" -> {
        var signIn = JSON.readValue(body, io.autoposter.model.api.SignInRequest.class);
        calls.add(new RecordedCall(path, auth, signIn));
        if (rateLimitSeconds > 0) {
          return new MockResponse.Builder()
              .code(429)
              .addHeader("Content-Type", Problem.MEDIA_TYPE)
              .addHeader("Retry-After", Long.toString(rateLimitSeconds))
              .body(
                  JSON.writeValueAsString(
                      Problem.of(429, "RATE_LIMITED", "Too many attempts", "Slow down.")))
              .build();
        }
        if (!PASSWORD.equals(signIn.password())) {
          return problem(
              Problem.of(
                  401, "INVALID_CREDENTIALS", "Sign-in failed", "Wrong e-mail or password."));
        }
        if (twoFactorCode != null && signIn.oneTimeCode() == null) {
          return problem(Problem.of(401, "TWO_FACTOR_REQUIRED", "Code needed", "Enter a code."));
        }
        if (twoFactorCode != null && !twoFactorCode.equals(signIn.oneTimeCode())) {
          return problem(Problem.of(401, "INVALID_ONE_TIME_CODE", "Wrong code", "Wrong code."));
        }
        return json(
            200,
            new SessionResponse(
                TOKEN,
                AGENCY,
                USER,
                "Bellavista Marketing",
                Instant.parse("2030-01-01T00:00:00Z"),
                role,
                signIn.email(),
                enrollmentRequired));
      }
      case "/api/v1/sync/push" -> {
        PushRequest push = JSON.readValue(body, PushRequest.class);
        calls.add(new RecordedCall(path, auth, push));
        if (!("Bearer " + TOKEN).equals(auth)) {
          return problem(Problem.of(401, "UNAUTHENTICATED", "Sign in first", ""));
        }
        List<MutationResult> results = new ArrayList<>();
        for (Mutation m : push.mutations()) {
          if (m.mutationId() <= lastMutationId) {
            results.add(MutationResult.duplicate(m.mutationId()));
            continue;
          }
          lastMutationId = m.mutationId();
          String reject = rejections.get(m.mutationId());
          if (reject != null) {
            results.add(MutationResult.rejected(m.mutationId(), "REJECTED_BY_TEST", reject));
          } else {
            results.add(MutationResult.applied(m.mutationId()));
            if (m instanceof io.autoposter.model.sync.UpsertPost upsert) {
              log.add(new PostChanged(log.size() + 1, upsert.post()));
            }
          }
        }
        return json(200, new PushResponse(lastMutationId, results));
      }
      case "/api/v1/sync/pull" -> {
        PullRequest pull = JSON.readValue(body, PullRequest.class);
        calls.add(new RecordedCall(path, auth, pull));
        if (!("Bearer " + TOKEN).equals(auth)) {
          return problem(Problem.of(401, "UNAUTHENTICATED", "Sign in first", ""));
        }
        int from = (int) pull.cursor();
        int to = Math.min(log.size(), from + Math.min(pull.limit(), pageSize));
        List<Change> page = from >= log.size() ? List.of() : log.subList(from, to);
        return json(
            200, new PullResponse(page, to < from ? from : to, to < log.size(), lastMutationId));
      }
      default -> {
        calls.add(new RecordedCall(method + " " + path, auth, body));
        if (path.equals("/api/v1/auth/password-reset")) {
          return new MockResponse.Builder().code(202).build();
        }
        if (!("Bearer " + TOKEN).equals(auth)) {
          return problem(Problem.of(401, "UNAUTHENTICATED", "Sign in first", ""));
        }
        return admin.handle(method, request.getUrl(), body);
      }
    }
  }

  static MockResponse json(int code, Object body) throws IOException {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(JSON.writeValueAsString(body))
        .build();
  }

  static MockResponse problem(Problem problem) throws IOException {
    return new MockResponse.Builder()
        .code(problem.status())
        .addHeader("Content-Type", Problem.MEDIA_TYPE)
        .body(JSON.writeValueAsString(problem))
        .build();
  }

  @Override
  public void close() {
    server.close();
  }
}
