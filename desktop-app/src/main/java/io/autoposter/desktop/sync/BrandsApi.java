package io.autoposter.desktop.sync;

import io.autoposter.model.Brand;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.UpdateBrandRequest;
import java.util.List;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Client brands ({@code /api/v1/clients}) and their logos. */
interface BrandsApi {

  @GET("api/v1/clients")
  Call<List<Brand>> brands();

  @POST("api/v1/clients")
  Call<Brand> create(@Body CreateBrandRequest request);

  @PATCH("api/v1/clients/{id}")
  Call<Brand> update(@Path("id") String brandId, @Body UpdateBrandRequest request);

  @DELETE("api/v1/clients/{id}")
  Call<Void> delete(@Path("id") String brandId);

  @PUT("api/v1/clients/{id}/logo")
  Call<Brand> uploadLogo(@Path("id") String brandId, @Body RequestBody image);

  @GET("api/v1/clients/{id}/logo")
  Call<ResponseBody> logo(@Path("id") String brandId);

  @DELETE("api/v1/clients/{id}/logo")
  Call<Brand> deleteLogo(@Path("id") String brandId);
}
