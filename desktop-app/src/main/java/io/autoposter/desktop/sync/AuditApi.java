package io.autoposter.desktop.sync;

import io.autoposter.model.api.AuditPage;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

/** The agency's audit log; null query values are left out of the URL. */
interface AuditApi {

  @GET("api/v1/audit")
  Call<AuditPage> page(
      @Query("page") int page,
      @Query("size") int size,
      @Query("action") String action,
      @Query("actor") String actor,
      @Query("from") String from,
      @Query("to") String to);
}
