package io.autoposter.server.media;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import io.autoposter.model.AgencyId;
import io.autoposter.server.api.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The bytes on disk: {@code <root>/<agencyId>/<sha256>} once complete, {@code <sha256>.part} while
 * uploading. A chunk is first streamed into {@code <root>/incoming/} with no lock held, so a slow
 * client never holds the media row (or a database connection) while its bytes trickle in.
 */
final class MediaFiles {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final Path root;
  private final Path incoming;

  MediaFiles(Path root) {
    this.root = root;
    this.incoming = root.resolve("incoming");
    try {
      Files.createDirectories(incoming);
      // Chunks of requests that were running when the server stopped.
      try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(incoming)) {
        for (Path leftover : leftovers) {
          Files.deleteIfExists(leftover);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the media directory " + incoming, e);
    }
  }

  /** A chunk waiting in a temporary file; closing deletes the file. */
  record Chunk(Path file, long size) implements AutoCloseable {
    @Override
    public void close() {
      deleteQuietly(file);
    }
  }

  /** Streams the body into a temporary file, refusing it with {@code tooLong} past the limit. */
  Chunk receive(InputStream body, long limit, Supplier<ProblemException> tooLong) {
    Path file = create();
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[BUFFER_BYTES];
      long size = 0;
      for (int read = readFrom(body, buffer); read != -1; read = readFrom(body, buffer)) {
        size += read;
        if (size > limit) {
          throw tooLong.get();
        }
        out.write(buffer, 0, read);
      }
      return new Chunk(file, size);
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException("cannot store a media chunk in " + incoming, e);
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw e;
    }
  }

  Path complete(AgencyId agency, MediaHash hash) {
    return root.resolve(agency.toString()).resolve(hash.hex());
  }

  /** How many bytes the partial file holds; 0 when there is none. */
  long partialSize(AgencyId agency, MediaHash hash) {
    Path part = partial(agency, hash);
    try {
      return Files.exists(part) ? Files.size(part) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + part, e);
    }
  }

  /**
   * Writes the chunk at the offset and forces it to disk. Anything after the offset is cut off
   * first: bytes of an attempt whose transaction did not commit.
   */
  void append(AgencyId agency, MediaHash hash, long offset, Chunk chunk) {
    Path part = partial(agency, hash);
    try {
      Files.createDirectories(part.getParent());
      try (FileChannel out = FileChannel.open(part, CREATE, WRITE);
          FileChannel in = FileChannel.open(chunk.file(), READ)) {
        out.truncate(offset);
        long written = 0;
        while (written < chunk.size()) {
          long moved = out.transferFrom(in, offset + written, chunk.size() - written);
          if (moved <= 0) {
            throw new IOException("the chunk file ended early");
          }
          written += moved;
        }
        out.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + part, e);
    }
  }

  /** Up to {@code count} leading bytes of the partial file. */
  byte[] head(AgencyId agency, MediaHash hash, int count) {
    Path part = partial(agency, hash);
    try (FileChannel in = FileChannel.open(part, READ)) {
      ByteBuffer head = ByteBuffer.allocate(count);
      while (head.hasRemaining() && in.read(head) != -1) {
        // keep reading: a channel may return fewer bytes than asked
      }
      byte[] bytes = new byte[head.position()];
      head.flip().get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + part, e);
    }
  }

  /** The SHA-256 of the partial file, read back from disk: exactly what will be served. */
  MediaHash hashOfPartial(AgencyId agency, MediaHash hash) {
    Path part = partial(agency, hash);
    try (InputStream in = Files.newInputStream(part)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[BUFFER_BYTES];
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
      return new MediaHash(HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + part, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Turns the partial file into the complete one in a single step, then makes that durable. */
  void promote(AgencyId agency, MediaHash hash) {
    Path part = partial(agency, hash);
    Path target = complete(agency, hash);
    try {
      try {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
      forceDirectory(target.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot complete " + target, e);
    }
  }

  void dropPartial(AgencyId agency, MediaHash hash) {
    deleteQuietly(partial(agency, hash));
  }

  private Path partial(AgencyId agency, MediaHash hash) {
    return root.resolve(agency.toString()).resolve(hash.hex() + ".part");
  }

  private Path create() {
    try {
      return Files.createTempFile(incoming, "chunk-", ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a file in " + incoming, e);
    }
  }

  /** A body that breaks off (client gone, connection reset) is the client's problem, not ours. */
  private static int readFrom(InputStream body, byte[] buffer) {
    try {
      return body.read(buffer);
    } catch (IOException | RuntimeException e) {
      throw new ProblemException(
          400, "BAD_REQUEST", "The chunk did not arrive", "The request body broke off.");
    }
  }

  private static void forceDirectory(Path directory) {
    // Makes the rename durable on Linux and macOS; Windows cannot open directories, and NTFS
    // journals the rename anyway.
    try (FileChannel channel = FileChannel.open(directory, READ)) {
      channel.force(true);
    } catch (IOException e) {
      // best effort, see above
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover in incoming/ is removed at the next start; a partial is cut on the next chunk
    }
  }
}
