package io.autoposter.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback TCP proxy in front of the server that can fail like a real network: it can refuse
 * every connection (the laptop is offline), or cut one connection in the middle of a chosen request
 * or of its response. Desktops talk to {@link #url()} instead of the server.
 */
final class FaultyProxy implements AutoCloseable {

  /** Which half of the exchange a cut interrupts. */
  enum Direction {
    /** The request is cut after some of its bytes reached the server. */
    REQUEST,
    /** The server handled the request; its response is cut on the way back. */
    RESPONSE
  }

  /**
   * Cut the first connection that sends {@code marker}, {@code afterBytes} bytes later; then stay
   * offline if {@code thenOffline} (so a client's automatic retry cannot hide the cut).
   */
  private record Cut(String marker, Direction direction, long afterBytes, boolean thenOffline) {}

  private final ServerSocket listener;
  private final InetSocketAddress upstream;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicReference<Cut> armed = new AtomicReference<>();
  private final AtomicInteger cutsMade = new AtomicInteger();
  private volatile boolean online = true;
  private volatile boolean closed;

  private FaultyProxy(ServerSocket listener, InetSocketAddress upstream) {
    this.listener = listener;
    this.upstream = upstream;
    Thread.ofVirtual().name("faulty-proxy-accept").start(this::acceptLoop);
  }

  /** A proxy on a free loopback port forwarding to {@code serverUrl} (http://host:port). */
  static FaultyProxy inFrontOf(String serverUrl) {
    java.net.URI uri = java.net.URI.create(serverUrl);
    try {
      ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      return new FaultyProxy(listener, new InetSocketAddress(uri.getHost(), uri.getPort()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  /** Drops every open connection and refuses new ones, like a laptop losing its network. */
  void goOffline() {
    online = false;
    dropAll();
  }

  void goOnline() {
    online = true;
  }

  boolean isOnline() {
    return online;
  }

  /**
   * Arms a one-time cut: the next connection whose request contains {@code marker} (for example
   * "POST /api/v1/sync/push") is closed once {@code afterBytes} more bytes have passed in {@code
   * direction} after the marker.
   */
  void cutNext(String marker, Direction direction, long afterBytes) {
    armed.set(new Cut(marker, direction, afterBytes, false));
  }

  /** As {@link #cutNext}, and the network stays down after the cut until {@link #goOnline}. */
  void cutNextThenGoOffline(String marker, Direction direction, long afterBytes) {
    armed.set(new Cut(marker, direction, afterBytes, true));
  }

  /** Forgets a cut that has not happened yet. */
  void disarm() {
    armed.set(null);
  }

  /** How many armed cuts actually happened. */
  int cutsMade() {
    return cutsMade.get();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        if (!online) {
          client.close();
          continue;
        }
        Socket server = new Socket();
        try {
          server.connect(upstream, 5_000);
        } catch (IOException e) {
          client.close();
          continue;
        }
        open.add(client);
        open.add(server);
        Connection connection = new Connection(client, server);
        Thread.ofVirtual().start(connection::pumpRequests);
        Thread.ofVirtual().start(connection::pumpResponses);
      } catch (IOException e) {
        if (!closed) {
          // A failed accept is the client's problem; keep serving others.
          continue;
        }
      }
    }
  }

  private void dropAll() {
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  /** One proxied TCP connection and, once the marker was seen, the cut it carries. */
  private final class Connection {
    private final Socket client;
    private final Socket server;
    private volatile Cut cut;
    private long requestBytesAfterMarker;
    private long responseBytesAfterMarker;

    Connection(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    void pumpRequests() {
      byte[] buffer = new byte[8192];
      String tail = "";
      try (InputStream in = client.getInputStream();
          OutputStream out = server.getOutputStream()) {
        int read;
        while ((read = in.read(buffer)) != -1) {
          int forward = read;
          if (cut == null) {
            Cut pending = armed.get();
            if (pending != null) {
              String window = tail + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
              int at = window.indexOf(pending.marker());
              if (at >= 0 && armed.compareAndSet(pending, null)) {
                cut = pending;
                // Bytes of this read after the marker already count towards the cut.
                requestBytesAfterMarker = window.length() - at - pending.marker().length();
              }
              tail = window.substring(Math.max(0, window.length() - 200));
            }
          } else if (cut.direction() == Direction.REQUEST) {
            requestBytesAfterMarker += read;
          }
          if (cut != null && cut.direction() == Direction.REQUEST) {
            long over = requestBytesAfterMarker - cut.afterBytes();
            if (over >= 0) {
              forward = (int) Math.max(0, read - over);
              out.write(buffer, 0, forward);
              out.flush();
              cutNow();
              return;
            }
          }
          out.write(buffer, 0, forward);
          out.flush();
        }
      } catch (IOException e) {
        // The other side went away; closing both ends below ends the exchange.
      } finally {
        closeBoth();
      }
    }

    void pumpResponses() {
      byte[] buffer = new byte[8192];
      try (InputStream in = server.getInputStream();
          OutputStream out = client.getOutputStream()) {
        int read;
        while ((read = in.read(buffer)) != -1) {
          Cut active = cut;
          if (active != null && active.direction() == Direction.RESPONSE) {
            long allowed = active.afterBytes() - responseBytesAfterMarker;
            if (allowed < read) {
              out.write(buffer, 0, (int) Math.max(0, allowed));
              out.flush();
              cutNow();
              return;
            }
            responseBytesAfterMarker += read;
          }
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (IOException e) {
        // As above.
      } finally {
        closeBoth();
      }
    }

    private void cutNow() {
      cutsMade.incrementAndGet();
      if (cut.thenOffline()) {
        online = false;
      }
      closeBoth();
    }

    private void closeBoth() {
      closeQuietly(client);
      closeQuietly(server);
      open.remove(client);
      open.remove(server);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() {
    closed = true;
    closeListener();
    dropAll();
  }

  private void closeListener() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }
}
