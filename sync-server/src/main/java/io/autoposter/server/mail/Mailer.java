package io.autoposter.server.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends mail over SMTP, or writes it to the outbox directory when no SMTP host is configured. */
public final class Mailer {
  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC);

  private final MailSettings settings;
  private final Clock clock;
  private final Session session;

  public Mailer(MailSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.session = session(settings);
  }

  /**
   * Sends on a virtual thread: the caller (an HTTP handler) never waits for SMTP. Failures are
   * logged without the message body, which holds one-time links.
   */
  public void sendInBackground(MailMessage message) {
    Thread.ofVirtual().name("mail-sender").start(() -> sendNow(message));
  }

  /** Sends and waits; returns false (after logging) when it could not be delivered. */
  public boolean sendNow(MailMessage message) {
    try {
      MimeMessage mime = mime(message);
      if (settings.smtp()) {
        Transport.send(mime);
        LOG.info(() -> "Sent e-mail '" + message.subject() + "' over SMTP");
      } else {
        Path file = writeToOutbox(mime);
        LOG.info(() -> "Wrote e-mail '" + message.subject() + "' to " + file);
      }
      return true;
    } catch (MessagingException | IOException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Could not send e-mail '" + message.subject() + "': " + e.getClass().getSimpleName(),
          e);
      return false;
    }
  }

  private MimeMessage mime(MailMessage message) throws MessagingException {
    MimeMessage mime = new MimeMessage(session);
    mime.setFrom(new InternetAddress(settings.from()));
    mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
    mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
    mime.setSentDate(Date.from(clock.instant()));
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
    // multipart/alternative: the last part is the preferred one for clients that render HTML.
    mime.setContent(new MimeMultipart("alternative", text, html));
    mime.saveChanges();
    return mime;
  }

  private Path writeToOutbox(MimeMessage mime) throws IOException, MessagingException {
    Files.createDirectories(settings.outbox());
    String name = FILE_TIME.format(clock.instant()) + "-" + UUID.randomUUID() + ".eml";
    Path file = settings.outbox().resolve(name);
    Path partial = settings.outbox().resolve(name + ".part");
    try (OutputStream out = Files.newOutputStream(partial)) {
      mime.writeTo(out);
    }
    // Appear complete or not at all for whoever watches the folder.
    return Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static Session session(MailSettings settings) {
    Properties properties = new Properties();
    if (settings.smtp()) {
      properties.put("mail.transport.protocol", "smtp");
      properties.put("mail.smtp.host", settings.smtpHost());
      properties.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
      properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
      properties.put("mail.smtp.connectiontimeout", "10000");
      properties.put("mail.smtp.timeout", "20000");
      properties.put("mail.smtp.writetimeout", "20000");
    }
    boolean login = settings.username() != null && !settings.username().isBlank();
    properties.put("mail.smtp.auth", Boolean.toString(login));
    if (!login) {
      return Session.getInstance(properties);
    }
    return Session.getInstance(
        properties,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(settings.username(), settings.password());
          }
        });
  }
}
