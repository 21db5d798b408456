package io.autoposter.desktop.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.ConflictId;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.api.Problem;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.Change;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.ConflictSide;
import io.autoposter.model.sync.CreatePost;
import io.autoposter.model.sync.DeletePost;
import io.autoposter.model.sync.EditPost;
import io.autoposter.model.sync.HybridTimestamp;
import io.autoposter.model.sync.Mutation;
import io.autoposter.model.sync.MutationResult;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.PostRemoved;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import io.autoposter.model.sync.ResolveConflict;
import io.autoposter.model.sync.SyncProtocol;
import io.autoposter.model.sync.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Stands in for the sync server at the HTTP boundary (mockwebserver3), speaking the contract's JSON
 * (schema 3): sign-in, push (applies mutations without merging unless told to reject one), a paged
 * pull of a change log, and resumable media uploads ({@link FakeMedia}).
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
  private final FakeMedia media = new FakeMedia();
  private final Map<PostId, Post> posts = new ConcurrentHashMap<>();
  private final Map<ConflictId, PostConflict> conflicts = new ConcurrentHashMap<>();
  private volatile Long gapOnce;
  private volatile boolean outdated;
  private volatile boolean loseNextPushAnswer;
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

  /** The post as the server now holds it (made or changed by someone else). */
  public synchronized FakeServer withPost(Post post) {
    posts.put(post.id(), post);
    log.add(new PostChanged(log.size() + 1, post, serverStamp()));
    return this;
  }

  /** Someone else deleted the post. */
  public synchronized FakeServer withoutPost(PostId id) {
    posts.remove(id);
    log.add(new PostRemoved(log.size() + 1, id));
    return this;
  }

  /** A conflict record, open or resolved, as the server writes it to the log. */
  public synchronized FakeServer withConflict(PostConflict conflict) {
    conflicts.put(conflict.id(), conflict);
    log.add(new ConflictChanged(log.size() + 1, conflict));
    return this;
  }

  /** An open text conflict on {@code field} of a post the server holds. */
  public PostConflict openTextConflict(PostId postId, String field, String incomingText) {
    Post post = posts.get(postId);
    PostConflict conflict =
        new PostConflict(
            ConflictId.random(),
            postId,
            post.brandId(),
            ConflictKind.TEXT,
            field,
            side(TextField.read(post, field), "Giulia"),
            side(incomingText, "Marco"),
            null);
    withConflict(conflict);
    return conflict;
  }

  /** The same conflict, resolved with {@code text}. */
  public static PostConflict resolved(PostConflict conflict, String text) {
    return new PostConflict(
        conflict.id(),
        conflict.postId(),
        conflict.brandId(),
        conflict.kind(),
        conflict.field(),
        conflict.kept(),
        conflict.incoming(),
        side(text, "Giulia"));
  }

  private static ConflictSide side(String text, String who) {
    return new ConflictSide(text, USER, who, null, Instant.parse("2030-01-01T10:00:00Z"));
  }

  public Optional<Post> post(PostId id) {
    return Optional.ofNullable(posts.get(id));
  }

  public Optional<PostConflict> conflict(ConflictId id) {
    return Optional.ofNullable(conflicts.get(id));
  }

  /** The media routes' state and fault switches. */
  public FakeMedia media() {
    return media;
  }

  /**
   * The next push is refused with 409 MUTATION_GAP, the server standing at {@code lastMutationId}
   * (as if it had processed up to there and the answers were lost).
   */
  public void answerGapOnce(long serverLastMutationId) {
    this.gapOnce = serverLastMutationId;
  }

  /** The server forgets this client's progress (a restored server backup, say). */
  public void lastMutationId(long id) {
    this.lastMutationId = id;
  }

  /** The next push is applied but its answer never arrives (the connection drops). */
  public void loseNextPushAnswer() {
    this.loseNextPushAnswer = true;
  }

  /** Push and pull are refused with 426 CLIENT_OUTDATED. */
  public void clientOutdated(boolean refuse) {
    this.outdated = refuse;
  }

  private HybridTimestamp serverStamp() {
    return new HybridTimestamp(
        Instant.parse("2030-01-01T09:00:00Z").toEpochMilli() + log.size(), 0, "server");
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

  /** The change log so far, oldest first. */
  public List<Change> log() {
    return List.copyOf(log);
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
        return push(push);
      }
      case "/api/v1/sync/pull" -> {
        PullRequest pull = JSON.readValue(body, PullRequest.class);
        calls.add(new RecordedCall(path, auth, pull));
        if (!("Bearer " + TOKEN).equals(auth)) {
          return problem(Problem.of(401, "UNAUTHENTICATED", "Sign in first", ""));
        }
        if (outdated || pull.schemaVersion() != SyncProtocol.SCHEMA_VERSION) {
          return outdated();
        }
        synchronized (this) {
          int from = (int) pull.cursor();
          int to = Math.min(log.size(), from + Math.min(pull.limit(), pageSize));
          List<Change> page = from >= log.size() ? List.of() : List.copyOf(log.subList(from, to));
          return json(
              200,
              new PullResponse(
                  page, to < from ? from : to, to < log.size(), lastMutationId, log.size()));
        }
      }
      default -> {
        if (path.startsWith("/api/v1/media/")) {
          calls.add(new RecordedCall(method + " " + path, auth, ""));
          if (!("Bearer " + TOKEN).equals(auth)) {
            return problem(Problem.of(401, "UNAUTHENTICATED", "Sign in first", ""));
          }
          String rest = path.substring("/api/v1/media/".length());
          if (method.equals("GET") && rest.endsWith("/status")) {
            return media.status(rest.substring(0, rest.length() - "/status".length()));
          }
          if (method.equals("PUT")) {
            return media.put(
                rest,
                Long.parseLong(request.getHeaders().get("Upload-Offset")),
                Long.parseLong(request.getHeaders().get("Upload-Length")),
                request.getBody() == null ? new byte[0] : request.getBody().toByteArray());
          }
        }
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

  private synchronized MockResponse push(PushRequest push) throws IOException {
    if (outdated || push.schemaVersion() != SyncProtocol.SCHEMA_VERSION) {
      return outdated();
    }
    Long gap = gapOnce;
    if (gap != null) {
      gapOnce = null;
      lastMutationId = gap;
      return gap(gap);
    }
    if (!push.mutations().isEmpty()
        && push.mutations().getFirst().mutationId() > lastMutationId + 1) {
      return gap(lastMutationId);
    }
    List<MutationResult> results = new ArrayList<>();
    for (Mutation m : push.mutations()) {
      if (m.mutationId() <= lastMutationId) {
        results.add(MutationResult.duplicate(m.mutationId()));
        continue;
      }
      lastMutationId = m.mutationId();
      String reject = rejections.get(m.mutationId());
      results.add(
          reject != null
              ? MutationResult.rejected(m.mutationId(), "REJECTED_BY_TEST", reject)
              : apply(m));
    }
    if (loseNextPushAnswer) {
      loseNextPushAnswer = false;
      return new MockResponse.Builder()
          .code(500)
          .onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
          .build();
    }
    return json(200, new PushResponse(lastMutationId, results));
  }

  /** Applies a mutation as its author meant it (no merging: tests open conflicts themselves). */
  private MutationResult apply(Mutation mutation) {
    long id = mutation.mutationId();
    Post current = posts.get(mutation.postId());
    try {
      switch (mutation) {
        case CreatePost create -> {
          if (current != null) {
            return MutationResult.rejected(id, "POST_EXISTS", "A post with this id exists.");
          }
          changed(create.post(), create.hlc());
        }
        case EditPost edit -> {
          if (current == null) {
            return MutationResult.rejected(id, "POST_NOT_FOUND", "There is no such post.");
          }
          changed(edit.patch().applyTo(current), edit.hlc());
        }
        case DeletePost delete -> {
          if (current == null) {
            return MutationResult.rejected(id, "POST_NOT_FOUND", "There is no such post.");
          }
          withoutPost(delete.postId());
        }
        case ResolveConflict resolve -> {
          PostConflict conflict = conflicts.get(resolve.conflictId());
          if (conflict == null) {
            return MutationResult.rejected(id, "CONFLICT_NOT_FOUND", "There is no such conflict.");
          }
          if (!conflict.isOpen()) {
            return MutationResult.rejected(
                id, "CONFLICT_ALREADY_RESOLVED", "Someone already resolved this conflict.");
          }
          if (conflict.kind() == ConflictKind.TEXT && current != null) {
            changed(
                TextField.patch(conflict.field(), resolve.text()).applyTo(current), resolve.hlc());
          } else if (resolve.deletePost() && current != null) {
            withoutPost(resolve.postId());
          }
          withConflict(resolved(conflict, resolve.deletePost() ? "" : resolve.text()));
        }
      }
    } catch (IllegalArgumentException invalid) {
      return MutationResult.rejected(id, "VALIDATION_FAILED", invalid.getMessage());
    }
    return MutationResult.applied(id);
  }

  private void changed(Post post, HybridTimestamp hlc) {
    posts.put(post.id(), post);
    log.add(new PostChanged(log.size() + 1, post, hlc));
  }

  private static MockResponse gap(long serverLast) throws IOException {
    return problem(
        new Problem(
            null,
            "Mutation ids have a gap",
            409,
            "The server has processed up to " + serverLast + ".",
            "MUTATION_GAP",
            serverLast));
  }

  private static MockResponse outdated() throws IOException {
    return problem(
        Problem.of(426, "CLIENT_OUTDATED", "Please update the app", "Schema 3 is required."));
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
