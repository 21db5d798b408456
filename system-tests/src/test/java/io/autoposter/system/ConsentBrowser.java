package io.autoposter.system;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The system browser as the desktop app opens it, with a person in front of it: it follows the
 * server's start link to the platform (the simulator approves the consent by itself), back to the
 * server's callback, and on the result page ticks the accounts {@link #choose} picks and presses
 * "Attach". The desktop app only ever hands it an address, exactly as with the real browser.
 */
final class ConsentBrowser implements Consumer<URI> {
  private static final Pattern ACTION = Pattern.compile("action=\"(/oauth/attach/[^\"]+)\"");
  private static final Pattern BOX = Pattern.compile("name=\"account\" value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private Predicate<String> choose = box -> true;
  private String lastPage = "";

  /** Which result-page boxes the person ticks next time, such as {@code "LINKEDIN:urn:…"}. */
  ConsentBrowser ticking(Predicate<String> boxes) {
    this.choose = boxes;
    return this;
  }

  /** The page the browser showed last (the "Connected" page after an attach). */
  String lastPage() {
    return lastPage;
  }

  @Override
  public void accept(URI startUrl) {
    HttpResponse<String> hop = get(startUrl);
    for (int hops = 0; hop.statusCode() == 302 && hops < 5; hops++) {
      URI next = startUrl.resolve(hop.headers().firstValue("Location").orElseThrow());
      hop = get(next);
      startUrl = next;
    }
    if (hop.statusCode() != 200) {
      throw new AssertionError("the result page answered " + hop.statusCode() + ": " + hop.body());
    }
    String page = hop.body();
    Matcher action = ACTION.matcher(page);
    if (!action.find()) {
      throw new AssertionError("no attach form on the result page: " + page);
    }
    List<String> ticked = new ArrayList<>();
    Matcher box = BOX.matcher(page);
    while (box.find()) {
      if (choose.test(box.group(1))) {
        ticked.add(box.group(1));
      }
    }
    String form =
        ticked.stream()
            .map(value -> "account=" + URLEncoder.encode(value, UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> attached =
        send(
            HttpRequest.newBuilder(startUrl.resolve(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    lastPage = attached.body();
    if (attached.statusCode() != 200) {
      throw new AssertionError("attach answered " + attached.statusCode() + ": " + lastPage);
    }
  }

  private HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
