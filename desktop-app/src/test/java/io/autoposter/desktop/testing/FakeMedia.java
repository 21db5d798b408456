package io.autoposter.desktop.testing;

import io.autoposter.model.MediaTypes;
import io.autoposter.model.api.MediaInfo;
import io.autoposter.model.api.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/**
 * The media routes of the fake server: content-addressed, resumable uploads as the contract
 * describes them (status, chunks at {@code Upload-Offset}, 409 with the server's offset, hash and
 * type checked when the last byte arrives, size limit from {@code Upload-Length}).
 */
public final class FakeMedia {

  /** One chunk as it arrived: where it claimed to start and how many bytes it carried. */
  public record Chunk(String sha256, long offset, int bytes) {}

  private static final class Upload {
    final ByteArrayOutputStream received = new ByteArrayOutputStream();
    long length;
    boolean complete;
    String contentType = "";
  }

  private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
  private final List<Chunk> chunks = new CopyOnWriteArrayList<>();
  private volatile long maxBytes = Long.MAX_VALUE;
  private volatile int cutAfterBytes = -1;
  private volatile Runnable beforeNextChunk;

  /** Uploads declaring more than {@code bytes} are refused with 413 MEDIA_TOO_LARGE. */
  public void maxBytes(long bytes) {
    this.maxBytes = bytes;
  }

  /**
   * The next chunk's connection breaks after {@code bytes} of it arrived: the server keeps those,
   * the client never gets an answer.
   */
  public void cutNextChunkAfter(int bytes) {
    this.cutAfterBytes = bytes;
  }

  /** Runs {@code action} when the next chunk arrives, before it is handled. */
  public void beforeNextChunk(Runnable action) {
    this.beforeNextChunk = action;
  }

  /** Bytes of {@code content} arrive from elsewhere (another device uploading the same file). */
  public void receiveElsewhere(byte[] content, int upTo) {
    Upload upload = uploads.computeIfAbsent(sha256(content), sha -> new Upload());
    synchronized (upload) {
      upload.length = content.length;
      int have = upload.received.size();
      if (upTo > have) {
        upload.received.write(content, have, upTo - have);
      }
    }
  }

  /** The bytes of a complete upload. */
  public Optional<byte[]> bytes(String sha256) {
    Upload upload = uploads.get(sha256);
    return upload == null || !upload.complete
        ? Optional.empty()
        : Optional.of(upload.received.toByteArray());
  }

  public List<Chunk> chunks() {
    return List.copyOf(chunks);
  }

  MockResponse status(String sha256) throws IOException {
    Upload upload = uploads.get(sha256);
    if (upload == null) {
      return FakeServer.problem(
          Problem.of(404, "MEDIA_NOT_FOUND", "No such media", "Nothing was sent yet."));
    }
    synchronized (upload) {
      return FakeServer.json(200, info(sha256, upload));
    }
  }

  MockResponse put(String sha256, long offset, long length, byte[] body) throws IOException {
    Runnable hook = beforeNextChunk;
    if (hook != null) {
      beforeNextChunk = null;
      hook.run();
    }
    chunks.add(new Chunk(sha256, offset, body.length));
    if (length > maxBytes) {
      return FakeServer.problem(
          Problem.of(
              413, "MEDIA_TOO_LARGE", "Too large", "Media may be at most " + maxBytes + " bytes."));
    }
    Upload upload = uploads.computeIfAbsent(sha256, sha -> new Upload());
    synchronized (upload) {
      if (upload.complete) {
        return FakeServer.json(200, info(sha256, upload));
      }
      upload.length = length;
      long have = upload.received.size();
      if (offset != have) {
        return new MockResponse.Builder()
            .code(409)
            .addHeader("Content-Type", Problem.MEDIA_TYPE)
            .addHeader("Upload-Offset", Long.toString(have))
            .body(
                FakeServer.JSON.writeValueAsString(
                    Problem.of(
                        409, "UPLOAD_OFFSET_MISMATCH", "Wrong offset", "The server has " + have)))
            .build();
      }
      int cut = cutAfterBytes;
      if (cut >= 0) {
        cutAfterBytes = -1;
        upload.received.write(body, 0, Math.min(cut, body.length));
        return new MockResponse.Builder()
            .code(500)
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build();
      }
      upload.received.write(body, 0, body.length);
      if (upload.received.size() < length) {
        return FakeServer.json(202, info(sha256, upload));
      }
      byte[] all = upload.received.toByteArray();
      if (!sha256(all).equals(sha256)) {
        uploads.remove(sha256);
        return FakeServer.problem(
            Problem.of(422, "MEDIA_HASH_MISMATCH", "Damaged", "The bytes do not match the hash."));
      }
      Optional<String> type = MediaTypes.sniff(Arrays.copyOf(all, MediaTypes.SNIFF_BYTES));
      if (type.isEmpty()) {
        uploads.remove(sha256);
        return FakeServer.problem(
            Problem.of(415, "MEDIA_TYPE_UNSUPPORTED", "Unsupported", "Not a picture or video."));
      }
      upload.complete = true;
      upload.contentType = type.get();
      return FakeServer.json(201, info(sha256, upload));
    }
  }

  private static MediaInfo info(String sha256, Upload upload) {
    return new MediaInfo(
        sha256, upload.contentType, upload.length, upload.received.size(), upload.complete);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
