package io.autoposter.simulator.web;

import io.autoposter.simulator.faults.Fault;
import io.autoposter.simulator.faults.Faults;
import io.autoposter.simulator.state.SimulatedNetwork;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Applies the armed faults to one call. Helidon runs each request on a virtual thread, so waiting
 * here parks that thread and holds no platform thread: 10,000 delayed requests are cheap.
 */
public final class Gate {
  private final Faults faults;

  public Gate(Faults faults) {
    this.faults = faults;
  }

  /**
   * Latency and holds first, then an injected 5xx or rate limit. True when the request has been
   * answered and the handler must stop.
   */
  public boolean refuse(
      SimulatedNetwork network, String account, ServerResponse response, PlatformErrors errors) {
    pause(faults.latencyFor(network, account));
    faults.fire(Fault.Hold.class, network, account).ifPresent(hold -> pause(hold.duration()));
    Optional<Fault.ServerError> error = faults.fire(Fault.ServerError.class, network, account);
    if (error.isPresent()) {
      errors.serverError(response, error.get().status());
      return true;
    }
    Optional<Fault.RateLimited> limited = faults.fire(Fault.RateLimited.class, network, account);
    if (limited.isPresent()) {
      errors.rateLimited(response, limited.get());
      return true;
    }
    return false;
  }

  /** True when a forced duplicate fires for this publish. */
  public boolean forcedDuplicate(SimulatedNetwork network, String account) {
    return faults.fire(Fault.Duplicate.class, network, account).isPresent();
  }

  /**
   * Call after the post exists: when a drop fires, the connection closes with no answer at all, so
   * the client cannot tell whether the post was made.
   */
  public void afterCommit(SimulatedNetwork network, String account) {
    if (faults.fire(Fault.DropAfterCommit.class, network, account).isPresent()) {
      throw new CloseConnectionException("simulated: response dropped after the post was created");
    }
  }

  private static void pause(Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      return;
    }
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CloseConnectionException("interrupted while simulating latency", e);
    }
  }
}
