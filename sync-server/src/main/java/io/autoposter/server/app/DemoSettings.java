package io.autoposter.server.app;

/** The optional demo agency created at start-up; the password never appears in toString. */
public record DemoSettings(
    boolean seed, String email, String password, String agency, String brand) {

  @Override
  public String toString() {
    return "DemoSettings[seed=%s, email=%s, agency=%s, brand=%s]"
        .formatted(seed, email, agency, brand);
  }
}
