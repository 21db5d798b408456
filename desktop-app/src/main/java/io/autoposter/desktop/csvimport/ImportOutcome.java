package io.autoposter.desktop.csvimport;

import java.util.List;

/**
 * What an import did.
 *
 * @param attempted how many valid rows it meant to import
 * @param importedLines the file lines imported, in order
 * @param failedLine the line it stopped at, or 0 when every valid row was imported
 * @param failure why it stopped, or ""
 */
record ImportOutcome(int attempted, List<Integer> importedLines, int failedLine, String failure) {

  ImportOutcome {
    importedLines = List.copyOf(importedLines);
  }

  boolean complete() {
    return failedLine == 0;
  }

  String message() {
    int done = importedLines.size();
    if (complete()) {
      return "Imported "
          + posts(done)
          + ". They are saved on this computer and sync to the server"
          + " by themselves.";
    }
    return ("Imported %d of %d posts (%s); line %d failed: %s. The rows after it were not imported:"
            + " remove the imported rows from the file, fix line %d and import it again.")
        .formatted(
            done,
            attempted,
            done == 0 ? "none" : "lines " + Lines.describe(importedLines),
            failedLine,
            failure,
            failedLine);
  }

  private static String posts(int n) {
    return n == 1 ? "1 post" : String.format("%,d posts", n);
  }
}
