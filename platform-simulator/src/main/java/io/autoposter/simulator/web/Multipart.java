package io.autoposter.simulator.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal {@code multipart/form-data} reader: part name to bytes (enough for uploads). */
final class Multipart {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

  private Multipart() {}

  static Map<String, byte[]> parse(String contentType, byte[] body) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    Matcher boundaryMatch = BOUNDARY.matcher(contentType);
    if (!boundaryMatch.find()) {
      return parts;
    }
    byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int headersStart = at + delimiter.length;
      if (headersStart + 1 < body.length
          && body[headersStart] == '-'
          && body[headersStart + 1] == '-') {
        break;
      }
      headersStart += 2; // CRLF after the delimiter
      int headersEnd =
          indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      if (headersEnd < 0) {
        break;
      }
      int next = indexOf(body, delimiter, headersEnd + 4);
      if (next < 0) {
        break;
      }
      String headers =
          new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      Matcher name = NAME.matcher(headers);
      if (name.find()) {
        // The part's content ends with the CRLF that precedes the next delimiter.
        parts.put(
            name.group(1),
            Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, next - 2)));
      }
      at = next;
    }
    return parts;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
