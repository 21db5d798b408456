package io.autoposter.desktop.sync;

import io.autoposter.model.api.ConnectSandboxRequest;
import io.autoposter.model.api.SocialAccount;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/** The agency's connected social accounts. */
interface ConnectedAccountsApi {

  @GET("api/v1/accounts")
  Call<List<SocialAccount>> list();

  @POST("api/v1/accounts/sandbox")
  Call<SocialAccount> connectSandbox(@Body ConnectSandboxRequest request);
}
