package io.autoposter.simulator.web;

import io.autoposter.simulator.faults.Fault;
import io.helidon.webserver.http.ServerResponse;

/** How one platform words the failures the {@link Gate} injects. */
public interface PlatformErrors {
  void serverError(ServerResponse response, int status);

  void rateLimited(ServerResponse response, Fault.RateLimited fault);
}
