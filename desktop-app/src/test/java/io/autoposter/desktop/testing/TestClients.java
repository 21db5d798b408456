package io.autoposter.desktop.testing;

import io.autoposter.desktop.sync.ServerClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** HTTP clients for ViewModel tests: signed in to the fake, or pointed at a dead port. */
public final class TestClients {

  private TestClients() {}

  public static ServerClient signedIn(FakeServer server) {
    ServerClient client = ServerClient.create(server.url());
    client.useToken(FakeServer.TOKEN);
    return client;
  }

  /** A client whose server is down: every call is "unreachable". */
  public static ServerClient unreachable() {
    try (ServerSocket socket = new ServerSocket(0)) {
      ServerClient client = ServerClient.create("http://127.0.0.1:" + socket.getLocalPort());
      client.useToken(FakeServer.TOKEN);
      return client;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
