package io.autoposter.system;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the e-mails the server wrote to its outbox folder, as a person opening them would. */
final class Outbox {
  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

  private Outbox() {}

  /** The first link of the newest message to {@code recipient}, if one has arrived. */
  static Optional<String> linkTo(Path outboxDir, String recipient) {
    if (!Files.isDirectory(outboxDir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(outboxDir)) {
      List<Path> messages =
          files.filter(f -> f.toString().endsWith(".eml")).sorted().toList().reversed();
      for (Path file : messages) {
        MimeMessage message = read(file);
        if (message.getAllRecipients()[0].toString().contains(recipient)) {
          Matcher link = LINK.matcher(text(message.getContent()));
          return link.find() ? Optional.of(link.group()) : Optional.empty();
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage read(Path file) throws IOException, MessagingException {
    try (InputStream in = Files.newInputStream(file)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    }
  }

  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof MimeMultipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(text(multipart.getBodyPart(i).getContent())).append('\n');
      }
      return all.toString();
    }
    return String.valueOf(content);
  }
}
