package io.autoposter.server.api;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every route the server serves, recorded while routing is built. Services are mounted through
 * {@link #mount}, which hands them {@link RecordingRules}: a route that is not recorded cannot be
 * registered at all, so tests that walk {@link #all()} (OpenAPI coverage, cross-agency and role
 * matrices) see every route.
 */
public final class Routes {
  private final List<Route> routes = Collections.synchronizedList(new ArrayList<>());

  /** One route: HTTP method and path template such as {@code /api/v1/clients/{id}}. */
  public record Route(Method method, String path) {
    @Override
    public String toString() {
      return method.text() + " " + path;
    }
  }

  /** Mounts the service under the prefix and records each of its routes. */
  public Routes mount(HttpRouting.Builder routing, String prefix, HttpService service) {
    routing.register(prefix, rules -> service.routing(new RecordingRules(rules, prefix, this)));
    return this;
  }

  void add(Method method, String prefix, String path) {
    String full = path.equals("/") || path.isEmpty() ? prefix : prefix + path;
    Route route = new Route(method, full);
    if (!routes.contains(route)) {
      routes.add(route);
    }
  }

  /** The recorded routes in registration order. */
  public List<Route> all() {
    synchronized (routes) {
      return List.copyOf(routes);
    }
  }
}
