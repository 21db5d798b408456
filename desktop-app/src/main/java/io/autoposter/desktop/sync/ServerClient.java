package io.autoposter.desktop.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.AgencyId;
import io.autoposter.model.api.MediaInfo;
import io.autoposter.model.api.PasswordResetRequest;
import io.autoposter.model.api.Problem;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.model.json.Json;
import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The HTTP client for one server. Blocking calls: run them off the UI thread.
 *
 * <p>Responses are read with {@link Json#tolerant()} so a newer server may add fields.
 */
public final class ServerClient implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper MAPPER = Json.tolerant();
  private static final MediaType OCTETS = MediaType.get("application/octet-stream");

  private final String baseUrl;
  private final OkHttpClient http;
  private final AuthApi auth;
  private final SyncApi sync;
  private final MediaApi media;
  private final AccountApi accountApi;
  private final TeamApi teamApi;
  private final BrandsApi brandsApi;
  private final AuditApi auditApi;
  private final ConnectedAccountsApi connectedAccountsApi;
  private volatile String token;
  private volatile Instant lastServerTime;

  private ServerClient(HttpUrl url) {
    this.baseUrl = url.toString();
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(TIMEOUT)
            .readTimeout(TIMEOUT)
            .writeTimeout(TIMEOUT)
            .callTimeout(TIMEOUT.multipliedBy(2))
            .addInterceptor(this::authorize)
            .build();
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl(url)
            .client(http)
            .addConverterFactory(JacksonConverterFactory.create(MAPPER))
            .build();
    this.auth = retrofit.create(AuthApi.class);
    this.sync = retrofit.create(SyncApi.class);
    this.media = retrofit.create(MediaApi.class);
    this.accountApi = retrofit.create(AccountApi.class);
    this.teamApi = retrofit.create(TeamApi.class);
    this.brandsApi = retrofit.create(BrandsApi.class);
    this.auditApi = retrofit.create(AuditApi.class);
    this.connectedAccountsApi = retrofit.create(ConnectedAccountsApi.class);
  }

  /** Adds the bearer token to every call that does not carry its own. */
  private okhttp3.Response authorize(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    String current = token;
    if (current == null || request.header("Authorization") != null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header("Authorization", "Bearer " + current).build());
  }

  /**
   * A client for {@code serverUrl}, such as {@code http://127.0.0.1:8080}.
   *
   * @throws IllegalArgumentException if it is not an http or https URL
   */
  public static ServerClient create(String serverUrl) {
    String text = serverUrl == null ? "" : serverUrl.strip();
    HttpUrl url = HttpUrl.parse(text.endsWith("/") ? text : text + "/");
    if (url == null || !(text.startsWith("http://") || text.startsWith("https://"))) {
      throw new IllegalArgumentException("not an http(s) URL: " + serverUrl);
    }
    return new ServerClient(url);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The bearer token sent with push and pull; set after sign-in or from a saved session. */
  public void useToken(String bearerToken) {
    this.token = bearerToken;
  }

  /** The server's clock from the last response's {@code Date} header, if any. */
  Optional<Instant> lastServerTime() {
    return Optional.ofNullable(lastServerTime);
  }

  /** Signs in; the returned token is also used for later calls. */
  public SessionResponse signIn(String email, String password, String deviceName)
      throws SignInException {
    return signIn(email, password, deviceName, null);
  }

  /**
   * Signs in, with the second factor ({@code oneTimeCode}, a TOTP or recovery code) when the first
   * attempt failed with {@link SignInException.Reason#TWO_FACTOR_REQUIRED}.
   */
  public SessionResponse signIn(
      String email, String password, String deviceName, String oneTimeCode) throws SignInException {
    String code = oneTimeCode == null || oneTimeCode.isBlank() ? null : oneTimeCode.strip();
    try {
      SessionResponse session =
          execute(auth.signIn(new SignInRequest(email, password, deviceName, code)));
      useToken(session.token());
      return session;
    } catch (IOException e) {
      throw new SignInException(
          SignInException.Reason.UNREACHABLE, "cannot reach " + baseUrl + ": " + e.getMessage(), e);
    } catch (ServerProblemException e) {
      Problem problem = e.problem();
      SignInException.Reason reason =
          switch (problem.code()) {
            case "TWO_FACTOR_REQUIRED" -> SignInException.Reason.TWO_FACTOR_REQUIRED;
            case "INVALID_ONE_TIME_CODE" -> SignInException.Reason.INVALID_ONE_TIME_CODE;
            case "RATE_LIMITED" -> SignInException.Reason.RATE_LIMITED;
            default ->
                problem.status() == 401
                    ? SignInException.Reason.INVALID_CREDENTIALS
                    : problem.status() == 429
                        ? SignInException.Reason.RATE_LIMITED
                        : SignInException.Reason.SERVER_ERROR;
          };
      String detail = problem.detail().isBlank() ? problem.title() : problem.detail();
      throw new SignInException(reason, detail, e, e.retryAfter().orElse(null));
    }
  }

  /** Ends this session on the server ({@code POST /api/v1/auth/sign-out}). */
  public void signOut() throws ServerCallException {
    callVoid(auth.signOut());
  }

  /** Asks for a password-reset e-mail; the server answers the same whether the address exists. */
  public void requestPasswordReset(String email) throws ServerCallException {
    callVoid(auth.requestPasswordReset(new PasswordResetRequest(email.strip())));
  }

  /** Own sessions, two-factor and the agency's settings of the signed-in user. */
  public AccountService account(AgencyId agencyId) {
    return new AccountService(this, auth, accountApi, agencyId);
  }

  /** Members and invitations (owners and admins). */
  public TeamService team() {
    return new TeamService(this, teamApi);
  }

  /** Creating, changing and deleting brands (owners and admins). */
  public BrandAdmin brandAdmin() {
    return new BrandAdmin(this, brandsApi);
  }

  /** The brands' connected social accounts. */
  public ConnectedAccounts connectedAccounts() {
    return new ConnectedAccounts(this, connectedAccountsApi);
  }

  /** The agency's audit log (owners and admins). */
  public AuditLog audit() {
    return new AuditLog(this, auditApi);
  }

  /**
   * Runs an admin or account call: problem+json → {@link ApiException}, no answer → unreachable.
   */
  <T> T call(Call<T> call) throws ServerCallException {
    try {
      return execute(call);
    } catch (IOException e) {
      throw new ServerUnreachableException(baseUrl, e);
    } catch (ServerProblemException e) {
      throw e.toApiException();
    }
  }

  /** As {@link #call}, for routes that answer 2xx without a body. */
  void callVoid(Call<Void> call) throws ServerCallException {
    Response<Void> response;
    try {
      response = call.execute();
    } catch (IOException | RuntimeException e) {
      throw new ServerUnreachableException(baseUrl, e);
    }
    if (!response.isSuccessful()) {
      throw new ServerProblemException(problemOf(response), retryAfter(response)).toApiException();
    }
  }

  PushResponse push(PushRequest request) throws IOException, ServerProblemException {
    return execute(sync.push(bearer(), request));
  }

  PullResponse pull(PullRequest request) throws IOException, ServerProblemException {
    return execute(sync.pull(bearer(), request));
  }

  /** The server's state of an upload; empty when it has no byte of it yet (404). */
  Optional<MediaInfo> mediaStatus(String sha256) throws IOException, ServerProblemException {
    try {
      return Optional.of(execute(media.status(sha256)));
    } catch (ServerProblemException e) {
      if (e.problem().status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Sends the bytes of one upload that start at {@code offset}; {@code length} is the whole size.
   *
   * @throws ServerProblemException for answers a retry may fix or a person must (401, 429, 5xx …)
   */
  ChunkAnswer uploadChunk(String sha256, long offset, long length, byte[] chunk)
      throws IOException, ServerProblemException {
    Response<okhttp3.ResponseBody> response;
    try {
      response = media.upload(sha256, offset, length, RequestBody.create(chunk, OCTETS)).execute();
    } catch (RuntimeException e) {
      throw new IOException(e.getMessage(), e);
    }
    noteServerTime(response);
    try (okhttp3.ResponseBody body = response.body()) {
      switch (response.code()) {
        case 200, 201 -> {
          return new ChunkAnswer.Complete();
        }
        case 202 -> {
          MediaInfo info = body == null ? null : MAPPER.readValue(body.string(), MediaInfo.class);
          return new ChunkAnswer.Accepted(info == null ? offset + chunk.length : info.received());
        }
        default -> {}
      }
    }
    Problem problem = problemOf(response);
    if (response.code() == 409 && "UPLOAD_OFFSET_MISMATCH".equals(problem.code())) {
      String serverOffset = response.headers().get("Upload-Offset");
      if (serverOffset != null) {
        try {
          return new ChunkAnswer.OffsetMismatch(Long.parseLong(serverOffset.strip()));
        } catch (NumberFormatException e) {
          // Fall through to asking for the status.
        }
      }
      return new ChunkAnswer.OffsetMismatch(
          mediaStatus(sha256).map(MediaInfo::received).orElse(0L));
    }
    if (response.code() == 400
        || response.code() == 403
        || response.code() == 413
        || response.code() == 415
        || response.code() == 422) {
      return new ChunkAnswer.Refused(problem);
    }
    throw new ServerProblemException(problem, retryAfter(response));
  }

  private String bearer() {
    return "Bearer " + (token == null ? "" : token);
  }

  private <T> T execute(Call<T> call) throws IOException, ServerProblemException {
    Response<T> response;
    try {
      response = call.execute();
    } catch (RuntimeException e) {
      // OkHttp reports some connection failures (such as a reset during TLS) unchecked.
      throw new IOException(e.getMessage(), e);
    }
    noteServerTime(response);
    if (response.isSuccessful() && response.body() != null) {
      return response.body();
    }
    throw new ServerProblemException(problemOf(response), retryAfter(response));
  }

  private void noteServerTime(Response<?> response) {
    Date date = response.headers().getDate("Date");
    if (date != null) {
      lastServerTime = date.toInstant();
    }
  }

  private static Duration retryAfter(Response<?> response) {
    String value = response.headers().get("Retry-After");
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      Date date = response.headers().getDate("Retry-After");
      return date == null
          ? null
          : Duration.between(Instant.now(), date.toInstant()).isNegative()
              ? Duration.ZERO
              : Duration.between(Instant.now(), date.toInstant());
    }
  }

  private static Problem problemOf(Response<?> response) {
    try (ResponseBody body = response.errorBody()) {
      if (body != null) {
        String text = body.string();
        if (!text.isBlank()) {
          Problem problem = MAPPER.readValue(text, Problem.class);
          return new Problem(
              problem.type(),
              problem.title(),
              response.code(),
              problem.detail(),
              problem.code(),
              problem.lastMutationId());
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not a problem+json body (a proxy's HTML page, say): fall through to the status line.
    }
    return Problem.of(
        response.code(), "HTTP_" + response.code(), "HTTP " + response.code(), response.message());
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
