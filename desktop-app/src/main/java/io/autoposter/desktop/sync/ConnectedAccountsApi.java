package io.autoposter.desktop.sync;

import io.autoposter.model.api.AccountDisconnected;
import io.autoposter.model.api.ConnectAccountRequest;
import io.autoposter.model.api.ConnectAccountStart;
import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.RetryReport;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.model.api.TokenHealth;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** The agency's connected social accounts. */
interface ConnectedAccountsApi {

  @GET("api/v1/accounts")
  Call<List<SocialAccount>> list();

  @GET("api/v1/accounts/token-health")
  Call<List<TokenHealth>> tokenHealth();

  @POST("api/v1/accounts/token-health/check")
  Call<List<TokenHealth>> checkTokenHealth();

  @POST("api/v1/accounts/sandbox")
  Call<SocialAccount> connectSandbox(@Body ConnectSandboxRequest request);

  @POST("api/v1/accounts/connect")
  Call<ConnectAccountStart> connect(@Body ConnectAccountRequest request);

  @POST("api/v1/posts/accounts/{id}/retry-failed")
  Call<RetryReport> retryFailed(@Path("id") String id);

  @DELETE("api/v1/accounts/{id}")
  Call<AccountDisconnected> disconnect(@Path("id") String id);
}
