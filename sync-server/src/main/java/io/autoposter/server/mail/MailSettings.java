package io.autoposter.server.mail;

import java.nio.file.Path;

/**
 * {@code autoposter.mail.*}: SMTP when {@code smtpHost} is not blank, else the outbox directory.
 */
public record MailSettings(
    String smtpHost,
    int smtpPort,
    String username,
    String password,
    boolean startTls,
    String from,
    Path outbox) {

  public static final String DEFAULT_FROM = "Autoposter <no-reply@autoposter.local>";

  public boolean smtp() {
    return smtpHost != null && !smtpHost.isBlank();
  }

  @Override
  public String toString() {
    return "MailSettings[smtpHost=%s, smtpPort=%d, username=%s, startTls=%s, from=%s, outbox=%s]"
        .formatted(smtpHost, smtpPort, username, startTls, from, outbox);
  }
}
