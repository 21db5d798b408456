package io.autoposter.server.media;

import io.autoposter.model.AgencyId;
import io.autoposter.model.MediaTypes;
import io.autoposter.model.api.MediaInfo;
import io.autoposter.server.access.Caller;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.media.MediaRepository.Row;
import io.autoposter.server.media.Upload.Outcome;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.DuplicateKeyException;
import io.autoposter.server.store.Transaction;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Receives media chunk by chunk and serves complete media, always within the caller's agency.
 * Chunks of one media apply one at a time under the row's lock; the checks that can fail an upload
 * (type, size for the type, hash) drop the partial bytes and the row, so the client starts over.
 */
public final class MediaUploads {
  private final Database database;
  private final Clock clock;
  private final MediaSettings settings;
  private final MediaFiles files;
  private final MediaRepository media = new MediaRepository();

  /**
   * @param root directory of the media files, {@code <data-dir>/media}
   */
  public MediaUploads(Database database, Clock clock, MediaSettings settings, Path root) {
    this.database = database;
    this.clock = clock;
    this.settings = settings;
    this.files = new MediaFiles(root);
  }

  /** Complete media, ready to be streamed. */
  record Stored(String contentType, long size, Path file) {}

  MediaInfo status(Caller caller, MediaHash hash) {
    return database
        .inTransaction(tx -> media.find(tx, caller.agencyId(), hash))
        .map(Row::info)
        .orElseThrow(MediaUploads::notFound);
  }

  Stored open(Caller caller, MediaHash hash) {
    return open(caller.agencyId(), hash);
  }

  /** The agency's complete media (for a signed link, checked by the caller). */
  Stored open(AgencyId agency, MediaHash hash) {
    Row row =
        database
            .inTransaction(tx -> media.find(tx, agency, hash))
            .filter(Row::complete)
            .orElseThrow(MediaUploads::notFound);
    Path file = files.complete(agency, hash);
    if (!Files.isRegularFile(file)) {
      throw notFound();
    }
    return new Stored(row.contentType(), row.size(), file);
  }

  /**
   * Applies one chunk. Offsets and lengths are checked before the body is read, so a refused chunk
   * costs no disk; they are checked again under the lock, as a concurrent chunk may have landed.
   */
  Upload put(
      Caller caller,
      MediaHash hash,
      UploadHeaders headers,
      OptionalLong contentLength,
      InputStream body) {
    return put(caller.agencyId(), hash, headers, contentLength, body);
  }

  /**
   * Stores media the server made itself (the demo seed's pictures) for the agency, chunk by chunk
   * exactly like an upload from a device, with the same checks. Storing the same bytes again
   * changes nothing.
   *
   * @return the media, complete
   */
  public MediaInfo storeComplete(AgencyId agency, byte[] content) {
    MediaHash hash = new MediaHash(sha256(content));
    long offset = 0;
    // A partial upload left by an earlier attempt answers WRONG_OFFSET once: continue from there.
    int attemptsLeft = (int) (content.length / MediaSettings.MAX_CHUNK_BYTES) + 3;
    Upload upload;
    do {
      int length = (int) Math.min(MediaSettings.MAX_CHUNK_BYTES, content.length - offset);
      upload =
          put(
              agency,
              hash,
              new UploadHeaders(offset, content.length),
              OptionalLong.of(length),
              new ByteArrayInputStream(content, (int) offset, length));
      offset = upload.info().received();
    } while (!upload.info().complete() && --attemptsLeft > 0);
    if (!upload.info().complete()) {
      throw new IllegalStateException("media " + hash + " did not complete: " + upload.outcome());
    }
    return upload.info();
  }

  private Upload put(
      AgencyId agency,
      MediaHash hash,
      UploadHeaders headers,
      OptionalLong contentLength,
      InputStream body) {
    if (headers.length() > settings.largestLimit()) {
      throw tooLarge(settings.largestLimit());
    }
    if (contentLength.isPresent()) {
      refuseLongChunk(headers, contentLength.getAsLong());
    }
    Optional<Upload> early =
        database.inTransaction(tx -> unappliable(media.find(tx, agency, hash), hash, headers));
    if (early.isPresent()) {
      return early.get();
    }
    try (MediaFiles.Chunk chunk =
        files.receive(
            body,
            Math.min(MediaSettings.MAX_CHUNK_BYTES, headers.remaining()),
            () -> longChunk(headers))) {
      if (chunk.size() == 0) {
        throw ProblemException.validation("A chunk needs at least one byte.");
      }
      Decision decision;
      try {
        decision = database.inTransaction(tx -> apply(tx, agency, hash, headers, chunk));
      } catch (DuplicateKeyException e) {
        // A concurrent first chunk created the row; now it can be locked like any other.
        decision = database.inTransaction(tx -> apply(tx, agency, hash, headers, chunk));
      }
      if (decision.refusal() != null) {
        throw decision.refusal();
      }
      return decision.upload();
    }
  }

  /** The result of a chunk under the lock; a refusal is thrown once its clean-up committed. */
  private record Decision(Upload upload, ProblemException refusal) {
    static Decision of(Outcome outcome, Row row) {
      return new Decision(new Upload(outcome, row.info()), null);
    }
  }

