package io.autoposter.desktop.csvimport;

/** The file as a whole cannot be read as posts; the message says why and what to do. */
final class CsvFileProblem extends Exception {

  CsvFileProblem(String message) {
    super(message);
  }
}
