package io.autoposter.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Role;
import io.autoposter.model.api.SessionResponse;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without SMTP settings every e-mail becomes an .eml file in {@code <data-dir>/outbox/}. */
class OutboxTest {
  @TempDir Path dataDir;

  @Test
  void invitationIsWrittenAsAnEmlFileWithTextAndHtml() throws Exception {
    try (TestServer server = TestServer.start(dataDir)) {
      SessionResponse owner = server.register("Outbox Agency");
      SessionResponse member = server.member(owner.token(), Role.VIEWER, true, Set.of());

      List<Path> files = Mails.outboxFiles(dataDir);
      assertThat(files)
          .singleElement()
          .satisfies(file -> assertThat(file.toString()).endsWith(".eml"));
      MimeMessage message = Mails.read(files.getFirst());
      assertThat(Mails.recipient(message)).isEqualTo(member.email());
      assertThat(message.getFrom()[0].toString()).contains("no-reply@autoposter.local");
      assertThat(message.getContentType()).startsWith("multipart/alternative");
      assertThat(Files.readString(files.getFirst())).contains("text/html");
    }
  }
}
