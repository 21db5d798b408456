package io.autoposter.desktop.csvimport;

import java.util.Map;

/**
 * One data row of the file as written.
 *
 * @param line the line it starts on, counting the header as line 1 (a quoted multi-line caption
 *     makes the next row start further down)
 * @param values the cells by column; absent or empty cells are ""
 * @param extraValues how many cells it has beyond the header's columns (an unquoted comma)
 */
record CsvRow(int line, Map<Column, String> values, int extraValues) {

  String get(Column column) {
    return values.getOrDefault(column, "");
  }
}
