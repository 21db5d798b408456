package io.autoposter.desktop.sync;

import io.autoposter.model.api.Agency;
import io.autoposter.model.api.DeviceSession;
import io.autoposter.model.api.Member;
import io.autoposter.model.api.UpdateAgencyRequest;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.Path;

/** The caller's own sessions, profile and agency settings. */
interface AccountApi {

  @GET("api/v1/sessions")
  Call<List<DeviceSession>> sessions();

  @DELETE("api/v1/sessions/{id}")
  Call<Void> revokeSession(@Path("id") String id);

  @DELETE("api/v1/sessions")
  Call<Void> revokeOtherSessions();

  @GET("api/v1/users/me")
  Call<Member> me();

  @GET("api/v1/tenants/{id}")
  Call<Agency> agency(@Path("id") String agencyId);

  @PATCH("api/v1/tenants/{id}")
  Call<Agency> updateAgency(@Path("id") String agencyId, @Body UpdateAgencyRequest request);
}