  private Decision apply(
      Transaction tx,
      AgencyId agency,
      MediaHash hash,
      UploadHeaders headers,
      MediaFiles.Chunk chunk) {
    Optional<Row> current = media.lock(tx, agency, hash);
    Optional<Upload> unappliable = unappliable(current, hash, headers);
    if (unappliable.isPresent()) {
      return new Decision(unappliable.get(), null);
    }
    if (current.isEmpty()) {
      media.insert(tx, agency, hash, headers.length(), clock.instant());
    }
    Row row = current.orElse(new Row(hash, "", headers.length(), 0, false));
    if (files.partialSize(agency, hash) < row.received()) {
      // The partial lost bytes the row counts (a crash before they reached the disk): restart.
      Row restart = new Row(hash, "", row.size(), 0, false);
      media.update(tx, agency, restart, clock.instant());
      files.dropPartial(agency, hash);
      return Decision.of(Outcome.WRONG_OFFSET, restart);
    }

    files.append(agency, hash, headers.offset(), chunk);
    long received = headers.offset() + chunk.size();
    String contentType = row.contentType();
    int sniffBytes = (int) Math.min(MediaTypes.SNIFF_BYTES, row.size());
    if (row.received() < sniffBytes && received >= sniffBytes) {
      Optional<String> sniffed = MediaTypes.sniff(files.head(agency, hash, sniffBytes));
      if (sniffed.isEmpty()) {
        return drop(tx, agency, hash, unsupportedType());
      }
      if (row.size() > settings.limitFor(sniffed.get())) {
        return drop(tx, agency, hash, tooLarge(settings.limitFor(sniffed.get())));
      }
      contentType = sniffed.get();
    }
    if (received < row.size()) {
      Row receiving = new Row(hash, contentType, row.size(), received, false);
      media.update(tx, agency, receiving, clock.instant());
      return Decision.of(Outcome.RECEIVING, receiving);
    }
    if (!files.hashOfPartial(agency, hash).equals(hash)) {
      return drop(tx, agency, hash, hashMismatch());
    }
    files.promote(agency, hash);
    Row completed = new Row(hash, contentType, row.size(), received, true);
    media.update(tx, agency, completed, clock.instant());
    return Decision.of(Outcome.COMPLETED, completed);
  }

  /**
   * The answer when the chunk cannot be appended at all: the media is already complete, or the
   * chunk starts elsewhere than where the server stands. Empty when it can be appended.
   */
  private static Optional<Upload> unappliable(
      Optional<Row> current, MediaHash hash, UploadHeaders headers) {
    if (current.isPresent() && current.get().complete()) {
      return Optional.of(new Upload(Outcome.ALREADY_COMPLETE, current.get().info()));
    }
    if (current.isPresent() && current.get().size() != headers.length()) {
      throw ProblemException.conflict(
          "UPLOAD_LENGTH_CHANGED",
          "The upload's length changed",
          "This upload was started with Upload-Length %d; every chunk must say the same."
              .formatted(current.get().size()));
    }
    MediaInfo info =
        current.map(Row::info).orElse(new MediaInfo(hash.hex(), "", headers.length(), 0, false));
    if (headers.offset() != info.received()) {
      return Optional.of(new Upload(Outcome.WRONG_OFFSET, info));
    }
    return Optional.empty();
  }

  /** Forgets the upload entirely, partial bytes and row, so the next attempt starts from zero. */
  private Decision drop(Transaction tx, AgencyId agency, MediaHash hash, ProblemException refusal) {
    media.delete(tx, agency, hash);
    files.dropPartial(agency, hash);
    return new Decision(null, refusal);
  }

  private static void refuseLongChunk(UploadHeaders headers, long contentLength) {
    if (contentLength > Math.min(MediaSettings.MAX_CHUNK_BYTES, headers.remaining())) {
      throw longChunk(headers);
    }
  }

  private static ProblemException longChunk(UploadHeaders headers) {
    if (headers.remaining() < MediaSettings.MAX_CHUNK_BYTES) {
      return ProblemException.validation(
          "The chunk goes past Upload-Length: at most %d bytes may follow offset %d."
              .formatted(headers.remaining(), headers.offset()));
    }
    return new ProblemException(
        413,
        "CHUNK_TOO_LARGE",
        "The chunk is too large",
        "A chunk may have at most " + describe(MediaSettings.MAX_CHUNK_BYTES) + ".");
  }

  private static ProblemException tooLarge(long limit) {
    return new ProblemException(
        413,
        "MEDIA_TOO_LARGE",
        "The media is too large",
        "Media of this kind may have at most " + describe(limit) + ".");
  }

  private static ProblemException unsupportedType() {
    return new ProblemException(
        415,
        "MEDIA_TYPE_UNSUPPORTED",
        "Not a supported picture or video",
        "The content is none of "
            + String.join(", ", MediaTypes.SUPPORTED.stream().sorted().toList())
            + ".");
  }

  private static ProblemException hashMismatch() {
    return new ProblemException(
        422,
        "MEDIA_HASH_MISMATCH",
        "The content does not match its SHA-256",
        "The bytes received have another SHA-256 than the path names; upload them again.");
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String describe(long bytes) {
    long mebibyte = 1024L * 1024;
    return bytes % mebibyte == 0 ? bytes / mebibyte + " MiB" : bytes + " bytes";
  }

  private static ProblemException notFound() {
    return new ProblemException(
        404, "MEDIA_NOT_FOUND", "No such media", "Nothing was uploaded under this SHA-256.");
  }
}
