package io.autoposter.server.mail;

/** One e-mail with a plain-text body and an HTML alternative. */
public record MailMessage(String to, String subject, String text, String html) {

  @Override
  public String toString() {
    // Bodies carry one-time links; they never go into logs.
    return "MailMessage[subject=%s]".formatted(subject);
  }
}
