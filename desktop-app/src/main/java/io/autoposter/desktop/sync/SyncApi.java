package io.autoposter.desktop.sync;

import io.autoposter.model.sync.PullRequest;
import io.autoposter.model.sync.PullResponse;
import io.autoposter.model.sync.PushRequest;
import io.autoposter.model.sync.PushResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;

/** Push and pull; both need {@code Authorization: Bearer <token>}. */
interface SyncApi {

  @POST("api/v1/sync/push")
  Call<PushResponse> push(@Header("Authorization") String authorization, @Body PushRequest request);

  @POST("api/v1/sync/pull")
  Call<PullResponse> pull(@Header("Authorization") String authorization, @Body PullRequest request);
}
