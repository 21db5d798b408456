package io.autoposter.desktop.csvimport;

import io.autoposter.model.Post;
import java.nio.file.Path;
import java.util.List;

/**
 * One row of the file after checking, for the preview table.
 *
 * @param line the row's line in the file (the header is line 1)
 * @param brand the brand as written
 * @param networks the networks as written
 * @param due the due time as written, or "" for a draft
 * @param caption the caption as written
 * @param post the post to import (with stand-in media), or null when the row has errors
 * @param media the media files to import with it, resolved against the CSV file's folder
 * @param errors why the row cannot be imported; empty when it can
 * @param warnings what the user may want to know, which does not block the import
 */
record ImportRow(
    int line,
    String brand,
    String networks,
    String due,
    String caption,
    Post post,
    List<Path> media,
    List<String> errors,
    List<String> warnings) {

  ImportRow {
    media = List.copyOf(media);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  boolean ok() {
    return errors.isEmpty();
  }

  /** The errors, or else the warnings, in one line; "" for a clean row. */
  String reason() {
    return String.join(" · ", ok() ? warnings : errors);
  }
}
