package io.autoposter.server.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.autoposter.model.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/** The {@code vault} command line's side of the {@link OperatorChannel}. */
final class OperatorClient {
  private static final ObjectMapper MAPPER = Json.strict();

  private OperatorClient() {}

  /** Asks the running server to run {@code args}; prints what it printed; its exit code. */
  static int run(Path channel, List<String> args, PrintStream out, PrintStream err) {
    Properties values = new Properties();
    try (Reader reader = Files.newBufferedReader(channel, StandardCharsets.UTF_8)) {
      values.load(reader);
    } catch (IOException e) {
      err.println("vault: cannot read " + channel + " (" + e.getMessage() + ").");
      return 1;
    }
    String url = values.getProperty("url", "");
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofMinutes(30))
              .header("Authorization", "Bearer " + values.getProperty("token", ""))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofByteArray(
                      MAPPER.writeValueAsBytes(new OperatorChannel.Command(args))))
              .build();
      HttpResponse<byte[]> response;
      try (HttpClient http =
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      }
      if (response.statusCode() != 200) {
        err.println(
            "vault: the running server at %s refused the command (HTTP %d): %s"
                .formatted(
                    url,
                    response.statusCode(),
                    new String(response.body(), StandardCharsets.UTF_8)));
        return 1;
      }
      OperatorChannel.Outcome outcome =
          MAPPER.readValue(response.body(), OperatorChannel.Outcome.class);
      out.println("(The running server holds the database; it ran the command.)");
      out.print(outcome.output());
      err.print(outcome.errors());
      return outcome.exitCode();
    } catch (IOException | IllegalArgumentException e) {
      err.println(
          "vault: the database is in use, and the server at %s did not answer (%s). Is it still"
                  .formatted(url, e.getMessage())
              + " running?");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("vault: interrupted");
      return 1;
    }
  }
}
