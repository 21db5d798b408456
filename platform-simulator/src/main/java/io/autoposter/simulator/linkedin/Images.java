package io.autoposter.simulator.linkedin;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Images initialized for upload, by urn; an image becomes AVAILABLE once its bytes arrive. */
public final class Images {
  record Image(String urn, String owner, String uploadId, boolean available, long bytes) {}

  private final ConcurrentHashMap<String, Image> byUrn = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> urnByUpload = new ConcurrentHashMap<>();

  void add(Image image) {
    byUrn.put(image.urn(), image);
    urnByUpload.put(image.uploadId(), image.urn());
  }

  Optional<Image> find(String urn) {
    return Optional.ofNullable(byUrn.get(urn));
  }

  /** Stores the uploaded bytes' size; false for an unknown upload id. */
  boolean uploaded(String uploadId, long bytes) {
    String urn = urnByUpload.get(uploadId);
    if (urn == null) {
      return false;
    }
    byUrn.computeIfPresent(urn, (k, i) -> new Image(i.urn(), i.owner(), i.uploadId(), true, bytes));
    return true;
  }

  public void clear() {
    byUrn.clear();
    urnByUpload.clear();
  }
}
