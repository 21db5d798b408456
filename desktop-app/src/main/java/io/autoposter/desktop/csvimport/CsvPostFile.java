package io.autoposter.desktop.csvimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a post CSV file (RFC 4180, UTF-8 with or without a byte order mark, CRLF or LF, quoted
 * multi-line cells) into rows by column. Problems with the file as a whole — not UTF-8, no header,
 * unknown columns, unmatched quotes, too many rows — are a {@link CsvFileProblem}.
 */
final class CsvPostFile {

  static final int MAX_ROWS = 5_000;
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();

  private CsvPostFile() {}

  static List<CsvRow> read(Path file) throws CsvFileProblem, IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new CsvFileProblem(
          "The file is %,d MB; import at most %d MB at a time. Split it into smaller files."
              .formatted(size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
    }
    return parse(decode(Files.readAllBytes(file)));
  }

  /** The text of {@code bytes}, which must be UTF-8; a leading byte order mark is dropped. */
  static String decode(byte[] bytes) throws CsvFileProblem {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new CsvFileProblem(
          "The file is saved as UTF-16 text. Save it as \"CSV UTF-8\" and import it again.");
    }
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = start; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new CsvFileProblem(
          ("The file is not UTF-8 text (line %d has a character in another encoding, such as"
                  + " Windows-1252). In Excel choose \"CSV UTF-8 (Comma delimited)\" when saving;"
                  + " Google Sheets and Numbers export UTF-8 already.")
              .formatted(line));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  static List<CsvRow> parse(String text) throws CsvFileProblem {
    int[] lineStarts = lineStarts(text);
    List<CsvRow> rows = new ArrayList<>();
    Map<Integer, Column> columns = null;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      for (CSVRecord record : parser) {
        int line = lineOf(lineStarts, startOf(text, record.getCharacterPosition()));
        if (isBlank(record)) {
          continue;
        }
        if (columns == null) {
          columns = header(record);
          continue;
        }
        if (rows.size() == MAX_ROWS) {
          throw new CsvFileProblem(
              ("The file has more than %,d rows; import at most %,d posts at a time. Split it"
                      + " into smaller files.")
                  .formatted(MAX_ROWS, MAX_ROWS));
        }
        rows.add(row(record, line, columns));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new CsvFileProblem(
          "The file is not valid CSV: "
              + (e.getMessage() == null ? "it could not be read" : quoteHint(e.getMessage())));
    } catch (IOException e) {
      throw new CsvFileProblem("The file could not be read: " + e.getMessage());
    }
    if (columns == null) {
      throw new CsvFileProblem(
          "The file is empty. Its first line must name the columns: " + Column.all() + ".");
    }
    if (rows.isEmpty()) {
      throw new CsvFileProblem("The file has a header line but no posts below it.");
    }
    return rows;
  }

  private static String quoteHint(String message) {
    return message.contains("EOF")
        ? "a quoted value never ends (a \" is missing). Check the captions with quotes in them."
        : message;
  }

  private static Map<Integer, Column> header(CSVRecord record) throws CsvFileProblem {
    Map<Integer, Column> columns = new java.util.HashMap<>();
    EnumMap<Column, Integer> seen = new EnumMap<>(Column.class);
    for (int i = 0; i < record.size(); i++) {
      String cell = record.get(i);
      if (cell.isBlank()) {
        continue;
      }
      int index = i;
      Column column =
          Column.named(cell)
              .orElseThrow(
                  () ->
                      new CsvFileProblem(
                          "Unknown column \"%s\" in the header (column %d). The columns are: %s."
                              .formatted(cell.strip(), index + 1, Column.all())));
      if (seen.put(column, i) != null) {
        throw new CsvFileProblem("The header names the column \"" + column.header() + "\" twice.");
      }
      columns.put(i, column);
    }
    List<String> missing =
        Arrays.stream(Column.values())
            .filter(c -> c.required() && !seen.containsKey(c))
            .map(Column::header)
            .toList();
    if (!missing.isEmpty()) {
      throw new CsvFileProblem(
          "The header has no %s column%s. The first line must name the columns: %s."
              .formatted(
                  String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList()),
                  missing.size() == 1 ? "" : "s",
                  Column.all()));
    }
    return columns;
  }

  private static CsvRow row(CSVRecord record, int line, Map<Integer, Column> columns) {
    Map<Column, String> values = new EnumMap<>(Column.class);
    int extra = 0;
    for (int i = 0; i < record.size(); i++) {
      Column column = columns.get(i);
      if (column != null) {
        values.put(column, record.get(i));
      } else if (!record.get(i).isBlank()) {
        extra++;
      }
    }
    return new CsvRow(line, values, extra);
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Where a record really starts: the parser's position may be on empty lines it skipped. */
  private static long startOf(String text, long position) {
    int i = (int) position;
    while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
      i++;
    }
    return i;
  }

  /** The 1-based line holding character {@code position}. */
  private static int lineOf(int[] lineStarts, long position) {
    int found = Arrays.binarySearch(lineStarts, (int) position);
    return (found >= 0 ? found : -found - 2) + 1;
  }
}
