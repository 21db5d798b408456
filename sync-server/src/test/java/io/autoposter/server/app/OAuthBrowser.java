package io.autoposter.server.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.api.ConnectAccountRequest;
import io.autoposter.model.api.ConnectAccountStart;
import io.autoposter.simulator.PlatformSimulator;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plays the system browser in a connect flow: the server's start URL, the platform simulator's
 * authorize (auto-approve), the callback, the result page and its attach form. Redirects are
 * followed by hand so each hop can be checked or tampered with.
 */
final class OAuthBrowser {
  private static final Pattern ACTION = Pattern.compile("action=\"(/oauth/attach/[^\"]+)\"");
  private static final Pattern BOX = Pattern.compile("name=\"account\" value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final TestServer server;

  OAuthBrowser(TestServer server) {
    this.server = server;
  }

  /** One HTTP answer: status, Location (empty when none) and body. */
  record Hop(int status, String location, String body) {}

  /** The server settings that point every platform at the simulator, with its demo apps. */
  static Map<String, String> settings(PlatformSimulator sim) {
    return sim.autoposterServerSettings();
  }

  /** {@code POST /api/v1/accounts/connect}: the start URL. */
  ConnectAccountStart connect(String token, BrandId brand, Network network) {
    Reply reply =
        server.post("/api/v1/accounts/connect", token, new ConnectAccountRequest(brand, network));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.as(ConnectAccountStart.class);
  }

  /** Start → platform: the platform's authorize URL the server redirected to. */
  URI authorizeUrl(ConnectAccountStart start) {
    Hop hop = get(start.startUrl());
    assertThat(hop.status()).as(hop.body()).isEqualTo(302);
    return URI.create(hop.location());
  }

  /** The platform's auto-approved answer: the callback URL with code and state. */
  URI callbackUrl(URI authorize) {
    Hop hop = get(authorize);
    assertThat(hop.status()).as(hop.body()).isEqualTo(302);
    return URI.create(hop.location());
  }

  /** Connect through to the result page (HTML with the attach form). */
  String resultPage(String token, BrandId brand, Network network) {
    Hop result = get(callbackUrl(authorizeUrl(connect(token, brand, network))));
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    return result.body();
  }

  /** The checkbox values on a result page. */
  static List<String> boxes(String page) {
    List<String> values = new ArrayList<>();
    Matcher matcher = BOX.matcher(page);
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }

  /** Posts the result page's form with the given boxes ticked. */
  Hop attach(String page, List<String> ticked) {
    Matcher action = ACTION.matcher(page);
    assertThat(action.find()).as(page).isTrue();
    String form =
        ticked.stream()
            .map(value -> "account=" + URLEncoder.encode(value, UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(action.group(1)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Connects and attaches everything found. */
  Hop connectAll(String token, BrandId brand, Network network) {
    String page = resultPage(token, brand, network);
    Hop done = attach(page, boxes(page));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    return done;
  }

  Hop get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** The same URL with one query parameter replaced. */
  static URI withParameter(URI uri, String name, String value) {
    String query =
        List.of(uri.getRawQuery().split("&")).stream()
            .map(p -> p.startsWith(name + "=") ? name + "=" + URLEncoder.encode(value, UTF_8) : p)
            .collect(Collectors.joining("&"));
    return URI.create(uri.toString().replace(uri.getRawQuery(), query));
  }

  private Hop send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(
              builder.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Hop(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
