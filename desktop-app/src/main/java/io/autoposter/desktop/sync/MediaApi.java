package io.autoposter.desktop.sync;

import io.autoposter.model.api.MediaInfo;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Content-addressed, resumable media uploads (docs/sync-protocol.md, "Media"). */
interface MediaApi {

  @GET("api/v1/media/{sha256}/status")
  Call<MediaInfo> status(@Path("sha256") String sha256);

  /** One chunk; the answer's status says what happened, so the body is read by hand. */
  @PUT("api/v1/media/{sha256}")
  Call<ResponseBody> upload(
      @Path("sha256") String sha256,
      @Header("Upload-Offset") long offset,
      @Header("Upload-Length") long length,
      @Body RequestBody chunk);
}
