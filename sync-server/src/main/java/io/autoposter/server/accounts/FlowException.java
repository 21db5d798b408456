package io.autoposter.server.accounts;

/** A connect step that cannot go on; shown to the browser as a small HTML page (HTTP 400). */
final class FlowException extends RuntimeException {
  private final String title;

  FlowException(String title, String message) {
    super(message, null, false, false);
    this.title = title;
  }

  String title() {
    return title;
  }
}
