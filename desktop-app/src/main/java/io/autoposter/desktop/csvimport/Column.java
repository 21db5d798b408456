package io.autoposter.desktop.csvimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns a post CSV file may have; the header names them in any order and letter case. */
enum Column {
  BRAND("brand", true),
  NETWORKS("networks", true),
  CAPTION("caption", true),
  FIRST_COMMENT("first_comment", false),
  DUE("due", true),
  TAGS("tags", false),
  MEDIA("media", false);

  private final String header;
  private final boolean required;

  Column(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  String header() {
    return header;
  }

  boolean required() {
    return required;
  }

  /** The column a header cell names; "First comment" and "first-comment" count too. */
  static Optional<Column> named(String cell) {
    String key = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    return Arrays.stream(values()).filter(c -> c.header.equals(key)).findFirst();
  }

  static String all() {
    return Arrays.stream(values()).map(Column::header).collect(Collectors.joining(", "));
  }
}
