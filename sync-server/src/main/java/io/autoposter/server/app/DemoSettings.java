package io.autoposter.server.app;

/**
 * The optional demo agency created at start-up; the password never appears in toString.
 *
 * @param content whether the demo also gets its sample brands, pictures and posts (once)
 */
public record DemoSettings(
    boolean seed, String email, String password, String agency, String brand, boolean content) {

  @Override
  public String toString() {
    return "DemoSettings[seed=%s, email=%s, agency=%s, brand=%s, content=%s]"
        .formatted(seed, email, agency, brand, content);
  }
}
