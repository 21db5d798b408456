package io.autoposter.desktop.sync;

import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.model.api.StatusResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/** The unauthenticated part of the server API. Paths are relative to the server base URL. */
interface AuthApi {

  @POST("api/v1/auth/sign-in")
  Call<SessionResponse> signIn(@Body SignInRequest request);

  @GET("api/v1/status")
  Call<StatusResponse> status();
}
