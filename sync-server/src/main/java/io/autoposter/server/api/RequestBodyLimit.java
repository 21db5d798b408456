package io.autoposter.server.api;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Holds request bodies to {@code maxBytes} (413 PAYLOAD_TOO_LARGE) on every route except those
 * under the streaming prefixes. JSON, form and logo routes read their bodies into memory; media
 * uploads stream larger chunks to disk and enforce their own limits, which is why the transport
 * lets larger bodies through and this filter does the refusing for everything else.
 */
public final class RequestBodyLimit implements Filter {
  private final long maxBytes;
  private final List<String> streamingPrefixes;

  public RequestBodyLimit(long maxBytes, String... streamingPrefixes) {
    this.maxBytes = maxBytes;
    this.streamingPrefixes = List.of(streamingPrefixes);
  }

  @Override
  public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
    String path = request.path().path();
    if (streamingPrefixes.stream().noneMatch(path::startsWith)) {
      if (request.headers().contentLength().orElse(0) > maxBytes) {
        throw tooLarge();
      }
      // Chunked bodies announce no length: count them as they are read.
      request.streamFilter(body -> new Bounded(body, maxBytes));
    }
    chain.proceed();
  }

  private ProblemException tooLarge() {
    return new ProblemException(
        413,
        "PAYLOAD_TOO_LARGE",
        "The request body is too large",
        "Requests may carry at most " + describe(maxBytes) + ".");
  }

  private static String describe(long bytes) {
    long mebibyte = 1024L * 1024;
    return bytes % mebibyte == 0 ? bytes / mebibyte + " MiB" : bytes + " bytes";
  }

  private final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long maxBytes) {
      super(in);
      this.left = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int value = super.read();
      count(value == -1 ? -1 : 1);
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      count(read);
      return read;
    }

    private void count(int read) {
      if (read > 0) {
        left -= read;
        if (left < 0) {
          throw tooLarge();
        }
      }
    }
  }
}
