package io.autoposter.server.status;

import io.autoposter.model.api.StatusResponse;
import io.autoposter.model.api.StatusResponse.Check;
import io.autoposter.server.api.JsonBody;
import io.autoposter.server.store.Database;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code /api/v1/status}, open to everyone so monitors and the desktop app can ask. */
public final class StatusEndpoint implements HttpService {
  static final long MIN_FREE_BYTES = 100L * 1024 * 1024;
  private static final String UP = "UP";
  private static final String DOWN = "DOWN";

  private final Database database;
  private final Path dataDir;
  private final String version;

  public StatusEndpoint(Database database, Path dataDir) {
    this.database = database;
    this.dataDir = dataDir;
    String fromManifest = StatusEndpoint.class.getPackage().getImplementationVersion();
    this.version = fromManifest == null ? "dev" : fromManifest;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::status);
  }

  private void status(ServerRequest request, ServerResponse response) {
    List<Check> checks = List.of(databaseCheck(), diskCheck());
    boolean up = checks.stream().allMatch(check -> check.status().equals(UP));
    JsonBody.write(
        response,
        up ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503,
        new StatusResponse(up ? UP : DOWN, version, checks));
  }

  private Check databaseCheck() {
    return database.answers()
        ? new Check("database", UP, "")
        : new Check("database", DOWN, "The database does not answer.");
  }

  private Check diskCheck() {
    try {
      long free = Files.getFileStore(dataDir).getUsableSpace();
      String detail = "%d MB free".formatted(free / (1024 * 1024));
      return new Check("disk", free >= MIN_FREE_BYTES ? UP : DOWN, detail);
    } catch (IOException e) {
      return new Check("disk", DOWN, "The data directory cannot be read.");
    }
  }
}
