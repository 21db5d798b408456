package io.autoposter.simulator.x;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Uploaded (or uploading) media by id. */
public final class XMedia {
  /** {@code state}: uploading, pending, succeeded (as in {@code processing_info.state}). */
  record Upload(
      String id,
      String owner,
      String mediaType,
      String category,
      long totalBytes,
      long received,
      String state) {
    boolean video() {
      return mediaType.startsWith("video/") || category.endsWith("video");
    }

    String key() {
      return (video() ? "7_" : mediaType.equals("image/gif") ? "16_" : "3_") + id;
    }

    Upload with(long moreBytes, String newState) {
      return new Upload(id, owner, mediaType, category, totalBytes, received + moreBytes, newState);
    }
  }

  private final ConcurrentHashMap<String, Upload> byId = new ConcurrentHashMap<>();

  void put(Upload upload) {
    byId.put(upload.id(), upload);
  }

  Optional<Upload> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  Optional<Upload> update(String id, java.util.function.UnaryOperator<Upload> change) {
    return Optional.ofNullable(byId.computeIfPresent(id, (k, u) -> change.apply(u)));
  }

  public void clear() {
    byId.clear();
  }
}
