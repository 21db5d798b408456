package io.autoposter.server.app;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads e-mails the way a recipient would: the real MIME message, then the link in its text. */
final class Mails {
  private Mails() {}

  static String text(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart part = multipart.getBodyPart(i);
          if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
          }
        }
      }
      return content.toString();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first link to {@code path} (such as {@code /password-reset}) with a token. */
  static String link(MimeMessage message, String path) {
    Matcher matcher =
        Pattern.compile("(http://\\S+" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_%-]+)")
            .matcher(text(message));
    if (!matcher.find()) {
      throw new AssertionError("no " + path + " link in: " + text(message));
    }
    return matcher.group(1);
  }

  static String token(String link) {
    return java.net.URLDecoder.decode(
        link.substring(link.indexOf("token=") + 6), java.nio.charset.StandardCharsets.UTF_8);
  }

  static MimeMessage read(Path eml) {
    try (InputStream in = Files.newInputStream(eml)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for an .eml in the outbox addressed to {@code to} that was not in {@code seen}. */
  static MimeMessage awaitOutbox(Path dataDir, String to, List<Path> seen) {
    Path outbox = dataDir.resolve("outbox");
    return Eventually.await(
        "an e-mail to " + to + " in " + outbox,
        Duration.ofSeconds(10),
        () -> {
          if (!Files.isDirectory(outbox)) {
            return Optional.empty();
          }
          try (Stream<Path> files = Files.list(outbox)) {
            return files
                .filter(file -> file.toString().endsWith(".eml"))
                .filter(file -> !seen.contains(file))
                .sorted(Comparator.reverseOrder())
                .map(Mails::read)
                .filter(message -> recipient(message).equalsIgnoreCase(to))
                .findFirst();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static List<Path> outboxFiles(Path dataDir) {
    Path outbox = dataDir.resolve("outbox");
    if (!Files.isDirectory(outbox)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(outbox)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
