package io.autoposter.server.api;

import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The {@link HttpRules} services see: the method-and-path shortcuts are recorded in {@link Routes}
 * and passed on; every other way of adding a route is refused so nothing escapes the registry.
 */
final class RecordingRules implements HttpRules {
  private final HttpRules delegate;
  private final String prefix;
  private final Routes routes;

  RecordingRules(HttpRules delegate, String prefix, Routes routes) {
    this.delegate = delegate;
    this.prefix = prefix;
    this.routes = routes;
  }

  private HttpRules add(Method method, String path, Handler... handlers) {
    if (handlers.length != 1) {
      throw new IllegalArgumentException("one handler per route");
    }
    routes.add(method, prefix, path);
    delegate.route(HttpRoute.builder().methods(method).path(path).handler(handlers[0]));
    return this;
  }

  @Override
  public HttpRules get(String path, Handler... handlers) {
    return add(Method.GET, path, handlers);
  }

  @Override
  public HttpRules post(String path, Handler... handlers) {
    return add(Method.POST, path, handlers);
  }

  @Override
  public HttpRules put(String path, Handler... handlers) {
    return add(Method.PUT, path, handlers);
  }

  @Override
  public HttpRules patch(String path, Handler... handlers) {
    return add(Method.PATCH, path, handlers);
  }

  @Override
  public HttpRules delete(String path, Handler... handlers) {
    return add(Method.DELETE, path, handlers);
  }

  @Override
  public HttpRules register(HttpService... services) {
    throw unrecorded();
  }

  @Override
  public HttpRules register(String path, HttpService... services) {
    throw unrecorded();
  }

  @Override
  public HttpRules route(HttpRoute route) {
    throw unrecorded();
  }

  @Override
  public HttpRules route(Method method, PathMatcher pathMatcher, Handler handler) {
    throw unrecorded();
  }

  @Override
  public HttpRules route(Predicate<Method> methods, PathMatcher pathMatcher, Handler handler) {
    throw unrecorded();
  }

  @Override
  public HttpRules route(Supplier<? extends HttpRoute> route) {
    throw unrecorded();
  }

  private static UnsupportedOperationException unrecorded() {
    return new UnsupportedOperationException(
        "register routes with get/post/put/patch/delete(path, handler) so Routes records them");
  }
}
