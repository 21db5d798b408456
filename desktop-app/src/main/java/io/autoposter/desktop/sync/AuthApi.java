package io.autoposter.desktop.sync;

import io.autoposter.model.api.OneTimeCodeRequest;
import io.autoposter.model.api.PasswordResetRequest;
import io.autoposter.model.api.SessionResponse;
import io.autoposter.model.api.SignInRequest;
import io.autoposter.model.api.StatusResponse;
import io.autoposter.model.api.TotpEnrollment;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/** Sign-in, sign-out, password reset and two-factor. Paths are relative to the base URL. */
interface AuthApi {

  @POST("api/v1/auth/sign-in")
  Call<SessionResponse> signIn(@Body SignInRequest request);

  @GET("api/v1/status")
  Call<StatusResponse> status();

  @POST("api/v1/auth/sign-out")
  Call<Void> signOut();

  @POST("api/v1/auth/password-reset")
  Call<Void> requestPasswordReset(@Body PasswordResetRequest request);

  @POST("api/v1/auth/totp/enrollment")
  Call<TotpEnrollment> startTotpEnrollment();

  @POST("api/v1/auth/totp/enrollment/confirm")
  Call<Void> confirmTotpEnrollment(@Body OneTimeCodeRequest request);

  @POST("api/v1/auth/totp/disable")
  Call<Void> disableTotp(@Body OneTimeCodeRequest request);
}
