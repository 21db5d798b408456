package io.autoposter.desktop.sync;

import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.storage.PendingUpload;
import io.autoposter.model.MediaRef;
import io.autoposter.model.api.MediaInfo;
import io.autoposter.model.api.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Uploads the store's pending media in 1 MiB chunks, resuming each where the server stands. A
 * refusal for good (type, size, damaged bytes) marks that upload failed and moves on; a network or
 * server problem ends the round and the next round resumes.
 */
final class MediaUploader {

  static final int CHUNK_BYTES = 1 << 20;

  /** Answers that move nothing forward in a row before the upload is given up for this round. */
  private static final int MAX_STALLS = 3;

  /** Hears how many bytes of this round's uploads the server has. */
  interface Progress {
    void uploaded(long done, long total);
  }

  private final LocalStore store;
  private final ServerClient server;
  private final Progress progress;

  MediaUploader(LocalStore store, ServerClient server, Progress progress) {
    this.store = store;
    this.server = server;
    this.progress = progress;
  }

  /** Uploads every pending item; returns how many the server now has. */
  int uploadAll() throws IOException, ServerProblemException {
    List<PendingUpload> pending = store.pendingUploads();
    if (pending.isEmpty()) {
      return 0;
    }
    long total = pending.stream().mapToLong(p -> p.media().size()).sum();
    long finishedBytes = 0;
    int finished = 0;
    progress.uploaded(0, total);
    for (PendingUpload upload : pending) {
      long before = finishedBytes;
      if (upload(upload.media(), offset -> progress.uploaded(before + offset, total))) {
        finished++;
      }
      finishedBytes += upload.media().size();
      progress.uploaded(finishedBytes, total);
    }
    return finished;
  }

  /** Where one upload stands, for progress. */
  private interface Offset {
    void at(long offset);
  }

  private boolean upload(MediaRef media, Offset at) throws IOException, ServerProblemException {
    String sha = media.sha256();
    Optional<Path> file = store.mediaFile(sha);
    if (file.isEmpty()) {
      store.uploadFailed(
          sha, "The file of this picture or video is missing on this computer; add it again.");
      return false;
    }
    Optional<MediaInfo> status = server.mediaStatus(sha);
    if (status.isPresent() && status.get().complete()) {
      store.uploadFinished(sha);
      return true;
    }
    long offset = status.map(MediaInfo::received).orElse(0L);
    int stalls = 0;
    try (FileChannel channel = FileChannel.open(file.get(), StandardOpenOption.READ)) {
      while (true) {
        at.at(offset);
        byte[] chunk = read(channel, offset, (int) Math.min(CHUNK_BYTES, media.size() - offset));
        ChunkAnswer answer = server.uploadChunk(sha, offset, media.size(), chunk);
        long next =
            switch (answer) {
              case ChunkAnswer.Complete c -> -1;
              case ChunkAnswer.Accepted a -> a.received();
              case ChunkAnswer.OffsetMismatch m -> m.serverOffset();
              case ChunkAnswer.Refused r -> {
                store.uploadFailed(sha, refusal(r.problem()));
                yield -2;
              }
            };
        if (next == -1) {
          store.uploadFinished(sha);
          return true;
        }
        if (next == -2) {
          return false;
        }
        stalls = next == offset || next < 0 || next > media.size() ? stalls + 1 : 0;
        if (stalls >= MAX_STALLS) {
          throw new IOException("the upload of " + sha + " does not move forward");
        }
        offset = Math.clamp(next, 0, media.size());
        store.uploadProgress(sha, offset);
      }
    }
  }

  private static byte[] read(FileChannel channel, long offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(Math.max(0, length));
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, offset + buffer.position()) < 0) {
        throw new IOException("the media file is shorter than when it was imported");
      }
    }
    return buffer.array();
  }

  private static String refusal(Problem problem) {
    String why = problem.detail().isBlank() ? problem.title() : problem.detail();
    return switch (problem.code()) {
      case "MEDIA_TYPE_UNSUPPORTED" ->
          "The server does not accept this file as a picture or video: " + why;
      case "MEDIA_TOO_LARGE" -> "This picture or video is too large for the server: " + why;
      case "MEDIA_HASH_MISMATCH" ->
          "This picture or video arrived damaged at the server; add it again. (" + why + ")";
      default -> "The server refused this picture or video: " + why;
    };
  }
}
