package io.autoposter.model.rules;

/** An ERROR blocks scheduling; a WARNING is shown but lets the user go on. */
public enum Severity {
  ERROR,
  WARNING
}
