package io.autoposter.desktop.sync;

import io.autoposter.model.api.CreateInvitationRequest;
import io.autoposter.model.api.Invitation;
import io.autoposter.model.api.Member;
import io.autoposter.model.api.UpdateMemberRequest;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Members and invitations of the agency. */
interface TeamApi {

  @GET("api/v1/users")
  Call<List<Member>> members();

  @PATCH("api/v1/users/{id}")
  Call<Member> updateMember(@Path("id") String userId, @Body UpdateMemberRequest request);

  @DELETE("api/v1/users/{id}")
  Call<Void> removeMember(@Path("id") String userId);

  @GET("api/v1/invitations")
  Call<List<Invitation>> invitations();

  @POST("api/v1/invitations")
  Call<Invitation> invite(@Body CreateInvitationRequest request);

  @POST("api/v1/invitations/{id}/resend")
  Call<Invitation> resend(@Path("id") String invitationId);

  @DELETE("api/v1/invitations/{id}")
  Call<Void> revoke(@Path("id") String invitationId);
}
