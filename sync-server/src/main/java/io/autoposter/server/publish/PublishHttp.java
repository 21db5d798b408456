package io.autoposter.server.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.autoposter.model.json.Json;
import io.autoposter.server.vault.SecretToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;

/**
 * The publishers' HTTP: real requests with timeouts, told apart by whether they may have reached
 * the platform. Nothing here logs; failures carry the host only (a URL may carry a token).
 */
final class PublishHttp {
  private static final ObjectMapper JSON = Json.tolerant();

  private final HttpClient client;
  private final Duration timeout;

  PublishHttp(Duration connectTimeout, Duration timeout) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.timeout = timeout;
  }

  /** A platform's answer: status, headers and JSON body (missing when it was not JSON). */
  record Answer(int status, JsonNode body, Map<String, List<String>> headers) {
    boolean ok() {
      return status / 100 == 2;
    }

    String text(String field) {
      return body.path(field).asText("");
    }

    Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
          .map(e -> e.getValue().getFirst())
          .findFirst();
    }
  }

  /**
   * No answer came. {@code maybeSent} is false only when the connection was never made, so the
   * platform cannot have seen the request; anything else (timeout, reset, dropped response) may
   * have been handled.
   */
  static final class NoAnswer extends RuntimeException {
    private final boolean maybeSent;

    NoAnswer(String message, boolean maybeSent) {
      super(message, null, false, false);
      this.maybeSent = maybeSent;
    }

    boolean maybeSent() {
      return maybeSent;
    }
  }

  /**
   * The moment after which this call may send nothing more: its lease is (nearly) over, so another
   * worker may already have taken the target over. Bound by the worker around one publish.
   */
  record Deadline(java.time.Clock clock, java.time.Instant sendBefore) {}

  static final ScopedValue<Deadline> DEADLINE = ScopedValue.newInstance();

  /**
   * The call's lease ran out before this request left (the process was paused, the machine slept):
   * nothing of this request was sent, but earlier steps of the call may have been, so the worker
   * treats the outcome as unknown and the platform is asked.
   */
  static final class LeaseLost extends RuntimeException {
    LeaseLost(String host) {
      super("the call's lease ran out before a request to " + host + " left", null, false, false);
    }
  }

  /** One part of a multipart body: a field, or a file when {@code fileName} is set. */
  record Part(String name, String fileName, String contentType, byte[] bytes) {
    static Part field(String name, String value) {
      return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  Answer get(String url, SecretToken token) {
    return send(request(url, token).GET());
  }

  Answer getWith(String url, SecretToken token, Map<String, String> headers) {
    HttpRequest.Builder builder = request(url, token).GET();
    headers.forEach(builder::header);
    return send(builder);
  }

  Answer postJson(String url, SecretToken token, JsonNode body, Map<String, String> headers) {
    HttpRequest.Builder builder =
        request(url, token)
            .header("Content-Type", "application/json")
            .POST(guarded(HttpRequest.BodyPublishers.ofString(body.toString())));
    headers.forEach(builder::header);
    return send(builder);
  }

  Answer postForm(String url, SecretToken token, Map<String, String> form) {
    return send(
        request(url, token)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(guarded(HttpRequest.BodyPublishers.ofString(encode(form)))));
  }

  Answer postMultipart(String url, SecretToken token, List<Part> parts) {
    String boundary = "autoposter-" + UUID.randomUUID();
    return send(
        request(url, token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(guarded(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, parts)))));
  }

  Answer put(String url, SecretToken token, String contentType, byte[] bytes) {
    return send(
        request(url, token)
            .header("Content-Type", contentType)
            .PUT(guarded(HttpRequest.BodyPublishers.ofByteArray(bytes))));
  }

  static String encode(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String url, SecretToken token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token.value());
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    String host = request.uri().getHost();
    if (DEADLINE.isBound()) {
      Deadline deadline = DEADLINE.get();
      if (!deadline.clock().instant().isBefore(deadline.sendBefore())) {
        throw new LeaseLost(host);
      }
    }
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), parse(response.body()), response.headers().map());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new NoAnswer(
          host + " could not be reached (" + e.getClass().getSimpleName() + ")", false);
    } catch (IOException e) {
      throw new NoAnswer(host + " did not answer (" + e.getClass().getSimpleName() + ")", true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NoAnswer("interrupted while calling " + host, true);
    }
  }

  /**
   * The body, checked against the call's deadline once more each time the client asks for its
   * bytes, which may be long after {@link #send} checked: a process stopped in between (SIGSTOP, a
   * frozen host) writes its pending requests when it goes on. A body refused then aborts the
   * request, and a platform does not act on a request whose body never came.
   */
  private static HttpRequest.BodyPublisher guarded(HttpRequest.BodyPublisher body) {
    if (!DEADLINE.isBound()) {
      return body;
    }
    Deadline deadline = DEADLINE.get();
    return new HttpRequest.BodyPublisher() {
      @Override
      public long contentLength() {
        return body.contentLength();
      }

      @Override
      public void subscribe(Flow.Subscriber<? super ByteBuffer> to) {
        body.subscribe(new DeadlineSubscriber(to, deadline));
      }
    };
  }

  /** Hands the body's bytes on only while the deadline holds; past it, the request fails. */
  private static final class DeadlineSubscriber implements Flow.Subscriber<ByteBuffer> {
    private final Flow.Subscriber<? super ByteBuffer> to;
    private final Deadline deadline;

    DeadlineSubscriber(Flow.Subscriber<? super ByteBuffer> to, Deadline deadline) {
      this.to = to;
      this.deadline = deadline;
    }

    private boolean late() {
      return !deadline.clock().instant().isBefore(deadline.sendBefore());
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      to.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {
              if (late()) {
                subscription.cancel();
                to.onError(new LeaseLost("the platform"));
              } else {
                subscription.request(n);
              }
            }

            @Override
            public void cancel() {
              subscription.cancel();
            }
          });
    }

    @Override
    public void onNext(ByteBuffer bytes) {
      to.onNext(bytes);
    }

    @Override
    public void onError(Throwable error) {
      to.onError(error);
    }

    @Override
    public void onComplete() {
      to.onComplete();
    }
  }

  private static byte[] multipart(String boundary, List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.fileName() != null) {
        head.append("; filename=\"").append(part.fileName()).append('"');
      }
      head.append("\r\n");
      if (part.contentType() != null) {
        head.append("Content-Type: ").append(part.contentType()).append("\r\n");
      }
      head.append("\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(part.bytes());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }
}
