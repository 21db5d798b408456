package io.autoposter.desktop.sync;

import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.UpdateBrandRequest;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * Creating, changing and deleting client brands on the server (owners and admins). The local copy
 * follows with the next sync; call {@code SyncEngine.requestSync()} after a change.
 */
public final class BrandAdmin {

  private final ServerClient client;
  private final BrandsApi api;

  BrandAdmin(ServerClient client, BrandsApi api) {
    this.client = client;
    this.api = api;
  }

  /** The brands the caller may see, straight from the server. */
  public List<Brand> brands() throws ServerCallException {
    return client.call(api.brands());
  }

  public Brand create(CreateBrandRequest brand) throws ServerCallException {
    return client.call(api.create(brand));
  }

  public Brand update(BrandId id, UpdateBrandRequest change) throws ServerCallException {
    return client.call(api.update(id.toString(), change));
  }

  public void delete(BrandId id) throws ServerCallException {
    client.callVoid(api.delete(id.toString()));
  }

  /**
   * Uploads a PNG or JPEG logo (at most 512 KiB; the server checks the bytes).
   *
   * @param contentType {@code image/png} or {@code image/jpeg}
   */
  public Brand uploadLogo(BrandId id, byte[] image, String contentType) throws ServerCallException {
    RequestBody body = RequestBody.create(image, MediaType.get(contentType));
    return client.call(api.uploadLogo(id.toString(), body));
  }

  /** The logo's bytes. */
  public byte[] logo(BrandId id) throws ServerCallException {
    try (ResponseBody body = client.call(api.logo(id.toString()))) {
      return body.bytes();
    } catch (IOException e) {
      throw new ServerUnreachableException(client.baseUrl(), e);
    }
  }

  public Brand deleteLogo(BrandId id) throws ServerCallException {
    return client.call(api.deleteLogo(id.toString()));
  }
}
